import type { Insertable } from 'kysely';
import type { Tx } from '../../store/database.ts';
import type { CaseDocumentTable, SentVia } from '../../store/schema-documents.ts';
import { tenantJoin } from '../../store/tenant-join.ts';

/** The case's documents (case_document; migration 020): letters and uploads, never the file in a list. */

const META = [
  'd.id',
  'd.case_id',
  'd.document_type',
  'd.origin',
  'd.title',
  'd.template_version',
  'd.body',
  'd.decision_id',
  'd.consultation_id',
  'd.file_name',
  'd.media_type',
  'd.size_bytes',
  'd.sha256',
  'd.status',
  'd.finalised_at',
  'd.letterhead_name',
  'd.letterhead_address',
  'd.sent_to',
  'd.sent_via',
  'd.sent_on',
  'd.created_by',
  'd.created_at',
  'd.version',
  'd.request_hash',
] as const;

function documents(tx: Tx) {
  return tx
    .selectFrom('case_document as d')
    .innerJoin('app_user as u', (j) => tenantJoin(j, 'u.id', 'd.created_by'))
    .select(META)
    .select('u.display_name as created_by_name');
}

export type DocumentRow = Awaited<ReturnType<ReturnType<typeof documents>['executeTakeFirstOrThrow']>>;

export function documentById(tx: Tx, id: string) {
  return documents(tx).where('d.id', '=', id).executeTakeFirst();
}

export function documentByKey(tx: Tx, key: string) {
  return documents(tx).where('d.idempotency_key', '=', key).executeTakeFirst();
}

export function documentsOfCase(tx: Tx, caseId: string) {
  return documents(tx).where('d.case_id', '=', caseId).orderBy('d.created_at', 'desc').execute();
}

export function uploadContent(tx: Tx, id: string) {
  return tx.selectFrom('case_document').select(['content']).where('id', '=', id).executeTakeFirst();
}

export function insertDocument(tx: Tx, values: Insertable<CaseDocumentTable>) {
  return tx
    .insertInto('case_document')
    .values(values)
    .onConflict((oc) => oc.columns(['municipality_id', 'idempotency_key']).doNothing())
    .returning('id')
    .executeTakeFirst();
}

/** Edits a draft at the version read; no row when the version moved on or it was finalised. */
export function updateDraft(tx: Tx, id: string, version: number, values: { title?: string; body?: string }) {
  return tx
    .updateTable('case_document')
    .set((eb) => ({ ...values, updated_at: new Date(), version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('version', '=', version)
    .where('status', '=', 'draft')
    .returning('id')
    .executeTakeFirst();
}

export function finalise(
  tx: Tx,
  id: string,
  version: number,
  userId: string,
  head: { name: string; address: string | null },
) {
  return tx
    .updateTable('case_document')
    .set((eb) => ({
      status: 'final',
      letterhead_name: head.name,
      letterhead_address: head.address,
      finalised_at: new Date(),
      finalised_by: userId,
      updated_at: new Date(),
      version: eb('version', '+', 1),
    }))
    .where('id', '=', id)
    .where('version', '=', version)
    .where('status', '=', 'draft')
    .returning('id')
    .executeTakeFirst();
}

/** Records how a final document was sent, once. */
export function recordSent(tx: Tx, id: string, sent: { to: string; via: SentVia; on: string }) {
  return tx
    .updateTable('case_document')
    .set((eb) => ({ sent_to: sent.to, sent_via: sent.via, sent_on: sent.on, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('status', '=', 'final')
    .where('sent_via', 'is', null)
    .returning('id')
    .executeTakeFirst();
}

// ---- what a letter is merged from ------------------------------------------------------------

export function letterFacts(tx: Tx, caseId: string) {
  return tx
    .selectFrom('cases as c')
    .innerJoin('child as ch', (j) => tenantJoin(j, 'ch.id', 'c.child_id'))
    .innerJoin('municipality as m', 'm.id', 'c.municipality_id')
    .leftJoin('app_user as w', (j) => tenantJoin(j, 'w.id', 'c.caseworker_id'))
    .select([
      'ch.first_name',
      'ch.last_name',
      'ch.birth_date',
      'm.name as municipality_name',
      'w.display_name as caseworker_name',
    ])
    .where('c.id', '=', caseId)
    .executeTakeFirst();
}

export function letterhead(tx: Tx) {
  return tx.selectFrom('document_setting').select(['letterhead_address']).executeTakeFirst();
}

/** The case's newest plan, with its goals in order and the measures tied to them. */
export async function latestPlan(tx: Tx, caseId: string) {
  const plan = await tx
    .selectFrom('plan')
    .select(['id', 'kind'])
    .where('case_id', '=', caseId)
    .orderBy('agreed_on', 'desc')
    .orderBy('created_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!plan) return undefined;
  const goals = await tx
    .selectFrom('plan_goal')
    .select(['text'])
    .where('plan_id', '=', plan.id)
    .orderBy('position')
    .execute();
  const measures = await tx
    .selectFrom('measure as ms')
    .innerJoin('offer as o', (j) => tenantJoin(j, 'o.id', 'ms.offer_id'))
    .select(['o.name'])
    .where('ms.case_id', '=', caseId)
    .where('ms.ended_on', 'is', null)
    .orderBy('ms.start_on')
    .execute();
  return { kind: plan.kind, goals: goals.map((g) => g.text), measures: measures.map((m) => m.name) };
}

/** The case's upload of these bytes, if any: the same file twice is one document. */
export function uploadBySha(tx: Tx, caseId: string, sha256: string) {
  return documents(tx).where('d.case_id', '=', caseId).where('d.sha256', '=', sha256).executeTakeFirst();
}

/** No row when the same file is on the case already (perhaps a concurrent retry). */
export function insertUpload(tx: Tx, values: Insertable<CaseDocumentTable>) {
  return tx
    .insertInto('case_document')
    .values(values)
    .onConflict((oc) =>
      oc.columns(['municipality_id', 'case_id', 'sha256']).where('sha256', 'is not', null).doNothing(),
    )
    .returning('id')
    .executeTakeFirst();
}

/** The case's newest completed assessment's conclusion. */
export function latestConclusion(tx: Tx, caseId: string) {
  return tx
    .selectFrom('assessment as a')
    .select(['a.conclusion'])
    .where('a.case_id', '=', caseId)
    .where('a.completed_on', 'is not', null)
    .where('a.conclusion', 'is not', null)
    .orderBy('a.completed_on', 'desc')
    .limit(1)
    .executeTakeFirst();
}
