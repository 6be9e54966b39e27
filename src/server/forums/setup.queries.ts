import type { Insertable } from 'kysely';
import type { Tx } from '../../store/database.ts';
import type { ForumMemberTable, ForumTable } from '../../store/schema-forums.ts';
import { tenantJoin } from '../../store/tenant-join.ts';

/** Queries of the forums and their members (migration 015). Row-level security keeps them in the municipality. */

export function district(tx: Tx, id: string) {
  return tx.selectFrom('district').select(['id', 'name']).where('id', '=', id).executeTakeFirst();
}

export function forum(tx: Tx, id: string) {
  return tx.selectFrom('forum').selectAll().where('id', '=', id).executeTakeFirst();
}

export function forumByKey(tx: Tx, key: string) {
  return tx.selectFrom('forum').selectAll().where('idempotency_key', '=', key).executeTakeFirst();
}

/** The forum a new one of this kind (and district) would clash with: one council per district, one of each other kind. */
export function sameKindForum(tx: Tx, kind: ForumTable['kind'], districtId: string | null) {
  const q = tx.selectFrom('forum').select('id');
  return (
    districtId === null
      ? q.where('kind', '=', kind).where('district_id', 'is', null)
      : q.where('district_id', '=', districtId)
  ).executeTakeFirst();
}

export function insertForum(tx: Tx, row: Insertable<ForumTable>) {
  return tx
    .insertInto('forum')
    .values(row)
    .onConflict((oc) => oc.doNothing())
    .returningAll()
    .executeTakeFirst();
}

/** The forums (or one) with their districts' names: by kind, then district, then name. */
export function forumsWithDistricts(tx: Tx, id?: string) {
  let q = tx
    .selectFrom('forum as f')
    .leftJoin('district as d', (j) => tenantJoin(j, 'd.id', 'f.district_id'))
    .selectAll('f')
    .select('d.name as district_name');
  if (id !== undefined) q = q.where('f.id', '=', id);
  return q.orderBy('f.kind').orderBy('d.name').orderBy('f.name').execute();
}

/** The members of the forums, a user by the name Trappen knows. */
export function membersOf(tx: Tx, forumIds: readonly string[]) {
  if (forumIds.length === 0) return Promise.resolve([]);
  return tx
    .selectFrom('forum_member as m')
    .leftJoin('app_user as u', (j) => tenantJoin(j, 'u.id', 'm.user_id'))
    .selectAll('m')
    .select(['u.display_name', 'u.title', 'u.role as user_role'])
    .where('m.forum_id', 'in', forumIds)
    .orderBy('m.chair', 'desc')
    .orderBy('m.added_at')
    .orderBy('m.id')
    .execute();
}

export function memberByKey(tx: Tx, key: string) {
  return tx.selectFrom('forum_member').selectAll().where('idempotency_key', '=', key).executeTakeFirst();
}

export function memberOfUser(tx: Tx, forumId: string, userId: string) {
  return tx
    .selectFrom('forum_member')
    .selectAll()
    .where('forum_id', '=', forumId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
}

export function insertMember(tx: Tx, row: Insertable<ForumMemberTable>) {
  return tx
    .insertInto('forum_member')
    .values(row)
    .onConflict((oc) => oc.doNothing())
    .returningAll()
    .executeTakeFirst();
}

export function activeUser(tx: Tx, id: string) {
  return tx
    .selectFrom('app_user')
    .select(['id', 'display_name', 'role'])
    .where('id', '=', id)
    .where('active', '=', true)
    .executeTakeFirst();
}
