import { intakePolicyOf } from '../../core/access/intake-policy.ts';
import type { Role } from '../../core/access/roles.ts';
import type { OnCallResponse } from '../../core/api/users.ts';
import { AppError } from '../../core/errors.ts';
import { type ActorHandle, DeniedError } from '../actor-db.ts';
import * as q from './users-on-call.queries.ts';

/**
 * Marking a user on call (app_user.on_call): while marked, a social-services user may screen
 * reports (intake policy `screen: 'on_call'`), so screening works at night and at weekends.
 * Set by an administrator or a leader for any user of the municipality — the on-call rota is the
 * municipality's, not a district's. Only roles that can screen on call (or always, Front) can be
 * marked: a professional, analyst or administrator never screens. Audited with before and after.
 */
export const ON_CALL_MANAGERS: readonly Role[] = ['admin', 'leader'];

export async function setUserOnCall(
  h: ActorHandle,
  userId: string,
  onCall: boolean,
): Promise<OnCallResponse> {
  const attempt = { action: 'update_on_call', entityType: 'user', entityId: userId, details: { onCall } };
  if (!ON_CALL_MANAGERS.includes(h.actor.role)) throw new DeniedError(attempt);
  const user = await q.userForUpdate(h.tx, userId);
  if (!user) throw new AppError('not_found', 'Brugeren findes ikke.');
  const role = user.role as Role;
  if ((intakePolicyOf(role)?.screen ?? 'never') === 'never') {
    throw new AppError('unprocessable', 'Kun medarbejdere, der kan screene underretninger, kan have vagt.');
  }
  const changed = user.on_call !== onCall;
  if (changed) await q.setOnCall(h.tx, userId, onCall);
  await h.audit({ ...attempt, details: { before: user.on_call, after: onCall, changed } });
  return {
    id: user.id,
    username: user.username,
    displayName: user.display_name,
    role,
    onCall,
    changed,
  };
}
