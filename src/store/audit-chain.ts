import { createHmac } from 'node:crypto';
import { type Selectable, sql } from 'kysely';
import { canonicalJson } from './audit.ts';
import { writeAnchor } from './audit-anchor.ts';
import type { AuditChainSettings } from './audit-key.ts';
import { asSystem, type Db } from './database.ts';
import type { AuditLogTable } from './schema.ts';

/**
 * Linking committed audit events into each municipality's chain (audit_chain), off the request
 * path. Each chain row is an HMAC-SHA256 with a key the database does not hold (AUDIT_KEY or the
 * key file), over the event's fields, the chain row's seq, the event's seq and the previous
 * hash: without the key nobody can recompute the chain after an edit or forge a row. After each
 * commit the head is written outside the database (audit-anchor.ts), so a removed tail shows too.
 */
export const GENESIS_HASH = '0'.repeat(64);
/** Names the hashed layout, so a future change of fields cannot be confused with this one. */
const HASH_VERSION = 'trappen-audit-chain-1';
/** Events linked per transaction: bounds a run after a long outage or the migration. */
const BATCH = 1000;

export type AuditEventRow = Selectable<AuditLogTable>;

export interface ChainLink {
  municipalityId: string;
  seq: number;
  prevHash: string;
}

export function chainHash(key: Buffer, link: ChainLink, event: AuditEventRow): string {
  const body = canonicalJson({
    v: HASH_VERSION,
    chain_municipality_id: link.municipalityId,
    chain_seq: String(link.seq),
    prev_hash: link.prevHash,
    municipality_id: event.municipality_id,
    event_seq: String(event.seq),
    at: event.at.toISOString(),
    user_id: event.user_id,
    role: event.role,
    action: event.action,
    entity_type: event.entity_type,
    entity_id: event.entity_id,
    child_id: event.child_id,
    case_id: event.case_id,
    outcome: event.outcome,
    emergency: event.emergency,
    on_call: event.on_call,
    reason: event.reason,
    details: event.details ?? {},
  });
  return createHmac('sha256', key).update(body).digest('hex');
}

/** Held by the chainer's transaction only; requests never take it. */
function chainLock(municipalityId: string) {
  return sql`SELECT pg_advisory_xact_lock(hashtextextended(${`audit-chain:${municipalityId}`}, 0))`;
}

export interface LinkResult {
  linked: number;
  head: { seq: number; hash: string } | undefined;
}

/**
 * One run for one municipality: in a transaction, take its pending markers (DELETE … RETURNING),
 * read those events in seq order, append chain rows after the current head, commit; then write
 * the anchor. A crash before commit leaves the markers in place; after it, the chain has the rows.
 * So nothing is lost or linked twice. Repeats while a full batch was taken.
 */
export async function linkPending(
  db: Db,
  municipalityId: string,
  settings: AuditChainSettings,
): Promise<LinkResult> {
  let linked = 0;
  let head: LinkResult['head'];
  for (;;) {
    const run = await asSystem(db, 'audit-chain', async (tx) => {
      await chainLock(municipalityId).execute(tx);
      const taken = await sql<{ seq: number }>`
        DELETE FROM audit_pending
        WHERE municipality_id = ${municipalityId}
          AND seq IN (SELECT seq FROM audit_pending WHERE municipality_id = ${municipalityId}
                      ORDER BY seq LIMIT ${BATCH})
        RETURNING seq`.execute(tx);
      if (taken.rows.length === 0) return undefined;
      // A marker for an event already linked (only the app role's own insert could make one) is
      // dropped rather than stopping the chain on the unique event_seq.
      const events = await tx
        .selectFrom('audit_log')
        .selectAll('audit_log')
        .where('audit_log.municipality_id', '=', municipalityId)
        .where(
          'audit_log.seq',
          'in',
          taken.rows.map((r) => Number(r.seq)),
        )
        .where(({ not, exists, selectFrom }) =>
          not(
            exists(
              selectFrom('audit_chain')
                .select(sql`1`.as('one'))
                .whereRef('audit_chain.municipality_id', '=', 'audit_log.municipality_id')
                .whereRef('audit_chain.event_seq', '=', 'audit_log.seq'),
            ),
          ),
        )
        .orderBy('audit_log.seq')
        .execute();
      const last = await tx
        .selectFrom('audit_chain')
        .select(['seq', 'hash'])
        .where('municipality_id', '=', municipalityId)
        .orderBy('seq', 'desc')
        .limit(1)
        .executeTakeFirst();
      let seq = last ? Number(last.seq) : 0;
      let prevHash = last?.hash ?? GENESIS_HASH;
      const rows = events.map((event) => {
        seq += 1;
        const hash = chainHash(settings.key, { municipalityId, seq, prevHash }, event);
        const row = { municipality_id: municipalityId, seq, event_seq: event.seq, prev_hash: prevHash, hash };
        prevHash = hash;
        return row;
      });
      if (rows.length > 0) await tx.insertInto('audit_chain').values(rows).execute();
      return { count: rows.length, head: { seq, hash: prevHash }, more: taken.rows.length === BATCH };
    });
    if (!run) break;
    linked += run.count;
    if (run.head.seq > 0) {
      head = run.head;
      await writeAnchor(settings.anchorDir, { municipalityId, ...run.head });
    }
    if (!run.more) break;
  }
  return { linked, head };
}

/** Municipalities with events still to link (the sweep's work list). */
export async function pendingMunicipalities(db: Db): Promise<string[]> {
  const rows = await asSystem(db, 'audit-chain-sweep', (tx) =>
    tx.selectFrom('audit_pending').select('municipality_id').distinct().execute(),
  );
  return rows.map((r) => r.municipality_id);
}
