import type { Insertable, Updateable } from 'kysely';
import type { Tx } from '../../store/database.ts';
import type { ForumMeetingTable } from '../../store/schema-forums.ts';

/** Queries of the forums' meetings (migration 015). */

export function membership(tx: Tx, forumId: string, userId: string) {
  return tx
    .selectFrom('forum_member')
    .select(['id', 'chair'])
    .where('forum_id', '=', forumId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
}

export function meetingsBetween(tx: Tx, forumId: string, from: string, to: string) {
  return tx
    .selectFrom('forum_meeting')
    .selectAll()
    .where('forum_id', '=', forumId)
    .where('held_on', '>=', from)
    .where('held_on', '<=', to)
    .orderBy('held_on')
    .execute();
}

export function meetingOn(tx: Tx, forumId: string, heldOn: string) {
  return tx
    .selectFrom('forum_meeting')
    .selectAll()
    .where('forum_id', '=', forumId)
    .where('held_on', '=', heldOn)
    .executeTakeFirst();
}

export function meeting(tx: Tx, id: string) {
  return tx.selectFrom('forum_meeting').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Locked while it is published or closed, so a decision recorded meanwhile sees the new state. */
export function meetingForUpdate(tx: Tx, id: string) {
  return tx.selectFrom('forum_meeting').selectAll().where('id', '=', id).forNoKeyUpdate().executeTakeFirst();
}

export function insertMeeting(tx: Tx, row: Insertable<ForumMeetingTable>) {
  return tx
    .insertInto('forum_meeting')
    .values(row)
    .onConflict((oc) => oc.doNothing())
    .returningAll()
    .executeTakeFirst();
}

export function updateMeeting(tx: Tx, id: string, set: Updateable<ForumMeetingTable>) {
  return tx
    .updateTable('forum_meeting')
    .set(set)
    .where('id', '=', id)
    .where('closed_at', 'is', null)
    .returningAll()
    .executeTakeFirst();
}
