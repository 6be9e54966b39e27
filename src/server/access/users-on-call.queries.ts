import type { Tx } from '../../store/database.ts';

/** The user whose on-call mark is set; locked, so two admins changing it at once are serialised. */
export function userForUpdate(tx: Tx, userId: string) {
  return tx
    .selectFrom('app_user')
    .select(['id', 'username', 'display_name', 'role', 'on_call', 'active'])
    .where('id', '=', userId)
    .forUpdate()
    .executeTakeFirst();
}

export async function setOnCall(tx: Tx, userId: string, onCall: boolean): Promise<void> {
  await tx.updateTable('app_user').set({ on_call: onCall }).where('id', '=', userId).execute();
}
