import type { Role } from '../../core/access/roles.ts';
import type { Tx } from '../../store/database.ts';

/** The active users of these roles, by name. */
export function activeUsersInRoles(tx: Tx, roles: readonly Role[]) {
  return tx
    .selectFrom('app_user')
    .select(['id', 'display_name'])
    .where('role', 'in', roles)
    .where('active', '=', true)
    .orderBy('display_name')
    .orderBy('id')
    .execute();
}
