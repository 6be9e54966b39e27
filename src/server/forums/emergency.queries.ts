import type { Insertable } from 'kysely';
import type { Tx } from '../../store/database.ts';
import type { EmergencyDecisionTable } from '../../store/schema.ts';
import { tenantJoin } from '../../store/tenant-join.ts';

/** Queries of a leader's emergency decisions (emergency_decision, migration 016). */

/** The emergency decisions with the deciding leader's name: one builder for every reader. */
export function emergencies(tx: Tx) {
  return tx
    .selectFrom('emergency_decision as e')
    .innerJoin('app_user as u', (j) => tenantJoin(j, 'u.id', 'e.decided_by'))
    .select([
      'e.id',
      'e.case_id',
      'e.child_id',
      'e.decided_on',
      'e.reach_forum_by',
      'e.reason',
      'e.decided_by',
      'u.display_name as decided_by_name',
      'e.idempotency_key',
      'e.request_hash',
    ]);
}

export function emergencyByKey(tx: Tx, key: string) {
  return emergencies(tx).where('e.idempotency_key', '=', key).executeTakeFirst();
}

/** Inserts unless the idempotency key is taken (a concurrent retry committed first): then undefined. */
export function insertEmergency(tx: Tx, values: Insertable<EmergencyDecisionTable>) {
  return tx
    .insertInto('emergency_decision')
    .values(values)
    .onConflict((oc) => oc.columns(['municipality_id', 'idempotency_key']).doNothing())
    .returning('id')
    .executeTakeFirst();
}
