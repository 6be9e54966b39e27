import { INTAKE_POLICY } from '../../core/access/intake-policy.ts';
import type { SessionUser } from '../types.ts';

/**
 * What the interface offers in intake. The session has no intake permissions yet, so this reads
 * the role's row of the intake policy (the same table the server checks every action against).
 */
export type IntakeAction = 'report' | 'queue' | 'meeting';

export function canIntake(user: SessionUser, action: IntakeAction): boolean {
  const policy = INTAKE_POLICY[user.role];
  if (action === 'report') return user.role === 'professional' && policy.reportCreate.length > 0;
  if (action === 'queue') return policy.screen === 'always' && policy.reportRead !== null;
  return policy.meeting !== null;
}
