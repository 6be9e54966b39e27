import type { Insertable } from 'kysely';
import type { Tx } from '../../store/database.ts';
import type { FamilyMeetingTable } from '../../store/schema-casework.ts';
import { tenantJoin } from '../../store/tenant-join.ts';

/** The family meetings' rows (family_meeting), with the name of who recorded each. */

function meetings(tx: Tx) {
  return tx
    .selectFrom('family_meeting as f')
    .innerJoin('app_user as u', (j) => tenantJoin(j, 'u.id', 'f.created_by'))
    .selectAll('f')
    .select('u.display_name as created_by_name');
}

export type FamilyMeetingRow = Awaited<ReturnType<ReturnType<typeof meetings>['executeTakeFirstOrThrow']>>;

export function familyMeetingById(tx: Tx, id: string) {
  return meetings(tx).where('f.id', '=', id).executeTakeFirstOrThrow();
}

export function familyMeetingByKey(tx: Tx, key: string) {
  return meetings(tx).where('f.idempotency_key', '=', key).executeTakeFirst();
}

/** Newest first: by the day held, then by when recorded. */
export function familyMeetingsOfCase(tx: Tx, caseId: string) {
  return meetings(tx)
    .where('f.case_id', '=', caseId)
    .orderBy('f.held_on', 'desc')
    .orderBy('f.created_at', 'desc')
    .execute();
}

/** No row when a concurrent request with the same idempotency key committed first. */
export function insertFamilyMeeting(tx: Tx, values: Insertable<FamilyMeetingTable>) {
  return tx
    .insertInto('family_meeting')
    .values(values)
    .onConflict((oc) => oc.columns(['municipality_id', 'idempotency_key']).doNothing())
    .returning('id')
    .executeTakeFirst();
}
