import type { Insertable, Updateable } from 'kysely';
import { sql } from 'kysely';
import type { Tx } from '../../store/database.ts';
import type { MeasureTable } from '../../store/schema.ts';
import { tenantJoin } from '../../store/tenant-join.ts';

/** Queries of measures (measure, goal_measure) and the catalog facts a new measure takes. */

/**
 * An active offer of the catalog with its step as the ladder in force (the highest version) has
 * it. `lvs_*` are null when the offer's step is no longer on that ladder.
 */
/**
 * Offers joined to their step on the ladder in force (the highest version): `lv`, `lvs` are null
 * when the offer's step is no longer on that ladder. One builder for every reader of "the offer's
 * step now" (measures, the forums' proposals).
 */
export function offersOnLadderInForce(tx: Tx) {
  return tx
    .selectFrom('offer')
    .leftJoin(
      (eb) =>
        eb
          .selectFrom('ladder_version')
          .select(['id', 'municipality_id'])
          .orderBy('version', 'desc')
          .limit(1)
          .as('lv'),
      (j) => j.onRef('lv.municipality_id', '=', 'offer.municipality_id'),
    )
    .leftJoin('ladder_version_step as lvs', (j) =>
      tenantJoin(j, 'lvs.step_id', 'offer.step_id').onRef('lvs.ladder_version_id', '=', 'lv.id'),
    );
}

export function offerInForce(tx: Tx, offerId: string) {
  return offersOnLadderInForce(tx)
    .select([
      'offer.id',
      'offer.name',
      'offer.status',
      'offer.step_id',
      'offer.provider_name',
      'offer.legal_basis',
      'offer.unit_cost',
      'offer.cost_unit',
      'offer.time_limited',
      'offer.age_min',
      'offer.age_max',
      'offer.specialised',
      'lv.id as ladder_version_id',
      'lvs.position as step_position',
      'lvs.category as step_category',
      'lvs.track as step_track',
    ])
    .where('offer.id', '=', offerId)
    .executeTakeFirst();
}

const MEASURE_COLUMNS = [
  'm.id',
  'm.case_id',
  'm.child_id',
  'm.version',
  'm.offer_id',
  'o.name as offer_name',
  'm.step_id',
  'm.step_position',
  'lvs.name as step_name',
  'm.track',
  'm.start_on',
  'm.planned_end_on',
  'm.ended_on',
  'm.end_reason',
  'm.legal_basis',
  'm.provider',
  'm.monthly_cost',
  'm.forum_decision_ref',
  'm.forum_decision_id',
  'm.emergency_decision_id',
  'm.consent',
  'm.placement_reasons',
  'm.follow_up_cadence_weeks',
  'm.idempotency_key',
  'm.created_by',
] as const;

function measuresQuery(tx: Tx) {
  return tx
    .selectFrom('measure as m')
    .innerJoin('offer as o', (j) => tenantJoin(j, 'o.id', 'm.offer_id'))
    .leftJoin('ladder_version_step as lvs', (j) =>
      tenantJoin(j, 'lvs.ladder_version_id', 'm.ladder_version_id').onRef('lvs.step_id', '=', 'm.step_id'),
    )
    .select(MEASURE_COLUMNS);
}

export type MeasureRow = NonNullable<Awaited<ReturnType<typeof measureById>>>;

export function measureById(tx: Tx, id: string) {
  return measuresQuery(tx).where('m.id', '=', id).executeTakeFirst();
}

export function measureByKey(tx: Tx, key: string) {
  return measuresQuery(tx).where('m.idempotency_key', '=', key).executeTakeFirst();
}

export function measuresOfCase(tx: Tx, caseId: string) {
  return measuresQuery(tx)
    .where('m.case_id', '=', caseId)
    .orderBy('m.start_on')
    .orderBy('m.created_at')
    .execute();
}

/** Inserts unless the idempotency key is taken (a concurrent retry committed first): then undefined. */
export function insertMeasure(tx: Tx, values: Insertable<MeasureTable>) {
  return tx
    .insertInto('measure')
    .values(values)
    .onConflict((oc) => oc.columns(['municipality_id', 'idempotency_key']).doNothing())
    .returning('id')
    .executeTakeFirst();
}

/** Optimistic locking: changes the row only at the version read; undefined when it moved on. */
export function updateMeasure(tx: Tx, id: string, version: number, values: Updateable<MeasureTable>) {
  return tx
    .updateTable('measure')
    .set({ ...values, version: sql`version + 1`, updated_at: new Date() })
    .where('id', '=', id)
    .where('version', '=', version)
    .returning('id')
    .executeTakeFirst();
}

/** The goals among `goalIds` that belong to a plan of the case (a measure's goals, a rating's goal). */
export async function goalsOfCase(tx: Tx, caseId: string, goalIds: readonly string[]): Promise<Set<string>> {
  if (goalIds.length === 0) return new Set();
  const rows = await tx
    .selectFrom('plan_goal as g')
    .innerJoin('plan as p', (j) => tenantJoin(j, 'p.id', 'g.plan_id'))
    .select('g.id')
    .where('p.case_id', '=', caseId)
    .where('g.id', 'in', [...goalIds])
    .execute();
  return new Set(rows.map((r) => r.id));
}

export function linkGoals(tx: Tx, municipalityId: string, measureId: string, goalIds: readonly string[]) {
  if (goalIds.length === 0) return Promise.resolve();
  return tx
    .insertInto('goal_measure')
    .values(goalIds.map((goal_id) => ({ municipality_id: municipalityId, goal_id, measure_id: measureId })))
    .onConflict((oc) => oc.doNothing())
    .execute()
    .then(() => undefined);
}

/** goal ids linked to each of the measures */
export async function linkedGoals(tx: Tx, measureIds: readonly string[]): Promise<Map<string, Set<string>>> {
  const out = new Map<string, Set<string>>();
  if (measureIds.length === 0) return out;
  const rows = await tx
    .selectFrom('goal_measure')
    .select(['measure_id', 'goal_id'])
    .where('measure_id', 'in', [...measureIds])
    .execute();
  for (const r of rows) {
    const set = out.get(r.measure_id) ?? new Set<string>();
    set.add(r.goal_id);
    out.set(r.measure_id, set);
  }
  return out;
}

/**
 * An earlier measure of the offer in the case still running on `on` (or ending that day, a
 * same-day swap), with the basis it started on. Over the offer's age limit, only such a
 * continuation may start (age-fit.ts); a continuation keeps its forum's decision (the gate).
 */
export function runningOfOffer(tx: Tx, caseId: string, offerId: string, on: string) {
  return tx
    .selectFrom('measure')
    .select([
      'id',
      'forum_decision_ref',
      'forum_decision_id',
      'emergency_decision_id',
      'consent',
      'placement_reasons',
    ])
    .where('case_id', '=', caseId)
    .where('offer_id', '=', offerId)
    .where('start_on', '<', on)
    .where((eb) => eb.or([eb('ended_on', 'is', null), eb('ended_on', '>=', on)]))
    .orderBy('start_on', 'desc')
    .orderBy('id')
    .limit(1)
    .executeTakeFirst();
}
