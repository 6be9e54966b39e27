import { z } from 'zod';
import { ATTACHMENT_MEDIA_TYPES, MAX_ATTACHMENT_BYTES } from '../intake/attachments.ts';
import { Ref, strict } from './common.ts';
import { Id, Text } from './types.ts';

/** Attachments of a report over HTTP (docs/intake.md, "Attachments"). Requests are strict. */

/**
 * Base64 of the largest file accepted, with its padding. The route's body limit is a little
 * above it (413 beyond); the decoded size is checked exactly by the use case (413 too).
 */
export const MAX_ATTACHMENT_BASE64 = Math.ceil(MAX_ATTACHMENT_BYTES / 3) * 4;

export const AttachmentParams = strict({ id: Id, attachmentId: Id });

export const AttachmentUploadRequest = strict({
  fileName: Text.trim()
    .min(1, { message: 'Skriv filens navn.' })
    .max(200, { message: 'Filnavnet må højst være 200 tegn.' }),
  mediaType: z.enum(ATTACHMENT_MEDIA_TYPES, {
    message: 'Filtypen kan ikke vedhæftes. Brug PDF, JPEG, PNG, Word (docx) eller tekst (txt).',
  }),
  contentBase64: z
    .string()
    .min(1, { message: 'Filen er tom.' })
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, { message: 'Filens indhold skal være base64.' }),
});
export type AttachmentUploadRequest = z.infer<typeof AttachmentUploadRequest>;

export const AttachmentView = z.object({
  id: z.string(),
  reportId: z.string(),
  fileName: z.string(),
  mediaType: z.enum(ATTACHMENT_MEDIA_TYPES),
  mediaTypeLabel: z.string(),
  sizeBytes: z.number().int(),
  sha256: z.string(),
  uploadedBy: Ref,
  uploadedAt: z.string(),
  /** whether the reader may download the file (content readers of the report only) */
  downloadable: z.boolean(),
});
export type AttachmentView = z.infer<typeof AttachmentView>;

export const AttachmentListResponse = z.object({
  attachments: z.array(AttachmentView),
  /** whether the reader may attach files to the report */
  mayUpload: z.boolean(),
});
export type AttachmentListResponse = z.infer<typeof AttachmentListResponse>;
