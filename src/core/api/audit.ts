import { z } from 'zod';
import { IsoDate } from './common.ts';

export const AuditQuery = z.strictObject({
  entity: z.string().max(100).optional(),
  user: z.string().max(100).optional(),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
});
export type AuditQuery = z.infer<typeof AuditQuery>;

export const AuditRow = z.object({
  seq: z.number(),
  at: z.string(),
  userId: z.string().nullable(),
  username: z.string().nullable(),
  role: z.string().nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  /** the child and the case the row concerns */
  childId: z.string().nullable(),
  caseId: z.string().nullable(),
  outcome: z.enum(['allowed', 'denied']),
  emergency: z.boolean(),
  /** allowed by being on call */
  onCall: z.boolean(),
  reason: z.string().nullable(),
});
export type AuditRow = z.infer<typeof AuditRow>;

export const AuditResponse = z.object({ rows: z.array(AuditRow) });
export type AuditResponse = z.infer<typeof AuditResponse>;
