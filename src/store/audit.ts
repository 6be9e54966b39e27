import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type { Db, Tx } from './database.ts';

/**
 * The audit log: append-only, one hash chain per municipality. Each row's hash covers its own
 * fields and the previous row's hash, so removing or changing a row breaks every hash after it.
 * Rows are written in the same transaction as the work they record.
 */
export interface AuditEvent {
  municipalityId: string;
  userId: string | null;
  role: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  outcome: 'allowed' | 'denied';
  emergency?: boolean;
  reason?: string | null;
  details?: Record<string, unknown>;
}

export const GENESIS_HASH = '0'.repeat(64);

/** JSON with object keys sorted, so a value read back from jsonb hashes as it was written. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export interface HashedFields {
  municipality_id: string;
  seq: number;
  at: Date;
  user_id: string | null;
  role: string | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  outcome: 'allowed' | 'denied';
  emergency: boolean;
  reason: string | null;
  details: Record<string, unknown>;
  prev_hash: string;
}

export function auditHash(row: HashedFields): string {
  const body = canonicalJson({ ...row, at: row.at.toISOString(), seq: String(row.seq) });
  return createHash('sha256').update(body).digest('hex');
}

export async function appendAudit(tx: Tx, event: AuditEvent): Promise<void> {
  // One writer at a time per municipality keeps the chain linear; released at commit.
  await sql`SELECT pg_advisory_xact_lock(hashtextextended(${`audit:${event.municipalityId}`}, 0))`.execute(
    tx,
  );
  const last = await tx
    .selectFrom('audit_log')
    .select(['seq', 'hash'])
    .where('municipality_id', '=', event.municipalityId)
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  const row: HashedFields = {
    municipality_id: event.municipalityId,
    seq: last ? Number(last.seq) + 1 : 1,
    // Millisecond precision, so the stored timestamp hashes the same when read back.
    at: new Date(),
    user_id: event.userId,
    role: event.role,
    action: event.action,
    entity_type: event.entityType,
    entity_id: event.entityId,
    outcome: event.outcome,
    emergency: event.emergency ?? false,
    reason: event.reason ?? null,
    details: event.details ?? {},
    prev_hash: last?.hash ?? GENESIS_HASH,
  };
  await tx
    .insertInto('audit_log')
    .values({ ...row, details: JSON.stringify(row.details), hash: auditHash(row) })
    .execute();
}

export interface ChainBreak {
  municipalityId: string;
  seq: number;
  problem: string;
}

/** Walks every municipality's chain in order; returns the first broken row, if any. */
export async function verifyAuditChain(
  db: Db,
  onlyMunicipalityId?: string,
): Promise<{ rows: number; broken: ChainBreak | undefined }> {
  let query = db.selectFrom('municipality').select('id').orderBy('id');
  if (onlyMunicipalityId) query = query.where('id', '=', onlyMunicipalityId);
  const municipalities = await query.execute();
  let rows = 0;
  for (const { id } of municipalities) {
    let prevHash = GENESIS_HASH;
    let expectedSeq = 1;
    let after = 0;
    for (;;) {
      const batch = await db
        .selectFrom('audit_log')
        .selectAll()
        .where('municipality_id', '=', id)
        .where('seq', '>', after)
        .orderBy('seq')
        .limit(5000)
        .execute();
      if (batch.length === 0) break;
      for (const r of batch) {
        const seq = Number(r.seq);
        const at = (problem: string) => ({ rows, broken: { municipalityId: id, seq, problem } });
        if (seq !== expectedSeq) return at(`row ${expectedSeq} is missing (next row is ${seq})`);
        if (r.prev_hash !== prevHash) return at('prev_hash does not match the previous row');
        const { hash, ...fields } = r;
        if (auditHash({ ...fields, seq, details: r.details ?? {} }) !== hash)
          return at('hash does not match the row');
        prevHash = hash;
        expectedSeq += 1;
        after = seq;
        rows += 1;
      }
    }
  }
  return { rows, broken: undefined };
}
