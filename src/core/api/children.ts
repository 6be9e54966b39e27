import { z } from 'zod';
import { Ref, strict } from './common.ts';
import { Text } from './types.ts';

export const ChildSearchQuery = strict({ q: Text.max(100).optional() });
export type ChildSearchQuery = z.infer<typeof ChildSearchQuery>;

export const ChildSummary = z.object({
  id: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  cpr: z.string(),
  cprMasked: z.boolean(),
  birthDate: z.string(),
  age: z.number().int(),
  district: Ref,
});
export type ChildSummary = z.infer<typeof ChildSummary>;

export const ChildSearchResponse = z.object({ children: z.array(ChildSummary) });
export type ChildSearchResponse = z.infer<typeof ChildSearchResponse>;

export const ChildDetail = ChildSummary.extend({
  household: z.object({ id: z.string(), address: z.string(), district: Ref }),
  persons: z.array(
    z.object({
      id: z.string(),
      firstName: z.string(),
      lastName: z.string(),
      relation: z.string(),
      relationLabel: z.string(),
      hasCustody: z.boolean(),
      phone: z.string().nullable(),
      livesWithChild: z.boolean(),
    }),
  ),
  siblings: z.array(
    z.object({ id: z.string(), firstName: z.string(), lastName: z.string(), birthDate: z.string() }),
  ),
  groups: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      unit: z.object({ id: z.string(), name: z.string(), kind: z.string() }),
    }),
  ),
  access: z.object({ via: z.enum(['scope', 'emergency']), emergency: z.boolean() }),
  /** the child's open case, for roles that work cases (never shown to professionals) */
  openCaseId: z.string().nullable(),
});
export type ChildDetail = z.infer<typeof ChildDetail>;

export const ChildResponse = z.object({ child: ChildDetail });
export type ChildResponse = z.infer<typeof ChildResponse>;

export const EmergencyAccessRequest = strict({
  reason: Text.trim()
    .min(10, { message: 'Begrundelsen skal være på mindst 10 tegn.' })
    .max(2000, { message: 'Begrundelsen må højst være 2000 tegn.' }),
});
export type EmergencyAccessRequest = z.infer<typeof EmergencyAccessRequest>;

export const EmergencyAccessResponse = z.object({ expiresAt: z.string() });
export type EmergencyAccessResponse = z.infer<typeof EmergencyAccessResponse>;
