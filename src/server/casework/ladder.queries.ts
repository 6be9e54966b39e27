import type { Insertable } from 'kysely';
import { sql } from 'kysely';
import type { LadderMeasure } from '../../core/casework/ladder.ts';
import type { Tx } from '../../store/database.ts';
import type { LadderMoveTable } from '../../store/schema.ts';

/** Queries of the child's position on the ladder and its moves (ladder_move). */

/**
 * Serialises every change of one child's measures: the position before and after a change is
 * computed from the child's measures, so two changes at once (two caseworkers, or a retried
 * request) must not both read the same "before". A transaction-scoped advisory lock, since
 * trappen_app may not lock child rows FOR UPDATE.
 */
export async function lockChildLadder(tx: Tx, childId: string): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(hashtextextended(${`ladder:${childId}`}, 0))`.execute(tx);
}

/** Every measure of the child, in all of the child's cases: the position counts them all. */
export async function childLadderMeasures(
  tx: Tx,
  childId: string,
): Promise<(LadderMeasure & { id: string })[]> {
  const rows = await tx
    .selectFrom('measure')
    .select(['id', 'step_position', 'start_on', 'ended_on'])
    .where('child_id', '=', childId)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    stepPosition: r.step_position,
    startOn: r.start_on,
    endedOn: r.ended_on,
  }));
}

export function insertLadderMove(tx: Tx, values: Insertable<LadderMoveTable>) {
  return tx.insertInto('ladder_move').values(values).returning('id').executeTakeFirstOrThrow();
}

export function ladderMovesOfChild(tx: Tx, childId: string) {
  return tx
    .selectFrom('ladder_move')
    .select([
      'id',
      'moved_on',
      'from_position',
      'to_position',
      'direction',
      'reason',
      'forum_decision_ref',
      'measure_id',
    ])
    .where('child_id', '=', childId)
    .orderBy('moved_on')
    .orderBy('created_at')
    .execute();
}

/** The child's case the ladder is read through: the open one, else the latest opened. */
export function caseOfChild(tx: Tx, childId: string) {
  return tx
    .selectFrom('cases')
    .select(['id'])
    .where('child_id', '=', childId)
    .orderBy(sql`closed_at IS NULL`, 'desc')
    .orderBy('opened_at', 'desc')
    .limit(1)
    .executeTakeFirst();
}
