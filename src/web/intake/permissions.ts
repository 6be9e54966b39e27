import type { SessionUser } from '../types.ts';

/**
 * What the interface offers in intake, read from the session's `intake` rights (the server
 * derives them from the intake policy and whether the user is on call; it checks every request
 * again). So an on-call caseworker or preventive worker gets screening without a new login.
 */
export type IntakeAction = 'report' | 'queue' | 'meeting';

export function canIntake(user: SessionUser, action: IntakeAction): boolean {
  const intake = user.intake;
  // The own report form: reporting as themselves (a professional about children in their units, a
  // preventive worker about children in their districts). Front registers on others' behalf elsewhere.
  if (action === 'report') return user.role !== 'front' && intake.reportCreate;
  // The queue lists reports and is where they are screened.
  if (action === 'queue') return intake.reportRead && intake.screen;
  return intake.meeting;
}
