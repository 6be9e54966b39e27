import type { Insertable } from 'kysely';
import type { Tx } from '../../store/database.ts';
import type { ChildConversationTable } from '../../store/schema-casework.ts';
import { tenantJoin } from '../../store/tenant-join.ts';

/** The child conversations' rows (child_conversation), with the name of who held each. */

function conversations(tx: Tx) {
  return tx
    .selectFrom('child_conversation as c')
    .innerJoin('app_user as u', (j) => tenantJoin(j, 'u.id', 'c.held_by'))
    .selectAll('c')
    .select('u.display_name as held_by_name');
}

export type ConversationRow = Awaited<
  ReturnType<ReturnType<typeof conversations>['executeTakeFirstOrThrow']>
>;

export function conversationById(tx: Tx, id: string) {
  return conversations(tx).where('c.id', '=', id).executeTakeFirstOrThrow();
}

export function conversationByKey(tx: Tx, key: string) {
  return conversations(tx).where('c.idempotency_key', '=', key).executeTakeFirst();
}

/** Newest first: by the day held, then by when recorded. */
export function conversationsOfCase(tx: Tx, caseId: string) {
  return conversations(tx)
    .where('c.case_id', '=', caseId)
    .orderBy('c.held_on', 'desc')
    .orderBy('c.created_at', 'desc')
    .execute();
}

/** No row when a concurrent request with the same idempotency key committed first. */
export function insertConversation(tx: Tx, values: Insertable<ChildConversationTable>) {
  return tx
    .insertInto('child_conversation')
    .values(values)
    .onConflict((oc) => oc.columns(['municipality_id', 'idempotency_key']).doNothing())
    .returning('id')
    .executeTakeFirst();
}

/** The case of an assessment (undefined: no such assessment). */
export function caseOfAssessment(tx: Tx, assessmentId: string) {
  return tx.selectFrom('assessment').select(['case_id']).where('id', '=', assessmentId).executeTakeFirst();
}
