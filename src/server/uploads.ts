import type { AttachmentUploadRequest } from '../core/api/attachments.ts';
import { AppError } from '../core/errors.ts';
import {
  ATTACHMENT_PROBLEM_MESSAGES,
  type AttachmentMediaType,
  attachmentProblem,
} from '../core/intake/attachments.ts';
import { requestHash } from './idempotency.ts';

/**
 * An uploaded file, checked once for every area that takes files (a report's attachments, a case's
 * archive): strict base64, the name, the size and the content against its type
 * (src/core/intake/attachments.ts), and its SHA-256 — which is also its idempotency key, so the same
 * bytes uploaded again are the same file.
 */
export interface CheckedUpload {
  bytes: Buffer;
  sha256: string;
}

/** Strict base64: what decodes must encode back to the same text (Buffer.from ignores junk). */
function decodeBase64(text: string): Buffer {
  const bytes = Buffer.from(text, 'base64');
  if (bytes.toString('base64') !== text) {
    throw new AppError('invalid_input', 'Filens indhold er ikke gyldig base64.');
  }
  return bytes;
}

export function checkedUpload(body: AttachmentUploadRequest): CheckedUpload {
  const bytes = decodeBase64(body.contentBase64);
  const problem = attachmentProblem(body.fileName, body.mediaType as AttachmentMediaType, bytes);
  if (problem === 'too_large') throw new AppError('payload_too_large', ATTACHMENT_PROBLEM_MESSAGES.too_large);
  if (problem) throw new AppError('invalid_input', ATTACHMENT_PROBLEM_MESSAGES[problem]);
  return { bytes, sha256: requestHash(bytes) };
}
