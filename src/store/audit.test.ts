import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestMunicipality, type TestMunicipality } from '../testing/fixtures.ts';
import { testAuditSettings, testDb } from '../testing/server.ts';
import { appendEvents, chainOf, eventOf, eventsOf, tamper } from './audit.testing.ts';
import { appendAudit, canonicalJson } from './audit.ts';
import { linkPending } from './audit-chain.ts';
import { verifyAuditChain } from './audit-verify.ts';
import { asSystem, type Db, inMunicipality } from './database.ts';

let db: Db;
let m: TestMunicipality;
const settings = testAuditSettings();
beforeAll(async () => {
  db = testDb();
  m = await createTestMunicipality(db, 'audit');
});
afterAll(() => db.destroy());

describe('the audit log', () => {
  it('hashes canonical JSON independent of key order', () => {
    expect(canonicalJson({ b: 1, a: { d: 2, c: [3] } })).toBe('{"a":{"c":[3],"d":2},"b":1}');
  });

  it('links events written concurrently into one contiguous chain that verifies', async () => {
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        inMunicipality(db, m.id, (tx) => appendAudit(tx, eventOf(m, `read-${i}`))),
      ),
    );
    const linked = await linkPending(db, m.id, settings);
    expect(linked.linked).toBe(20);
    const chain = await chainOf(db, m.id);
    expect(chain.map((r) => r.seq)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    for (let i = 1; i < chain.length; i++) expect(chain[i]?.prev_hash).toBe(chain[i - 1]?.hash);
    // The events' own seq come from one global sequence, in the order they were linked.
    const events = chain.map((r) => r.event_seq);
    expect(events).toEqual([...events].sort((a, b) => a - b));
    const result = await verifyAuditChain(db, settings, m.id);
    expect(result).toEqual({ rows: 20, broken: undefined, pending: { count: 0, oldest: null } });
  });

  it('takes no lock in the request: a transaction with an open event does not hold up another', async () => {
    const other = await createTestMunicipality(db, 'audit-nolock');
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let appended = () => {};
    const firstAppended = new Promise<void>((resolve) => {
      appended = resolve;
    });
    const first = inMunicipality(db, other.id, async (tx) => {
      await appendAudit(tx, eventOf(other, 'first'));
      appended();
      await held;
    });
    await firstAppended;
    // Before issue #10 the second writer waited for the first's advisory lock until its commit.
    const second = inMunicipality(db, other.id, (tx) => appendAudit(tx, eventOf(other, 'second'))).then(
      () => 'committed',
    );
    const outcome = await Promise.race([second, new Promise((r) => setTimeout(() => r('waited'), 3000))]);
    release();
    await first;
    await second;
    expect(outcome).toBe('committed');
  });

  it('refuses updates and deletes of events and chain rows, even from the table owner', async () => {
    await appendEvents(db, m, 1, 'guarded');
    await linkPending(db, m.id, settings);
    await expect(
      inMunicipality(db, m.id, (tx) =>
        tx.updateTable('audit_log').set({ action: 'x' }).where('municipality_id', '=', m.id).execute(),
      ),
    ).rejects.toThrow();
    for (const table of ['audit_log', 'audit_chain'] as const) {
      await expect(
        asSystem(db, 'test', (tx) => tx.deleteFrom(table).where('municipality_id', '=', m.id).execute()),
      ).rejects.toThrow(/append-only/);
    }
  });

  it('lets the app role neither write the chain nor read or remove pending markers', async () => {
    await appendEvents(db, m, 1, 'hidden');
    const asApp = (query: string) =>
      inMunicipality(db, m.id, (tx) => sql.raw(query).execute(tx)).then(
        () => 'allowed',
        (error: Error) => error.message,
      );
    const values = `('${m.id}', 999999, 1, '${'0'.repeat(64)}', '${'1'.repeat(64)}')`;
    expect(
      await asApp(
        `INSERT INTO audit_chain (municipality_id, seq, event_seq, prev_hash, hash) VALUES ${values}`,
      ),
    ).toMatch(/permission denied/);
    expect(await asApp('DELETE FROM audit_pending')).toMatch(/permission denied/);
    expect(await asApp('SELECT * FROM audit_pending')).toMatch(/permission denied/);
  });

  it('names an event that is neither linked nor pending', async () => {
    const other = await createTestMunicipality(db, 'audit-orphan');
    await appendEvents(db, other, 2);
    await linkPending(db, other.id, settings);
    // An event slipped in without its marker: only possible with the pending trigger off.
    await tamper(db, async (tx) => {
      await sql`ALTER TABLE audit_log DISABLE TRIGGER audit_log_pending`.execute(tx);
      await appendAudit(tx, eventOf(other, 'unmarked'));
      await sql`ALTER TABLE audit_log ENABLE TRIGGER audit_log_pending`.execute(tx);
    });
    const orphan = (await eventsOf(db, other.id)).at(-1);
    expect(await verifyAuditChain(db, settings, other.id)).toMatchObject({
      broken: {
        municipalityId: other.id,
        seq: orphan?.seq,
        problem: expect.stringMatching(/neither in the chain nor pending/),
      },
    });
  });
});

describe('the writer', () => {
  it('stores ids in lower case and names the child and the case of every event', async () => {
    const other = await createTestMunicipality(db, 'audit-ids');
    const childId = other.children.inClass.id;
    const caseId = other.cases.inClass;
    const write = (action: string, overrides: Parameters<typeof eventOf>[2]) =>
      inMunicipality(db, other.id, (tx) => appendAudit(tx, eventOf(other, action, overrides)));
    await write('entity', { entityId: childId.toUpperCase(), details: {} });
    await write('details', { entityType: 'journal_entry', entityId: null, details: { caseId, childId } });
    await write('event', {
      entityType: 'plan',
      entityId: null,
      caseId: caseId.toUpperCase(),
      childId,
      details: {},
    });
    await write('case', {
      entityType: 'case',
      entityId: caseId,
      details: { childId: childId.toUpperCase() },
    });
    // A client's garbage where an id belongs stays in details and does not fail the row.
    await write('garbage', { entityType: 'report', entityId: 'F8', details: { childId: 'not-a-uuid' } });
    const rows = await eventsOf(db, other.id);
    const pick = (r: (typeof rows)[number]) => [r.action, r.entity_id, r.child_id, r.case_id];
    expect(rows.map(pick)).toEqual([
      ['entity', childId, childId, null],
      ['details', null, childId, caseId],
      ['event', null, childId, caseId],
      ['case', caseId, childId, caseId],
      ['garbage', 'F8', null, null],
    ]);
  });

  it('writes a row whatever a client put in its strings: NUL and unpaired surrogates become U+FFFD', async () => {
    const other = await createTestMunicipality(db, 'audit-nul');
    await inMunicipality(db, other.id, (tx) =>
      appendAudit(
        tx,
        eventOf(other, 'search', {
          outcome: 'denied',
          entityId: 'a\u0000b',
          reason: 'nul\u0000 og \uD800 alene',
          details: { 'nøgle\u0000': ['\uDC00x', { q: 'y\uD83D' }], ok: '😀' },
        }),
      ),
    );
    const [row] = await eventsOf(db, other.id);
    expect(row).toMatchObject({
      entity_id: 'a\uFFFDb',
      reason: 'nul\uFFFD og \uFFFD alene',
      details: { 'nøgle\uFFFD': ['\uFFFDx', { q: 'y\uFFFD' }], ok: '😀' },
    });
    await linkPending(db, other.id, settings);
    expect(await verifyAuditChain(db, settings, other.id)).toMatchObject({ rows: 1, broken: undefined });
  });
});
