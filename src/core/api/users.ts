import { z } from 'zod';
import { ROLES } from '../access/roles.ts';
import { strict } from './common.ts';
import { IdempotencyKey, Instant } from './types.ts';

/**
 * Users over HTTP: the on-call rota (docs/intake.md, "On call"). A shift puts a user on call from
 * `startsAt` (default now) until `endsAt`, at most 14 days; it is set by an administrator or a
 * leader for someone else, and may be ended early. Requests are strict.
 */

export const ON_CALL_MAX_DAYS = 14;

export const OnCallShiftRequest = strict({
  startsAt: Instant.optional(),
  endsAt: Instant,
  idempotencyKey: IdempotencyKey.optional(),
});
export type OnCallShiftRequest = z.infer<typeof OnCallShiftRequest>;

export const OnCallShiftView = z.object({
  id: z.string(),
  user: z.object({ id: z.string(), username: z.string(), displayName: z.string(), role: z.enum(ROLES) }),
  startsAt: z.string(),
  endsAt: z.string(),
  /** who put the user on the rota; null for a shift converted from the former on-call mark */
  setBy: z.object({ id: z.string(), name: z.string() }).nullable(),
  setAt: z.string(),
  /** ended before `endsAt` (or cancelled before it began) */
  endedEarlyAt: z.string().nullable(),
  endedBy: z.object({ id: z.string(), name: z.string() }).nullable(),
  /** the user is on call by this shift right now */
  current: z.boolean(),
});
export type OnCallShiftView = z.infer<typeof OnCallShiftView>;

export const OnCallShiftsResponse = z.object({ shifts: z.array(OnCallShiftView) });
export type OnCallShiftsResponse = z.infer<typeof OnCallShiftsResponse>;
