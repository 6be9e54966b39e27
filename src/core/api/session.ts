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

export const SessionUser = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES),
  roleLabel: z.string(),
  municipality: Ref,
  districts: z.array(Ref),
  permissions: z.array(z.enum(PERMISSIONS)),
  /** a shift of the on-call rota runs now (its rights are in `permissions`) */
  onCall: z.boolean(),
});
export type SessionUser = z.infer<typeof SessionUser>;

export const SessionResponse = z.object({ user: SessionUser, csrfToken: z.string() });
export type SessionResponse = z.infer<typeof SessionResponse>;
