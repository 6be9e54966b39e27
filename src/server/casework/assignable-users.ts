import { CASE_POLICY } from '../../core/access/case-policy.ts';
import type { AssignableUsersQuery, AssignableUsersResponse } from '../../core/api/casework-cases.ts';
import { type ActorHandle, DeniedError } from '../actor-db.ts';
import { activeUsersInRoles } from './assignable-users.queries.ts';
import { ASSIGNABLE_ROLES } from './cases.ts';
import { districtsOfUsers } from './supervision.queries.ts';

/**
 * Who a leader may pick as caseworker, foster-care consultant or contact person on a case
 * (docs/casework.md "Cases"): the active users of the roles `patchCase` accepts for that
 * responsibility, in the leader's municipality (row-level security), with their districts so the
 * page can offer the case's district first. Staff names only — no case and no child is read, so
 * there is no case door to pass; the read is audited on its own.
 */
export async function assignableUsers(
  h: ActorHandle,
  { responsibility }: AssignableUsersQuery,
): Promise<AssignableUsersResponse> {
  const event = { action: 'read', entityType: 'assignable_users', entityId: null } as const;
  // Only those who may assign somewhere need the list (the leader).
  if (CASE_POLICY[h.actor.role].assign.length === 0) {
    throw new DeniedError({ ...event, details: { responsibility } });
  }
  const rows = await activeUsersInRoles(h.tx, ASSIGNABLE_ROLES[responsibility]);
  const districts = await districtsOfUsers(
    h.tx,
    rows.map((r) => r.id),
  );
  await h.audit({ ...event, details: { responsibility, count: rows.length } });
  return {
    responsibility,
    users: rows.map((r) => ({ id: r.id, name: r.display_name, districts: districts.get(r.id) ?? [] })),
  };
}
