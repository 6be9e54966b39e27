import { INTAKE_POLICY } from '../../core/access/intake-policy.ts';
import type { SessionUser } from '../types.ts';

/**
 * What the interface offers in intake beyond `canIntake` (permissions.ts): Front's registration on
 * behalf of others and matching, and the leader's supervision. Read from the role's row
 * of the intake policy, the same table the server checks every request against.
 */
export type IntakeExtra = 'register' | 'match' | 'supervision';

export function canIntakeExtra(user: SessionUser, action: IntakeExtra): boolean {
  const policy = INTAKE_POLICY[user.role];
  if (!policy) return false;
  // Only Front registers reports about children not (yet) in the registry, and matches them later.
  if (action === 'register' || action === 'match') return policy.reportCreateUnknownChild;
  return policy.supervision !== null;
}
