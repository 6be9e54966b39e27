import { sql } from 'kysely';
import { anchoredMunicipalities, readAnchor } from './audit-anchor.ts';
import { chainHash, GENESIS_HASH } from './audit-chain.ts';
import type { AuditChainSettings } from './audit-key.ts';
import { asSystem, type Db } from './database.ts';
import { tenantJoin } from './tenant-join.ts';

export interface ChainBreak {
  municipalityId: string;
  /** The chain row (or, for an event outside the chain, the event's seq) where it broke. */
  seq: number;
  problem: string;
}

export interface VerifyResult {
  /** Chain rows verified. */
  rows: number;
  broken: ChainBreak | undefined;
  /** Events committed but not yet linked: normal for a few seconds, not a break. */
  pending: { count: number; oldest: Date | null };
}

const PAGE = 5000;

/**
 * Walks each municipality's chain: seq contiguous from 1, each prev_hash the previous hash, each
 * HMAC recomputed over its event (which must exist), no event linked twice, the anchored head
 * still in the chain with its hash, and every event either linked or pending. Returns the first
 * break. Needs the key: without it no one, the verifier included, can tell a forged row.
 */
export async function verifyAuditChain(
  db: Db,
  settings: AuditChainSettings,
  onlyMunicipalityId?: string,
): Promise<VerifyResult> {
  const inDb = await asSystem(db, 'audit-verify', (tx) =>
    tx.selectFrom('municipality').select('id').orderBy('id').execute(),
  );
  const ids = new Set([...inDb.map((m) => m.id), ...anchoredMunicipalities(settings.anchorDir)]);
  const result: VerifyResult = { rows: 0, broken: undefined, pending: { count: 0, oldest: null } };
  for (const id of [...ids].sort()) {
    if (onlyMunicipalityId && id !== onlyMunicipalityId) continue;
    const broken = await verifyMunicipality(db, settings, id, result);
    if (broken) return { ...result, broken };
  }
  return result;
}

async function verifyMunicipality(
  db: Db,
  settings: AuditChainSettings,
  id: string,
  result: VerifyResult,
): Promise<ChainBreak | undefined> {
  const at = (seq: number, problem: string): ChainBreak => ({ municipalityId: id, seq, problem });
  // Read before the chain: the chainer writes an anchor only after its rows are committed.
  const anchorRead = readAnchor(settings.anchorDir, id);
  if (anchorRead && 'problem' in anchorRead) return at(0, anchorRead.problem);
  const anchor = anchorRead?.anchor;
  let anchoredHash: string | undefined;
  let prevHash = GENESIS_HASH;
  let expected = 1;
  for (;;) {
    const page = await asSystem(db, 'audit-verify', (tx) =>
      tx
        .selectFrom('audit_chain as c')
        .leftJoin('audit_log as e', (j) => tenantJoin(j, 'e.seq', 'c.event_seq'))
        .select(['c.seq as chain_seq', 'c.event_seq', 'c.prev_hash', 'c.hash', 'e.seq as found'])
        .selectAll('e')
        .where('c.municipality_id', '=', id)
        .where('c.seq', '>=', expected)
        .orderBy('c.seq')
        .limit(PAGE)
        .execute(),
    );
    if (page.length === 0) break;
    for (const r of page) {
      const seq = Number(r.chain_seq);
      if (seq !== expected) return at(expected, `chain row ${expected} is missing (next is ${seq})`);
      if (r.prev_hash !== prevHash) return at(seq, 'prev_hash does not match the previous chain row');
      if (r.found === null) return at(seq, `event ${r.event_seq} of the chain row is missing`);
      const event = { ...r, seq: Number(r.event_seq), details: r.details ?? {} } as Parameters<
        typeof chainHash
      >[2];
      if (chainHash(settings.key, { municipalityId: id, seq, prevHash }, event) !== r.hash)
        return at(seq, `hash does not match event ${r.event_seq}`);
      if (anchor && seq === anchor.seq) anchoredHash = r.hash;
      prevHash = r.hash;
      expected += 1;
      result.rows += 1;
    }
  }
  const length = expected - 1;
  if (anchor && anchor.seq > length)
    return at(
      length + 1,
      `the chain ends at row ${length}, but its anchor of ${anchor.at} holds row ${anchor.seq}: rows were removed`,
    );
  if (anchor && anchoredHash !== anchor.hash)
    return at(anchor.seq, `chain row ${anchor.seq} differs from its anchor of ${anchor.at}`);

  return asSystem(db, 'audit-verify', async (tx) => {
    const twice = await sql<{ event_seq: number }>`
      SELECT event_seq FROM audit_chain WHERE municipality_id = ${id}
      GROUP BY event_seq HAVING count(*) > 1 ORDER BY event_seq LIMIT 1`.execute(tx);
    const dup = twice.rows[0];
    if (dup) return at(Number(dup.event_seq), `event ${dup.event_seq} is linked more than once`);
    // One statement, one snapshot: a chainer's run (markers out, chain rows in) is all or nothing.
    const state = await sql<{ orphan: number | null; pending: number; oldest: Date | null }>`
      SELECT
        (SELECT l.seq FROM audit_log l
         WHERE l.municipality_id = ${id}
           AND NOT EXISTS (SELECT 1 FROM audit_chain c WHERE c.municipality_id = l.municipality_id AND c.event_seq = l.seq)
           AND NOT EXISTS (SELECT 1 FROM audit_pending p WHERE p.municipality_id = l.municipality_id AND p.seq = l.seq)
         ORDER BY l.seq LIMIT 1) AS orphan,
        (SELECT count(*) FROM audit_pending WHERE municipality_id = ${id})::int AS pending,
        (SELECT min(l.at) FROM audit_pending p JOIN audit_log l USING (municipality_id, seq)
         WHERE p.municipality_id = ${id}) AS oldest`.execute(tx);
    const s = state.rows[0];
    if (s?.orphan != null)
      return at(Number(s.orphan), `event ${s.orphan} is neither in the chain nor pending`);
    if (s && s.pending > 0) {
      result.pending.count += s.pending;
      if (s.oldest && (!result.pending.oldest || s.oldest < result.pending.oldest))
        result.pending.oldest = s.oldest;
    }
    return undefined;
  });
}
