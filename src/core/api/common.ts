import { z } from 'zod';

// Validation messages in Danish wherever a schema has no message of its own.
z.config(z.locales.da());

export const ErrorBody = z.object({ error: z.object({ id: z.string(), message: z.string() }) });
export type ErrorBody = z.infer<typeof ErrorBody>;

export const IdParams = z.strictObject({ id: z.uuid({ message: 'Ugyldigt id.' }) });
export type IdParams = z.infer<typeof IdParams>;

export const Ref = z.object({ id: z.string(), name: z.string() });
export type Ref = z.infer<typeof Ref>;

export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'Datoen skal skrives ÅÅÅÅ-MM-DD.' });

export const errorResponses = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody } as const;

/** 409 of a stale save (optimistic locking): the error and, for version conflicts, the current record. */
export const ConflictBody = ErrorBody.extend({ current: z.unknown().optional() });
