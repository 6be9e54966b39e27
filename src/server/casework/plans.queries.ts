import type { Insertable, Selectable } from 'kysely';
import type { Tx } from '../../store/database.ts';
import type { IcsArea, PlanTable } from '../../store/schema-casework.ts';

/** Queries of the plan, its goals and the measures serving each goal (plan, plan_goal, goal_measure). */

export type PlanRow = Selectable<PlanTable>;

export async function measureIdsOfCase(tx: Tx, caseId: string, ids: readonly string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await tx
    .selectFrom('measure')
    .select('id')
    .where('case_id', '=', caseId)
    .where('id', 'in', ids)
    .execute();
  return rows.map((r) => r.id);
}

export function planByKey(tx: Tx, key: string) {
  return tx.selectFrom('plan').selectAll().where('idempotency_key', '=', key).executeTakeFirst();
}

export function planById(tx: Tx, id: string) {
  return tx.selectFrom('plan').selectAll().where('id', '=', id).executeTakeFirst();
}

/**
 * Locked for the rest of the transaction: the version compared is the one changed.
 * FOR NO KEY UPDATE: records pointing at it can still be written (docs/architecture.md, "Locks").
 */
export function lockPlan(tx: Tx, id: string) {
  return tx.selectFrom('plan').selectAll().where('id', '=', id).forNoKeyUpdate().executeTakeFirstOrThrow();
}

/** No row when a concurrent request with the same idempotency key committed first. */
export function insertPlan(tx: Tx, values: Insertable<PlanTable>) {
  return tx
    .insertInto('plan')
    .values(values)
    .onConflict((oc) => oc.columns(['municipality_id', 'idempotency_key']).doNothing())
    .returningAll()
    .executeTakeFirst();
}

/** Inserts goals numbered from `firstPosition`, with the measures serving each. */
export async function insertGoals(
  tx: Tx,
  municipalityId: string,
  planId: string,
  goals: { icsArea: IcsArea; text: string; measureIds: string[] }[],
  firstPosition: number,
) {
  if (goals.length === 0) return;
  const rows = await tx
    .insertInto('plan_goal')
    .values(
      goals.map((g, i) => ({
        municipality_id: municipalityId,
        plan_id: planId,
        position: firstPosition + i,
        ics_area: g.icsArea,
        text: g.text,
      })),
    )
    .returning(['id', 'position'])
    .execute();
  const links = rows.flatMap((row) =>
    (goals[row.position - firstPosition]?.measureIds ?? []).map((measureId) => ({
      municipality_id: municipalityId,
      goal_id: row.id,
      measure_id: measureId,
    })),
  );
  if (links.length > 0) await tx.insertInto('goal_measure').values(links).execute();
}

/** The case's plans, newest agreement first (or the one plan `planId`). */
export function plansOfCase(tx: Tx, caseId: string, planId?: string) {
  let query = tx.selectFrom('plan').selectAll().where('case_id', '=', caseId);
  if (planId) query = query.where('id', '=', planId);
  return query.orderBy('agreed_on', 'desc').orderBy('created_at', 'desc').orderBy('id').execute();
}

export function goalsOf(tx: Tx, planIds: readonly string[]) {
  if (planIds.length === 0) return Promise.resolve([]);
  return tx
    .selectFrom('plan_goal')
    .selectAll()
    .where('plan_id', 'in', planIds)
    .orderBy('plan_id')
    .orderBy('position')
    .execute();
}

export function goalMeasures(tx: Tx, goalIds: readonly string[]) {
  if (goalIds.length === 0) return Promise.resolve([]);
  return tx
    .selectFrom('goal_measure')
    .select(['goal_id', 'measure_id'])
    .where('goal_id', 'in', goalIds)
    .orderBy('measure_id')
    .execute();
}

/** The plan's version bump with the plan's own fields; no row when `version` is no longer current. */
export function updatePlan(
  tx: Tx,
  id: string,
  version: number,
  set: { summary?: string | null; participants?: string },
) {
  return tx
    .updateTable('plan')
    .set((eb) => ({ ...set, version: eb('version', '+', 1), updated_at: new Date() }))
    .where('id', '=', id)
    .where('version', '=', version)
    .returningAll()
    .executeTakeFirst();
}

export function updateGoal(tx: Tx, id: string, set: { text?: string; achieved_on?: string | null }) {
  return tx.updateTable('plan_goal').set(set).where('id', '=', id).execute();
}
