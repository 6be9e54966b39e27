import type { Insertable } from 'kysely';
import type { Tx } from '../../store/database.ts';
import type { ForumDecisionTable } from '../../store/schema-forums.ts';

/** Queries of the forums' decisions (forum_decision, migration 016). */

export function decisionByKey(tx: Tx, key: string) {
  return tx.selectFrom('forum_decision').selectAll().where('idempotency_key', '=', key).executeTakeFirst();
}

export function decisionOnItem(tx: Tx, meetingId: string, rule: string, sourceId: string) {
  return tx
    .selectFrom('forum_decision')
    .select(['id', 'idempotency_key'])
    .where('meeting_id', '=', meetingId)
    .where('rule', '=', rule as ForumDecisionTable['rule'])
    .where('source_id', '=', sourceId)
    .executeTakeFirst();
}

/** undefined: the key (or the item) was taken by a request that committed first. */
export function insertDecision(tx: Tx, row: Insertable<ForumDecisionTable>) {
  return tx
    .insertInto('forum_decision')
    .values(row)
    .onConflict((oc) => oc.doNothing())
    .returning('id')
    .executeTakeFirst();
}

/** What the item's source decides on: a proposal's step, placement and first offer. */
export function proposalFacts(tx: Tx, id: string) {
  return tx
    .selectFrom('forum_proposal')
    .select(['id', 'step_position', 'placement', 'without_consent', 'offer_ids'])
    .where('id', '=', id)
    .executeTakeFirst();
}

/** What the item's source decides on: a referring decision's step, placement and offer. */
export function referringFacts(tx: Tx, id: string) {
  return tx
    .selectFrom('forum_decision')
    .select(['id', 'proposal_id', 'step_position', 'placement', 'without_consent', 'offer_id'])
    .where('id', '=', id)
    .executeTakeFirst();
}
