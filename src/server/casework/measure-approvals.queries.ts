import type { Insertable } from 'kysely';
import { sql } from 'kysely';
import type { Tx } from '../../store/database.ts';
import type { MeasureApprovalTable } from '../../store/schema.ts';
import { tenantJoin } from '../../store/tenant-join.ts';

/** Queries of the leader's approval of costly measures (measure_approval, migration 016). */

function approvalsQuery(tx: Tx) {
  return tx
    .selectFrom('measure_approval as a')
    .innerJoin('offer as o', (j) => tenantJoin(j, 'o.id', 'a.offer_id'))
    .innerJoin('child as ch', (j) => tenantJoin(j, 'ch.id', 'a.child_id'))
    .innerJoin('app_user as rq', (j) => tenantJoin(j, 'rq.id', 'a.requested_by'))
    .leftJoin('app_user as dc', (j) => tenantJoin(j, 'dc.id', 'a.decided_by'))
    .select([
      'a.measure_id',
      'a.case_id',
      'a.child_id',
      'ch.first_name',
      'ch.last_name',
      'a.offer_id',
      'o.name as offer_name',
      'a.step_position',
      'a.monthly_cost',
      'a.threshold',
      'a.request',
      'a.state',
      'a.requested_by',
      'rq.display_name as requested_by_name',
      'a.requested_at',
      'a.decided_by',
      'dc.display_name as decided_by_name',
      'a.decided_at',
      'a.reason',
      'a.idempotency_key',
    ]);
}

export type ApprovalRow = NonNullable<Awaited<ReturnType<typeof approvalById>>>;

export function approvalById(tx: Tx, measureId: string) {
  return approvalsQuery(tx).where('a.measure_id', '=', measureId).executeTakeFirst();
}

export function approvalByKey(tx: Tx, key: string) {
  return approvalsQuery(tx).where('a.idempotency_key', '=', key).executeTakeFirst();
}

/** Serialises two answers to one approval (row lock in the weakest mode, docs/architecture.md). */
export function lockApproval(tx: Tx, measureId: string) {
  return tx
    .selectFrom('measure_approval')
    .select(['measure_id', 'state'])
    .where('measure_id', '=', measureId)
    .forNoKeyUpdate()
    .executeTakeFirst();
}

export function approvalsOfCase(tx: Tx, caseId: string) {
  return approvalsQuery(tx)
    .where('a.case_id', '=', caseId)
    .orderBy('a.requested_at', 'desc')
    .orderBy('a.measure_id')
    .execute();
}

/** Pending approvals the user asked for (Mit overblik), oldest first. */
export function pendingRequestedBy(tx: Tx, userId: string) {
  return approvalsQuery(tx)
    .where('a.requested_by', '=', userId)
    .where('a.state', '=', 'pending')
    .orderBy('a.requested_at')
    .orderBy('a.measure_id')
    .execute();
}

/** Pending approvals on the open cases of the districts (null: all), oldest first (supervision). */
export function pendingInDistricts(tx: Tx, districtIds: readonly string[] | null) {
  let q = approvalsQuery(tx)
    .innerJoin('cases as c', (j) => tenantJoin(j, 'c.id', 'a.case_id'))
    .where('a.state', '=', 'pending')
    .where('c.closed_at', 'is', null);
  if (districtIds !== null) q = q.where(sql<boolean>`c.district_id = any(${districtIds}::uuid[])`);
  return q.orderBy('a.requested_at').orderBy('a.measure_id').execute();
}

/** Inserts unless the idempotency key is taken (a concurrent retry committed first): then undefined. */
export function insertApproval(tx: Tx, values: Insertable<MeasureApprovalTable>) {
  return tx
    .insertInto('measure_approval')
    .values(values)
    .onConflict((oc) => oc.columns(['municipality_id', 'idempotency_key']).doNothing())
    .returning('measure_id')
    .executeTakeFirst();
}

export function decideApprovalRow(
  tx: Tx,
  measureId: string,
  values: { state: 'approved' | 'rejected'; decided_by: string; reason: string | null },
) {
  return tx
    .updateTable('measure_approval')
    .set({ ...values, decided_at: new Date() })
    .where('measure_id', '=', measureId)
    .where('state', '=', 'pending')
    .returning('measure_id')
    .executeTakeFirst();
}
