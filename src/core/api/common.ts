import { z } from 'zod';
import { CalendarDate, Id } from './types.ts';

// Validation messages in Danish wherever a schema has no message of its own.
z.config(z.locales.da());

export const ErrorBody = z.object({ error: z.object({ id: z.string(), message: z.string() }) });
export type ErrorBody = z.infer<typeof ErrorBody>;

/** A strict object (unknown fields refused) that names the unknown fields in Danish. */
export function strict<T extends z.core.$ZodLooseShape>(shape: T) {
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys' ? `Ukendte felter: ${issue.keys.join(', ')}.` : undefined,
  });
}

export const IdParams = strict({ id: Id });
export type IdParams = z.infer<typeof IdParams>;

export const Ref = z.object({ id: z.string(), name: z.string() });
export type Ref = z.infer<typeof Ref>;

/** The name schemas used for a date before types.ts: now the edge's real calendar date. */
export const IsoDate = CalendarDate;

/**
 * The errors every operation may answer. 503 `database_unavailable`: the database went away
 * mid-request (a restart, a failover); nothing was written, and the client may retry.
 */
export const errorResponses = {
  400: ErrorBody,
  401: ErrorBody,
  403: ErrorBody,
  404: ErrorBody,
  503: ErrorBody,
} as const;

/** 409 of a stale save (optimistic locking): the error and, for version conflicts, the current record. */
export const ConflictBody = ErrorBody.extend({ current: z.unknown().optional() });
