import { sql } from 'kysely';
import type { Tx } from '../../store/database.ts';

/** Queries of the case door (case-access.ts): the case, and the reader's emergency access to its child. */

/** The case with whether the user holds an unexpired emergency access to its child. */
export function caseWithEmergencyGrant(tx: Tx, caseId: string, userId: string) {
  return tx
    .selectFrom('cases')
    .selectAll('cases')
    .select((eb) =>
      eb
        .exists(
          eb
            .selectFrom('emergency_access')
            .select(sql`1`.as('one'))
            .whereRef('emergency_access.child_id', '=', 'cases.child_id')
            .where('emergency_access.user_id', '=', userId)
            .where('emergency_access.expires_at', '>', sql<Date>`now()`),
        )
        .as('emergency_grant'),
    )
    .where('cases.id', '=', caseId)
    .executeTakeFirst();
}

/** The reason of the user's latest unexpired emergency access to the child. */
export async function emergencyReason(tx: Tx, childId: string, userId: string): Promise<string | null> {
  const grant = await tx
    .selectFrom('emergency_access')
    .select('reason')
    .where('child_id', '=', childId)
    .where('user_id', '=', userId)
    .where('expires_at', '>', sql<Date>`now()`)
    .orderBy('granted_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  return grant?.reason ?? null;
}
