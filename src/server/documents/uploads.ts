import type { CaseUploadRequest, DocumentView } from '../../core/api/documents-letters.ts';
import { AppError } from '../../core/errors.ts';
import type { ActorHandle } from '../actor-db.ts';
import { openCase, requireOpen } from '../casework/case-access.ts';
import type { Created } from '../idempotency.ts';
import { checkedUpload } from '../uploads.ts';
import * as q from './letters.queries.ts';
import { documentView } from './letters.ts';

/**
 * A file uploaded to the case's archive (issue #14 item 5): checked as intake's attachments are
 * (src/server/uploads.ts), stored final at once (a file is never a draft), the same bytes on the same
 * case one document. Written by those who write the case; audited with the case.
 */
export async function uploadToCase(
  h: ActorHandle,
  caseId: string,
  body: CaseUploadRequest,
): Promise<Created<DocumentView>> {
  const { tx, actor } = h;
  const { bytes, sha256 } = checkedUpload(body);
  const earlier = await q.uploadBySha(tx, caseId, sha256);
  const { row: c } = await openCase(h, caseId, 'write', {
    action: earlier ? 'read' : 'create',
    entityType: 'case_document',
    entityId: earlier?.id ?? null,
    details: {
      sha256,
      sizeBytes: bytes.length,
      mediaType: body.mediaType,
      ...(earlier ? { retry: true } : {}),
    },
  });
  if (earlier) return { created: false, body: documentView(earlier) };
  requireOpen(c);
  const now = new Date();
  const inserted = await q.insertUpload(tx, {
    municipality_id: actor.municipalityId,
    case_id: caseId,
    origin: 'uploaded',
    title: body.title ?? body.fileName,
    file_name: body.fileName,
    media_type: body.mediaType,
    size_bytes: bytes.length,
    sha256,
    content: bytes,
    status: 'final',
    finalised_at: now,
    finalised_by: actor.userId,
    created_by: actor.userId,
  });
  const row = await q.uploadBySha(tx, caseId, sha256);
  if (!row) throw new AppError('conflict');
  return { created: inserted !== undefined, body: documentView(row) };
}
