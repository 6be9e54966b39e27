import type { Tx } from '../../store/database.ts';

/**
 * The user whose on-call mark is set; locked, so two admins changing it at once are serialised.
 * FOR NO KEY UPDATE, the weakest lock that does that (docs/architecture.md, "Locks"): it leaves
 * the KEY SHARE that every foreign key to the user takes (the user's own journal entries,
 * sessions, reports) free, so the user's writes neither wait for it nor deadlock with it.
 */
export function userForUpdate(tx: Tx, userId: string) {
  return tx
    .selectFrom('app_user')
    .select(['id', 'username', 'display_name', 'role', 'on_call', 'active'])
    .where('id', '=', userId)
    .forNoKeyUpdate()
    .executeTakeFirst();
}

export async function setOnCall(tx: Tx, userId: string, onCall: boolean): Promise<void> {
  await tx.updateTable('app_user').set({ on_call: onCall }).where('id', '=', userId).execute();
}
