import { z } from 'zod';
import { strict } from './common.ts';
import { CalendarDate, Text } from './types.ts';

/** `entity`: an id or an entity type; `user`: a user's id or username (src/server/audit/audit.queries.ts). */
export const AuditQuery = strict({
  entity: Text.max(100).optional(),
  user: Text.max(100).optional(),
  from: CalendarDate.optional(),
  to: CalendarDate.optional(),
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
