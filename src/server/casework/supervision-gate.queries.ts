import { sql } from 'kysely';
import type { Tx } from '../../store/database.ts';
import { tenantJoin } from '../../store/tenant-join.ts';

/** The leader's supervision of the gate: measures running today on the institutional steps. */

/** Measures on `steps` running on `today` in the open cases of the districts (null: all). */
export function runningOnSteps(
  tx: Tx,
  districtIds: readonly string[] | null,
  steps: readonly number[],
  today: string,
) {
  if (steps.length === 0) return Promise.resolve([]);
  let q = tx
    .selectFrom('measure as m')
    .innerJoin('cases as c', (j) => tenantJoin(j, 'c.id', 'm.case_id'))
    .innerJoin('offer as o', (j) => tenantJoin(j, 'o.id', 'm.offer_id'))
    .select([
      'm.id',
      'm.case_id',
      'm.child_id',
      'm.offer_id',
      'o.name as offer_name',
      'm.step_position',
      'm.start_on',
    ])
    .where('c.closed_at', 'is', null)
    .where(sql<boolean>`m.step_position = any(${[...steps]}::int[])`)
    .where('m.start_on', '<=', today)
    .where((eb) => eb.or([eb('m.ended_on', 'is', null), eb('m.ended_on', '>', today)]));
  if (districtIds !== null) q = q.where(sql<boolean>`c.district_id = any(${districtIds}::uuid[])`);
  return q.orderBy('m.start_on').orderBy('m.id').execute();
}
