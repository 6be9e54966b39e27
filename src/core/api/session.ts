import { z } from 'zod';
import { PERMISSIONS } from '../access/permissions.ts';
import { ROLES } from '../access/roles.ts';
import { Ref, strict } from './common.ts';
import { Text } from './types.ts';

export const LoginRequest = strict({
  username: Text.trim().min(1, { message: 'Skriv dit brugernavn.' }).max(60),
  password: Text.min(1, { message: 'Skriv din adgangskode.' }).max(200),
  municipality: Text.max(40).optional(),
});
export type LoginRequest = z.infer<typeof LoginRequest>;

/**
 * What the user may do in intake now, from the intake policy (src/core/access/intake-policy.ts)
 * and whether the user is on call: menus follow it, the server checks every request again.
 */
export const SessionIntake = z.object({
  /** register reports (about children within the role's reach) */
  reportCreate: z.boolean(),
  /** register reports about children not (yet) in the registry, and match them later (Front) */
  reportCreateUnknownChild: z.boolean(),
  /** read reports' content and the queue */
  reportRead: z.boolean(),
  /** screen reports: always (Front), or while on call */
  screen: z.boolean(),
  receiptSend: z.boolean(),
  meeting: z.boolean(),
  supervision: z.boolean(),
  figures: z.boolean(),
});
export type SessionIntake = z.infer<typeof SessionIntake>;

export const SessionUser = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES),
  roleLabel: z.string(),
  municipality: Ref,
  districts: z.array(Ref),
  permissions: z.array(z.enum(PERMISSIONS)),
  /** marked on call (app_user.on_call): may screen reports around the clock */
  onCall: z.boolean(),
  intake: SessionIntake,
});
export type SessionUser = z.infer<typeof SessionUser>;

export const SessionResponse = z.object({ user: SessionUser, csrfToken: z.string() });
export type SessionResponse = z.infer<typeof SessionResponse>;
