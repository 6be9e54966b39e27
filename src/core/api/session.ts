import { z } from 'zod';
import { PERMISSIONS } from '../access/permissions.ts';
import { ROLES } from '../access/roles.ts';
import { Ref } from './common.ts';

export const LoginRequest = z.strictObject({
  username: z.string().trim().min(1, { message: 'Skriv dit brugernavn.' }).max(60),
  password: z.string().min(1, { message: 'Skriv din adgangskode.' }).max(200),
  municipality: z.string().max(40).optional(),
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
});
export type SessionUser = z.infer<typeof SessionUser>;

export const SessionResponse = z.object({ user: SessionUser, csrfToken: z.string() });
export type SessionResponse = z.infer<typeof SessionResponse>;
