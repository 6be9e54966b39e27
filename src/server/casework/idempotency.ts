import { AppError } from '../../core/errors.ts';

/**
 * Idempotent creates of the case's records (docs/casework.md "Idempotency"; migrations 009 and
 * 010). A create with an `idempotencyKey` looks the key up first; a retry of the same request
 * returns the record the first one made (`created: false`, 200), and a concurrent retry is caught
 * by the insert's `ON CONFLICT (municipality_id, idempotency_key) DO NOTHING` followed by a fresh
 * read of the winner. The same key with another request is 409 `conflict`.
 */

export interface Created<T> {
  /** false: a retry with the same idempotency key; the first result is returned */
  created: boolean;
  body: T;
}

/** The audit details of a create that carries a key (and whether it is a retry). */
export function keyDetails(key: string | undefined, retried: unknown): Record<string, unknown> {
  if (!key) return {};
  return { idempotencyKey: key, ...(retried ? { retry: true } : {}) };
}

/** Refuses a key already used for another request (another case, user or content). */
export function requireSameRequest(same: boolean, what: string): void {
  if (!same) throw new AppError('conflict', `Idempotensnøglen er allerede brugt til ${what}.`);
}

type Participant = { name: string; relation: string };

/** Participant lists by content and order (jsonb does not keep the key order of the request). */
export function sameParticipants(a: readonly Participant[], b: readonly Participant[]): boolean {
  return a.length === b.length && a.every((p, i) => p.name === b[i]?.name && p.relation === b[i]?.relation);
}
