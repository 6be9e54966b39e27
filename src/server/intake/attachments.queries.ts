import type { Insertable } from 'kysely';
import type { Tx } from '../../store/database.ts';
import type { ReportAttachmentTable } from '../../store/schema.ts';
import { tenantJoin } from '../../store/tenant-join.ts';

/** Queries of report attachments (migration 006). Row-level security keeps them in the municipality. */

/** What the access rules of attachments need to know about the report. */
export function reportForAttachments(tx: Tx, reportId: string) {
  return tx
    .selectFrom('report')
    .select(['id', 'child_id', 'district_id', 'created_by'])
    .where('id', '=', reportId)
    .executeTakeFirst();
}

const META = [
  'report_attachment.id',
  'report_attachment.report_id',
  'report_attachment.file_name',
  'report_attachment.media_type',
  'report_attachment.size_bytes',
  'report_attachment.sha256',
  'report_attachment.uploaded_by',
  'report_attachment.uploaded_at',
  'app_user.display_name as uploaded_by_name',
] as const;

/** The attachments of a report without their content; `uploadedBy` limits them to one uploader's. */
export function listAttachments(tx: Tx, reportId: string, uploadedBy?: string) {
  let q = tx
    .selectFrom('report_attachment')
    .innerJoin('app_user', (j) => tenantJoin(j, 'app_user.id', 'report_attachment.uploaded_by'))
    .select(META)
    .where('report_attachment.report_id', '=', reportId);
  if (uploadedBy) q = q.where('report_attachment.uploaded_by', '=', uploadedBy);
  return q.orderBy('report_attachment.uploaded_at').orderBy('report_attachment.id').execute();
}

export function findAttachmentBySha(tx: Tx, reportId: string, sha256: string) {
  return tx
    .selectFrom('report_attachment')
    .innerJoin('app_user', (j) => tenantJoin(j, 'app_user.id', 'report_attachment.uploaded_by'))
    .select(META)
    .where('report_attachment.report_id', '=', reportId)
    .where('report_attachment.sha256', '=', sha256)
    .executeTakeFirst();
}

/** Inserts unless the same file is already on the report (a retry): then undefined. */
export function insertAttachment(tx: Tx, values: Insertable<ReportAttachmentTable>) {
  return tx
    .insertInto('report_attachment')
    .values(values)
    .onConflict((oc) => oc.columns(['municipality_id', 'report_id', 'sha256']).doNothing())
    .returning('id')
    .executeTakeFirst();
}

export function attachmentContent(tx: Tx, reportId: string, attachmentId: string) {
  return tx
    .selectFrom('report_attachment')
    .select(['id', 'file_name', 'media_type', 'size_bytes', 'sha256', 'content'])
    .where('report_id', '=', reportId)
    .where('id', '=', attachmentId)
    .executeTakeFirst();
}
