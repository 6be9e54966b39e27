import type { Insertable } from 'kysely';
import type { Tx } from '../../store/database.ts';
import type { CaseDecisionTable } from '../../store/schema-documents.ts';
import { tenantJoin } from '../../store/tenant-join.ts';

/** Written decisions (case_decision; migration 020), with the names of who decided and signed. */

function decisions(tx: Tx) {
  return tx
    .selectFrom('case_decision as d')
    .innerJoin('app_user as u', (j) => tenantJoin(j, 'u.id', 'd.decided_by'))
    .leftJoin('app_user as s', (j) => tenantJoin(j, 's.id', 'd.signed_by'))
    .selectAll('d')
    .select(['u.display_name as decided_by_name', 's.display_name as signed_by_name']);
}

export type DecisionRow = Awaited<ReturnType<ReturnType<typeof decisions>['executeTakeFirstOrThrow']>>;

export function decisionById(tx: Tx, id: string) {
  return decisions(tx).where('d.id', '=', id).executeTakeFirst();
}

export function decisionByKey(tx: Tx, key: string) {
  return decisions(tx).where('d.idempotency_key', '=', key).executeTakeFirst();
}

export function decisionsOfCase(tx: Tx, caseId: string) {
  return decisions(tx)
    .where('d.case_id', '=', caseId)
    .orderBy('d.decided_on', 'desc')
    .orderBy('d.created_at', 'desc')
    .execute();
}

export function insertDecision(tx: Tx, values: Insertable<CaseDecisionTable>) {
  return tx
    .insertInto('case_decision')
    .values(values)
    .onConflict((oc) => oc.columns(['municipality_id', 'idempotency_key']).doNothing())
    .returning('id')
    .executeTakeFirst();
}

/** Signs a decision waiting for it; no row when it was signed meanwhile. */
export function signDecision(tx: Tx, id: string, userId: string) {
  return tx
    .updateTable('case_decision')
    .set({ status: 'final', signed_by: userId, signed_at: new Date() })
    .where('id', '=', id)
    .where('status', '=', 'awaiting_signature')
    .returning('id')
    .executeTakeFirst();
}

/** The case of a measure, and the child of a forum decision: what a decision may name. */
export function measureCase(tx: Tx, measureId: string) {
  return tx.selectFrom('measure').select(['case_id']).where('id', '=', measureId).executeTakeFirst();
}

export function forumDecisionChild(tx: Tx, forumDecisionId: string) {
  return tx
    .selectFrom('forum_decision')
    .select(['child_id', 'outcome'])
    .where('id', '=', forumDecisionId)
    .executeTakeFirst();
}
