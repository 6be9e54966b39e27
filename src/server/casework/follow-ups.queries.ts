import type { Insertable } from 'kysely';
import type { Tx } from '../../store/database.ts';
import type { FollowUpTable, ProgressRatingTable } from '../../store/schema.ts';
import { tenantJoin } from '../../store/tenant-join.ts';

/** Queries of follow-ups (follow_up) and their progress ratings (progress_rating). */

const FOLLOW_UP_COLUMNS = [
  'f.id',
  'f.case_id',
  'f.measure_id',
  'f.kind',
  'f.held_on',
  'f.decision',
  'f.next_cadence_weeks',
  'f.notes',
  'f.held_by',
  'u.display_name as held_by_name',
  'f.created_at',
  'f.idempotency_key',
] as const;

function followUpsQuery(tx: Tx) {
  return tx
    .selectFrom('follow_up as f')
    .innerJoin('app_user as u', (j) => tenantJoin(j, 'u.id', 'f.held_by'))
    .select(FOLLOW_UP_COLUMNS);
}

export type FollowUpRow = Awaited<ReturnType<typeof followUpsOfCase>>[number];

export function followUpsOfCase(tx: Tx, caseId: string) {
  return followUpsQuery(tx)
    .where('f.case_id', '=', caseId)
    .orderBy('f.held_on')
    .orderBy('f.created_at')
    .execute();
}

export function followUpByKey(tx: Tx, key: string) {
  return followUpsQuery(tx).where('f.idempotency_key', '=', key).executeTakeFirst();
}

export function followUpById(tx: Tx, id: string) {
  return followUpsQuery(tx).where('f.id', '=', id).executeTakeFirst();
}

/** The follow-ups of a measure (first and regular: those that review it), oldest first. */
export function reviewsOfMeasures(tx: Tx, measureIds: readonly string[]) {
  if (measureIds.length === 0) return Promise.resolve([]);
  return tx
    .selectFrom('follow_up')
    .select(['id', 'measure_id', 'kind', 'held_on'])
    .where('measure_id', 'in', [...measureIds])
    .where('kind', 'in', ['first', 'regular'])
    .orderBy('held_on')
    .orderBy('created_at')
    .execute();
}

export async function ratingsOf(tx: Tx, followUpIds: readonly string[]) {
  if (followUpIds.length === 0) return [];
  return tx
    .selectFrom('progress_rating')
    .select(['follow_up_id', 'goal_id', 'rater', 'score'])
    .where('follow_up_id', 'in', [...followUpIds])
    .execute();
}

/** Inserts unless the idempotency key is taken (a concurrent retry committed first): then undefined. */
export function insertFollowUp(tx: Tx, values: Insertable<FollowUpTable>) {
  return tx
    .insertInto('follow_up')
    .values(values)
    .onConflict((oc) => oc.columns(['municipality_id', 'idempotency_key']).doNothing())
    .returning('id')
    .executeTakeFirst();
}

export function insertRatings(tx: Tx, values: Insertable<ProgressRatingTable>[]) {
  if (values.length === 0) return Promise.resolve();
  return tx
    .insertInto('progress_rating')
    .values(values)
    .execute()
    .then(() => undefined);
}

export function childBirthDate(tx: Tx, childId: string) {
  return tx.selectFrom('child').select('birth_date').where('id', '=', childId).executeTakeFirst();
}

/** The child's placement measures (any case): a supervision visit or aftercare needs one running. */
export function placementsOfChild(tx: Tx, childId: string) {
  return tx
    .selectFrom('measure')
    .select(['id', 'start_on', 'ended_on'])
    .where('child_id', '=', childId)
    .where('track', '=', 'placement')
    .execute();
}
