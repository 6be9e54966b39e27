import type { Tx } from '../../store/database.ts';

/** Queries of the forums' local rules and the decisions the gate reads (migration 016). */

export function forumSettingRow(tx: Tx) {
  return tx.selectFrom('forum_setting').selectAll().executeTakeFirst();
}

/** The child's recorded forum decisions, as the gate judges them. */
export function gateDecisionsOfChild(tx: Tx, childId: string) {
  return tx
    .selectFrom('forum_decision')
    .select(['id', 'forum_kind', 'child_id', 'outcome', 'step_position', 'decided_on'])
    .where('child_id', '=', childId)
    .execute();
}

export function emergencyDecisionById(tx: Tx, id: string) {
  return tx
    .selectFrom('emergency_decision')
    .select(['id', 'child_id', 'case_id', 'decided_on', 'reach_forum_by'])
    .where('id', '=', id)
    .executeTakeFirst();
}
