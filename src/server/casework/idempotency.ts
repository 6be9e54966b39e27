import { randomUUID } from 'node:crypto';
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

/** What `createOnce` needs to know of one kind of record. */
export interface CreateOnce<Row extends { id: string }, View> {
  key: string | undefined;
  /** The record made with this key, if any. */
  byKey: (key: string) => Promise<Row | undefined>;
  /** Whether a record found by the key answers this very request (case, user, content). */
  sameRequest: (row: Row) => boolean;
  /** What the key was used for otherwise, in the 409 message: "en anden børnesamtale". */
  what: string;
  view: (row: Row) => View | Promise<View>;
}

/**
 * The create flow shared by the case's records. The key is looked up before the door, so the
 * door's audit event names the record: the one a retry returns, or the one about to be made
 * (`id`). `open` passes the door with the key's audit details; `make` checks and inserts, and
 * answers undefined when a record with the key appeared meanwhile (its insert did nothing) — that
 * record is then read again and returned as a retry, or 409 when it is gone.
 */
export async function createOnce<Row extends { id: string }, View, Opened>(
  once: CreateOnce<Row, View>,
  open: (id: string, keyDetails: Record<string, unknown>) => Promise<Opened>,
  make: (id: string, opened: Opened) => Promise<Row | undefined>,
): Promise<Created<View>> {
  const retried = once.key ? await once.byKey(once.key) : undefined;
  const id = retried?.id ?? randomUUID();
  const opened = await open(id, keyDetails(once.key, retried));
  if (retried) return replay(once, retried);
  const made = await make(id, opened);
  if (made) return { created: true, body: await once.view(made) };
  // A retry with the same key committed between our look-up and our insert.
  const raced = once.key ? await once.byKey(once.key) : undefined;
  if (!raced) throw new AppError('conflict');
  return replay(once, raced);
}

async function replay<Row extends { id: string }, View>(
  once: CreateOnce<Row, View>,
  row: Row,
): Promise<Created<View>> {
  requireSameRequest(once.sameRequest(row), once.what);
  return { created: false, body: await once.view(row) };
}

/** The audit details of a create that carries a key (and whether it is a retry). */
function keyDetails(key: string | undefined, retried: unknown): Record<string, unknown> {
  if (!key) return {};
  return { idempotencyKey: key, ...(retried ? { retry: true } : {}) };
}

/** Refuses a key already used for another request (another case, user or content). */
function requireSameRequest(same: boolean, what: string): void {
  if (!same) throw new AppError('conflict', `Idempotensnøglen er allerede brugt til ${what}.`);
}

type Participant = { name: string; relation: string };

/** Participant lists by content and order (jsonb does not keep the key order of the request). */
export function sameParticipants(a: readonly Participant[], b: readonly Participant[]): boolean {
  return a.length === b.length && a.every((p, i) => p.name === b[i]?.name && p.relation === b[i]?.relation);
}
