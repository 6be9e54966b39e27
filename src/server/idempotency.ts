import { createHash, randomUUID } from 'node:crypto';
import { AppError } from '../core/errors.ts';
import { canonicalJson } from '../store/audit.ts';

/**
 * Idempotent creates, in every area (docs/architecture.md "Idempotency"). A create with an
 * idempotency key looks the key up first: a retry of the same request returns what the first one
 * made (`created: false`, 200); the same key with another request is 409 `conflict`. A concurrent
 * retry is caught by the insert's `ON CONFLICT (municipality_id, idempotency_key) DO NOTHING`,
 * followed by a fresh read of the winner. What makes two requests "the same" is the record's: its
 * stored fields (case, user, content), or a stored `request_hash` of the request.
 */

/** What every create answers: the record, and whether this request made it. */
export interface Created<T> {
  /** false: a retry (the same idempotency key, or the same natural key); the first result is returned */
  created: boolean;
  body: T;
}

/**
 * The SHA-256 (hex) of a request's content, to store beside its key: an object as canonical JSON
 * (the key order of the request does not matter), a string or the bytes of a file as they are.
 */
export function requestHash(content: string | Uint8Array | object): string {
  const data =
    typeof content === 'string' || content instanceof Uint8Array ? content : canonicalJson(content);
  return createHash('sha256').update(data).digest('hex');
}

/** What a create needs to know of one kind of record to be idempotent. */
export interface CreateOnce<Row, View> {
  key: string | null | undefined;
  /** The record made with this key, if any. */
  byKey: (key: string) => Promise<Row | undefined>;
  /** Whether a record found by the key answers this very request (case, user, content). */
  sameRequest: (row: Row) => boolean;
  /** What the key was used for otherwise, in the 409 message: "en anden børnesamtale". */
  what: string;
  view: (row: Row) => View | Promise<View>;
}

/** The first result for this request's key; undefined when there is no key or it is new. */
export async function earlierResult<Row, View>(
  once: CreateOnce<Row, View>,
): Promise<Created<View> | undefined> {
  if (!once.key) return undefined;
  const row = await once.byKey(once.key);
  return row === undefined ? undefined : replay(once, row);
}

/**
 * After an insert that did nothing: a request with the same key committed between our look-up and
 * our insert. Its record is returned as a retry, or 409 when it is gone (or was another request) —
 * with `conflict`'s message when the insert clashed on a natural key instead ("one per district").
 */
export async function raceWinner<Row, View>(
  once: CreateOnce<Row, View>,
  conflict?: string,
): Promise<Created<View>> {
  const winner = await earlierResult(once);
  if (!winner) throw new AppError('conflict', conflict);
  return winner;
}

/** The audit details of a create that carries a key: the key, and whether this is a retry. */
export type KeyDetails = { idempotencyKey?: string; retry?: true };

/**
 * The create flow where the door's audit event names the record: the key is looked up before the
 * door, so the event names the record a retry returns, or the one about to be made (`id`). `open`
 * passes the door with the key's audit details; `make` checks and inserts, and answers undefined
 * when a record with the key appeared meanwhile (its insert did nothing).
 */
export async function createOnce<Row extends { id: string }, View, Opened>(
  once: CreateOnce<Row, View>,
  open: (id: string, keyDetails: KeyDetails) => Promise<Opened>,
  make: (id: string, opened: Opened) => Promise<Row | undefined>,
): Promise<Created<View>> {
  const retried = once.key ? await once.byKey(once.key) : undefined;
  const id = retried?.id ?? randomUUID();
  const opened = await open(id, keyDetails(once.key, retried !== undefined));
  if (retried) return replay(once, retried);
  const made = await make(id, opened);
  if (made) return { created: true, body: await once.view(made) };
  return raceWinner(once);
}

async function replay<Row, View>(once: CreateOnce<Row, View>, row: Row): Promise<Created<View>> {
  if (!once.sameRequest(row)) {
    throw new AppError('conflict', `Idempotensnøglen er allerede brugt til ${once.what}.`);
  }
  return { created: false, body: await once.view(row) };
}

function keyDetails(key: string | null | undefined, retried: boolean): KeyDetails {
  if (!key) return {};
  return { idempotencyKey: key, ...(retried ? { retry: true as const } : {}) };
}
