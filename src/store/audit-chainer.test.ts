import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestMunicipality } from '../testing/fixtures.ts';
import { testAuditSettings, testDb } from '../testing/server.ts';
import { appendEvents, chainOf } from './audit.testing.ts';
import { linkPending } from './audit-chain.ts';
import { startAuditChainer } from './audit-chainer.ts';
import { verifyAuditChain } from './audit-verify.ts';
import type { Db } from './database.ts';

let db: Db;
const settings = testAuditSettings();
const errors: unknown[] = [];
beforeAll(() => {
  db = testDb();
});
afterAll(() => db.destroy());

// The sweep links every municipality's pending events: the test that events stay pending until
// linked lives in this file, so that no sweep of a test running in parallel links them first.
describe('the chainer', () => {
  it('reports events not yet linked as pending, not as a break, and links them on the next run', async () => {
    const other = await createTestMunicipality(db, 'audit-pending');
    await appendEvents(db, other, 3);
    const before = await verifyAuditChain(db, settings, other.id);
    expect(before.broken).toBeUndefined();
    expect(before.pending.count).toBe(3);
    expect(before.pending.oldest).toBeInstanceOf(Date);
    await linkPending(db, other.id, settings);
    expect(await verifyAuditChain(db, settings, other.id)).toMatchObject({ rows: 3, pending: { count: 0 } });
  });

  it('links on pokes, coalescing those that come during a run, one run at a time', async () => {
    const m = await createTestMunicipality(db, 'chainer-poke');
    const chainer = startAuditChainer(db, settings, { sweepMs: 0, onError: (e) => errors.push(e) });
    try {
      for (let round = 0; round < 5; round++) {
        await appendEvents(db, m, 4, `round-${round}`);
        for (let i = 0; i < 10; i++) chainer.poke(m.id);
      }
      await chainer.idle();
      const chain = await chainOf(db, m.id);
      expect(chain.map((r) => r.seq)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
      expect(await verifyAuditChain(db, settings, m.id)).toMatchObject({ rows: 20, pending: { count: 0 } });
    } finally {
      await chainer.stop();
    }
    expect(errors).toEqual([]);
  });

  it('links what nobody poked for in its sweep, and once more when it stops', async () => {
    const m = await createTestMunicipality(db, 'chainer-sweep');
    await appendEvents(db, m, 3);
    const chainer = startAuditChainer(db, settings, { sweepMs: 100, onError: (e) => errors.push(e) });
    try {
      // The sweep at start and every 100 ms: no poke at all.
      for (let i = 0; i < 100 && (await chainOf(db, m.id)).length < 3; i++)
        await new Promise((r) => setTimeout(r, 50));
      expect((await chainOf(db, m.id)).length).toBe(3);
      chainer.poke(m.id);
      await chainer.idle();
      await appendEvents(db, m, 2, 'late');
    } finally {
      await chainer.stop();
    }
    // The final run at stop linked the two events written after the last poke.
    expect(await verifyAuditChain(db, settings, m.id)).toMatchObject({ rows: 5, pending: { count: 0 } });
    expect(errors).toEqual([]);
  });

  it('never links an event twice when two chainers (two processes) run at once', async () => {
    const m = await createTestMunicipality(db, 'chainer-two');
    const other = testDb();
    const a = startAuditChainer(db, settings, { sweepMs: 0, onError: (e) => errors.push(e) });
    const b = startAuditChainer(other, settings, { sweepMs: 0, onError: (e) => errors.push(e) });
    try {
      await Promise.all(
        Array.from({ length: 6 }, async (_, i) => {
          await appendEvents(db, m, 3, `p${i}`);
          (i % 2 ? a : b).poke(m.id);
        }),
      );
      await Promise.all([a.idle(), b.idle()]);
      a.poke(m.id);
      await a.idle();
      expect(await verifyAuditChain(db, settings, m.id)).toMatchObject({
        rows: 18,
        broken: undefined,
        pending: { count: 0 },
      });
    } finally {
      await a.stop();
      await b.stop();
      await other.destroy();
    }
    expect(errors).toEqual([]);
  });
});
