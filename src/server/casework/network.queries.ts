import type { Selectable } from 'kysely';
import type { NetworkMemberView } from '../../core/api/casework-overview.ts';
import type { Tx } from '../../store/database.ts';
import type { NetworkMemberTable } from '../../store/schema-casework.ts';

/** The network map's rows (network_member, migration 007). */

export type Row = Selectable<NetworkMemberTable>;

export function networkMemberView(r: Row): NetworkMemberView {
  return {
    id: r.id,
    version: r.version,
    name: r.name,
    relation: r.relation,
    closeness: r.closeness,
    contributions: r.contributions,
    phone: r.phone,
    notes: r.notes,
    active: r.active,
  };
}

export function findNetworkMember(tx: Tx, id: string): Promise<Row | undefined> {
  return tx.selectFrom('network_member').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Active members first (the map), then those taken off it; closest first, then by name. */
export function caseNetwork(tx: Tx, caseId: string): Promise<Row[]> {
  return tx
    .selectFrom('network_member')
    .selectAll()
    .where('case_id', '=', caseId)
    .orderBy('active', 'desc')
    .orderBy((eb) =>
      eb
        .case()
        .when('closeness', '=', 'close')
        .then(0)
        .when('closeness', '=', 'middle')
        .then(1)
        .else(2)
        .end(),
    )
    .orderBy('name')
    .orderBy('id')
    .execute();
}

export function findNetworkMemberByKey(tx: Tx, key: string): Promise<Row | undefined> {
  return tx.selectFrom('network_member').selectAll().where('idempotency_key', '=', key).executeTakeFirst();
}

/** No row when a concurrent request with the same idempotency key committed first. */
export function insertNetworkMember(
  tx: Tx,
  values: Omit<Row, 'version' | 'active' | 'created_at' | 'updated_at'>,
): Promise<Row | undefined> {
  return tx
    .insertInto('network_member')
    .values(values)
    .onConflict((oc) => oc.columns(['municipality_id', 'idempotency_key']).doNothing())
    .returningAll()
    .executeTakeFirst();
}

/** The optimistic-locking update: no row when `version` is no longer the current one. */
export function updateNetworkMember(
  tx: Tx,
  id: string,
  version: number,
  set: Partial<Pick<Row, 'name' | 'relation' | 'closeness' | 'contributions' | 'phone' | 'notes' | 'active'>>,
): Promise<Row | undefined> {
  return tx
    .updateTable('network_member')
    .set((eb) => ({ ...set, version: eb('version', '+', 1), updated_at: new Date() }))
    .where('id', '=', id)
    .where('version', '=', version)
    .returningAll()
    .executeTakeFirst();
}
