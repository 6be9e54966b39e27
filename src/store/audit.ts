import type { Tx } from './database.ts';

/**
 * The audit log's writer. An event is appended in the same transaction as the work it records;
 * nothing else happens on the request path: no lock, no read of the previous row. A trigger
 * marks the event pending, and the chainer (audit-chainer.ts) links it into the municipality's
 * keyed hash chain after commit (audit-chain.ts). The verifier is audit-verify.ts.
 */
export interface AuditEvent {
  municipalityId: string;
  userId: string | null;
  role: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  /** The child whose data is read or written; else details.childId, else the entity if a child. */
  childId?: string | null;
  /** The case whose data is read or written; else details.caseId, else the entity if a case. */
  caseId?: string | null;
  outcome: 'allowed' | 'denied';
  emergency?: boolean;
  /** Allowed because the user is on call (flagged like emergency). */
  onCall?: boolean;
  reason?: string | null;
  details?: Record<string, unknown>;
}

/** JSON with object keys sorted, so a value read back from jsonb hashes as it was written. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

// Code units, not code points (no u flag): a high surrogate without its low one, or the reverse.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * PostgreSQL refuses NUL in text and jsonb, and jsonb refuses unpaired UTF-16 surrogates: a
 * client's string must never make the audit row fail (a refusal would go unrecorded), so both
 * become U+FFFD.
 */
export function cleanText(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD').replaceAll('\u0000', '\uFFFD');
}

function cleanJson(value: unknown): unknown {
  if (typeof value === 'string') return cleanText(value);
  if (Array.isArray(value)) return value.map(cleanJson);
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [cleanText(k), cleanJson(v)]));
  return value;
}

/** Details as plain JSON (dates as strings, undefined dropped), every string and key cleaned. */
export function cleanDetails(details: Record<string, unknown> | undefined): Record<string, unknown> {
  if (!details) return {};
  const plain = JSON.parse(JSON.stringify(details, (_k, v) => (typeof v === 'bigint' ? String(v) : v)));
  return cleanJson(plain) as Record<string, unknown>;
}

/** Ids are stored as PostgreSQL prints uuids (lower case), so a search finds them however typed. */
function canonicalId(value: string | null | undefined): string | null {
  if (typeof value !== 'string') return null;
  const text = cleanText(value);
  return UUID.test(text) ? text.toLowerCase() : text;
}

/** A uuid column takes only a uuid: anything else (a client's garbage in details) stays in details. */
function uuidOrNull(value: unknown): string | null {
  return typeof value === 'string' && UUID.test(value) ? value.toLowerCase() : null;
}

/** The child and case an event concerns: named by the event, else its details, else its entity. */
export function subjectsOf(event: AuditEvent): { childId: string | null; caseId: string | null } {
  const d = event.details ?? {};
  const entity = (type: string) => (event.entityType === type ? event.entityId : null);
  return {
    childId: uuidOrNull(event.childId ?? d.childId ?? entity('child')),
    caseId: uuidOrNull(event.caseId ?? d.caseId ?? entity('case')),
  };
}

export async function appendAudit(tx: Tx, event: AuditEvent): Promise<void> {
  const { childId, caseId } = subjectsOf(event);
  await tx
    .insertInto('audit_log')
    .values({
      municipality_id: event.municipalityId.toLowerCase(),
      // Millisecond precision, so the stored time reads back as it is hashed.
      at: new Date(),
      user_id: uuidOrNull(event.userId),
      role: event.role === null ? null : cleanText(event.role),
      action: cleanText(event.action),
      entity_type: cleanText(event.entityType),
      entity_id: canonicalId(event.entityId),
      child_id: childId,
      case_id: caseId,
      outcome: event.outcome,
      emergency: event.emergency ?? false,
      on_call: event.onCall ?? false,
      reason: event.reason == null ? null : cleanText(event.reason),
      details: JSON.stringify(cleanDetails(event.details)),
    })
    .execute();
}
