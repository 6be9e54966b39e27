import { sql } from 'kysely';
import type { Tx } from '../../store/database.ts';
import { tenantJoin } from '../../store/tenant-join.ts';
import { emergencies } from './emergency.queries.ts';

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

/** Decisions by id with their forum's name (a measure's gate decision, as case work shows it). */
export function decisionsWithForum(tx: Tx, ids: readonly string[]) {
  return tx
    .selectFrom('forum_decision as d')
    .innerJoin('forum as f', (j) => tenantJoin(j, 'f.id', 'd.forum_id'))
    .select(['d.id', 'd.forum_kind', 'f.name as forum_name', 'd.decided_on'])
    .where('d.id', 'in', [...ids])
    .execute();
}

/** The case's forum decisions, newest first. */
export function caseDecisions(tx: Tx, caseId: string) {
  return tx
    .selectFrom('forum_decision as d')
    .innerJoin('forum as f', (j) => tenantJoin(j, 'f.id', 'd.forum_id'))
    .leftJoin('offer as o', (j) => tenantJoin(j, 'o.id', 'd.offer_id'))
    .select([
      'd.id',
      'd.meeting_id',
      'd.case_id',
      'd.forum_kind',
      'f.name as forum_name',
      'd.rule',
      'd.outcome',
      'd.step_position',
      'd.offer_id',
      'o.name as offer_name',
      'd.placement',
      'd.without_consent',
      'd.valid_until',
      'd.decided_on',
      'd.reasons',
    ])
    .where('d.case_id', '=', caseId)
    .orderBy('d.decided_on', 'desc')
    .orderBy('d.id')
    .execute();
}

/** The case's emergency decisions, newest first, with the deciding leader's name. */
export function caseEmergencies(tx: Tx, caseId: string) {
  return emergencies(tx)
    .where('e.case_id', '=', caseId)
    .orderBy('e.decided_on', 'desc')
    .orderBy('e.id')
    .execute();
}

/**
 * Emergency decisions of the children of the districts' open cases (null: all) that no placement
 * committee decision on the child on or after them has answered yet.
 */
export function unansweredEmergencies(tx: Tx, districtIds: readonly string[] | null) {
  let q = tx
    .selectFrom('emergency_decision as e')
    .innerJoin('cases as c', (j) => tenantJoin(j, 'c.id', 'e.case_id'))
    .select(['e.id', 'e.case_id', 'e.child_id', 'e.decided_on', 'e.reach_forum_by'])
    .where('c.closed_at', 'is', null)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('forum_decision as d')
            .select(sql`1`.as('one'))
            .whereRef('d.municipality_id', '=', 'e.municipality_id')
            .whereRef('d.child_id', '=', 'e.child_id')
            .whereRef('d.decided_on', '>=', 'e.decided_on')
            .where('d.forum_kind', '=', 'placement_committee'),
        ),
      ),
    );
  if (districtIds !== null) q = q.where(sql<boolean>`c.district_id = any(${districtIds}::uuid[])`);
  return q.orderBy('e.reach_forum_by').orderBy('e.id').execute();
}
