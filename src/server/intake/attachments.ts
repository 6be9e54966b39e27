import { intakePolicyOf, reportReadGround } from '../../core/access/intake-policy.ts';
import type {
  AttachmentListResponse,
  AttachmentUploadRequest,
  AttachmentView,
} from '../../core/api/attachments.ts';
import { copenhagenIso } from '../../core/calendar/zone.ts';
import { AppError } from '../../core/errors.ts';
import { ATTACHMENT_TYPE_INFO, type AttachmentMediaType } from '../../core/intake/attachments.ts';
import { isOnCallNow } from '../access/on-call.queries.ts';
import { type ActorHandle, DeniedError } from '../actor-db.ts';
import type { Created } from '../idempotency.ts';
import { checkedUpload } from '../uploads.ts';
import * as q from './attachments.queries.ts';

/**
 * Use cases of a report's attachments (docs/intake.md, "Attachments"):
 * - attach: the report's creator (a professional reporting from their own pages, or whoever
 *   registered it) and Front; the same file twice on one report is one attachment (by SHA-256),
 *   so a retried upload never stores a copy;
 * - list: whoever may read the report's content (as GET /api/reports/:id: the report's district
 *   within the reader's reach, or a right to screen it) sees every attachment; the creator who
 *   may not read content (a professional reporter) sees the names of their own uploads only;
 * - download: only whoever may read the report's content.
 * Every read and write, and every refusal, is audited with the report.
 */

const ENTITY = 'report_attachment';

interface Access {
  report: NonNullable<Awaited<ReturnType<typeof q.reportForAttachments>>>;
  readsContent: boolean;
  /** the content is readable only because a shift of the rota runs: flagged in the audit log */
  onCall: boolean;
  isCreator: boolean;
  mayUpload: boolean;
}

async function accessTo(h: ActorHandle, reportId: string): Promise<Access> {
  const { tx, actor } = h;
  const report = await q.reportForAttachments(tx, reportId);
  if (!report) throw new AppError('not_found', 'Underretningen findes ikke.');
  const inOwn = report.district_id !== null && actor.districtIds.includes(report.district_id);
  const ground = reportReadGround(actor.role, inOwn, await isOnCallNow(tx, actor.userId));
  const isCreator = report.created_by === actor.userId;
  return {
    report,
    readsContent: ground !== null,
    onCall: ground === 'on_call',
    isCreator,
    mayUpload: isCreator || intakePolicyOf(actor.role)?.attachmentUploadAnyReport === true,
  };
}

type MetaRow = Awaited<ReturnType<typeof q.listAttachments>>[number];

function view(row: MetaRow, downloadable: boolean): AttachmentView {
  return {
    id: row.id,
    reportId: row.report_id,
    fileName: row.file_name,
    mediaType: row.media_type,
    mediaTypeLabel: ATTACHMENT_TYPE_INFO[row.media_type].label,
    sizeBytes: row.size_bytes,
    sha256: row.sha256,
    uploadedBy: { id: row.uploaded_by, name: row.uploaded_by_name },
    uploadedAt: copenhagenIso(row.uploaded_at),
    downloadable,
  };
}

export async function attachToReport(
  h: ActorHandle,
  reportId: string,
  body: AttachmentUploadRequest,
): Promise<Created<AttachmentView>> {
  const { tx, actor } = h;
  const attempt = { action: 'create', entityType: ENTITY, entityId: null, details: { reportId } };
  const access = await accessTo(h, reportId);
  if (!access.mayUpload) throw new DeniedError({ ...attempt, childId: access.report.child_id });
  // The file's own hash is its idempotency key: the same bytes on the same report are one attachment.
  const { bytes, sha256 } = checkedUpload(body);
  const inserted = await q.insertAttachment(tx, {
    municipality_id: actor.municipalityId,
    report_id: reportId,
    file_name: body.fileName,
    media_type: body.mediaType,
    size_bytes: bytes.length,
    sha256,
    content: bytes,
    uploaded_by: actor.userId,
  });
  // Inserted or not (the same file is already there, perhaps from a concurrent retry), the row is read back.
  const row = await q.findAttachmentBySha(tx, reportId, sha256);
  if (!row) throw new AppError('conflict');
  await h.audit({
    action: inserted ? 'create' : 'read',
    entityType: ENTITY,
    entityId: row.id,
    details: {
      reportId,
      childId: access.report.child_id,
      sha256,
      sizeBytes: bytes.length,
      mediaType: body.mediaType,
      ...(inserted ? {} : { retry: true }),
    },
  });
  return { created: inserted !== undefined, body: view(row, access.readsContent) };
}

export async function listReportAttachments(
  h: ActorHandle,
  reportId: string,
): Promise<AttachmentListResponse> {
  const access = await accessTo(h, reportId);
  if (!access.readsContent && !access.isCreator) {
    throw new DeniedError({
      action: 'read',
      entityType: ENTITY,
      entityId: null,
      childId: access.report.child_id,
      details: { reportId },
    });
  }
  // A reporter without the right to read reports sees only the names of the files they attached.
  const rows = await q.listAttachments(h.tx, reportId, access.readsContent ? undefined : h.actor.userId);
  await h.audit({
    action: 'read',
    entityType: ENTITY,
    entityId: null,
    onCall: access.onCall,
    details: {
      reportId,
      childId: access.report.child_id,
      attachmentIds: rows.map((r) => r.id),
      ...(access.readsContent ? {} : { ownOnly: true }),
    },
  });
  return { attachments: rows.map((r) => view(r, access.readsContent)), mayUpload: access.mayUpload };
}

export interface AttachmentFile {
  fileName: string;
  mediaType: AttachmentMediaType;
  sizeBytes: number;
  sha256: string;
  content: Buffer;
}

export async function downloadAttachment(
  h: ActorHandle,
  reportId: string,
  attachmentId: string,
): Promise<AttachmentFile> {
  const attempt = { action: 'read', entityType: ENTITY, entityId: attachmentId, details: { reportId } };
  const access = await accessTo(h, reportId);
  if (!access.readsContent) throw new DeniedError({ ...attempt, childId: access.report.child_id });
  const file = await q.attachmentContent(h.tx, reportId, attachmentId);
  if (!file) throw new AppError('not_found', 'Bilaget findes ikke.');
  await h.audit({
    ...attempt,
    onCall: access.onCall,
    details: { reportId, childId: access.report.child_id, download: true, sha256: file.sha256 },
  });
  return {
    fileName: file.file_name,
    mediaType: file.media_type,
    sizeBytes: file.size_bytes,
    sha256: file.sha256,
    content: file.content,
  };
}
