import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestMunicipality, type TestMunicipality } from '../testing/fixtures.ts';
import { testAuditSettings, testDb } from '../testing/server.ts';
import { appendEvents, chainOf, eventsOf, tamper } from './audit.testing.ts';
import { readAnchor } from './audit-anchor.ts';
import { chainHash, linkPending } from './audit-chain.ts';
import { verifyAuditChain } from './audit-verify.ts';
import type { Db } from './database.ts';

/**
 * Issue #10, item 7: each way of shortening or rewriting the chain that verified as intact with
 * the plain SHA-256 chain is found now (keyed hash, anchor outside the database).
 */
let db: Db;
const settings = testAuditSettings();
beforeAll(() => {
  db = testDb();
});
afterAll(() => db.destroy());

async function linkedMunicipality(label: string, events = 5): Promise<TestMunicipality> {
  const m = await createTestMunicipality(db, label);
  await appendEvents(db, m, events);
  await linkPending(db, m.id, settings);
  expect((await verifyAuditChain(db, settings, m.id)).broken).toBeUndefined();
  return m;
}

const brokenOf = async (m: TestMunicipality) => (await verifyAuditChain(db, settings, m.id)).broken;

describe('the anchored, keyed audit chain', () => {
  it('keeps the head outside the database after each run', async () => {
    const m = await linkedMunicipality('tamper-anchor', 3);
    const chain = await chainOf(db, m.id);
    expect(readAnchor(settings.anchorDir, m.id)).toEqual({
      anchor: { municipalityId: m.id, seq: 3, hash: chain[2]?.hash, at: expect.any(String) },
    });
  });

  it('finds an edited event', async () => {
    const m = await linkedMunicipality('tamper-edit');
    const target = (await chainOf(db, m.id))[2];
    await tamper(db, (tx) =>
      tx
        .updateTable('audit_log')
        .set({ action: 'changed' })
        .where('municipality_id', '=', m.id)
        .where('seq', '=', Number(target?.event_seq))
        .execute(),
    );
    expect(await brokenOf(m)).toEqual({
      municipalityId: m.id,
      seq: 3,
      problem: `hash does not match event ${target?.event_seq}`,
    });
  });

  it('finds an edit whose every hash after it was recomputed without the key', async () => {
    const m = await linkedMunicipality('tamper-rehash');
    const events = new Map((await eventsOf(db, m.id)).map((e) => [e.seq, e]));
    const chain = await chainOf(db, m.id);
    await tamper(db, async (tx) => {
      const edited = chain[1] as (typeof chain)[number];
      await tx
        .updateTable('audit_log')
        .set({ reason: 'skjult' })
        .where('municipality_id', '=', m.id)
        .where('seq', '=', edited.event_seq)
        .execute();
      // What the attacker can compute: the plain SHA-256 of the old chain over the same fields.
      let prev = chain[0]?.hash as string;
      for (const link of chain.slice(1)) {
        const event = { ...(events.get(link.event_seq) as NonNullable<ReturnType<typeof events.get>>) };
        if (link === edited) event.reason = 'skjult';
        const hash = createHash('sha256')
          .update(JSON.stringify({ prev, event, seq: link.seq }))
          .digest('hex');
        await tx
          .updateTable('audit_chain')
          .set({ prev_hash: prev, hash })
          .where('municipality_id', '=', m.id)
          .where('seq', '=', link.seq)
          .execute();
        prev = hash;
      }
    });
    expect(await brokenOf(m)).toMatchObject({
      seq: 2,
      problem: expect.stringMatching(/^hash does not match/),
    });
  });

  it('finds a forged chain row appended by the owner (the app role may not append at all)', async () => {
    const m = await linkedMunicipality('tamper-forge', 3);
    const [last] = (await chainOf(db, m.id)).slice(-1);
    const [lastEvent] = (await eventsOf(db, m.id)).slice(-1);
    await tamper(db, async (tx) => {
      await sql`ALTER TABLE audit_log DISABLE TRIGGER audit_log_pending`.execute(tx);
      const forged = await tx
        .insertInto('audit_log')
        .values({
          ...lastEvent,
          seq: undefined,
          action: 'forged',
          details: JSON.stringify(lastEvent?.details),
        } as never)
        .returning('seq')
        .executeTakeFirstOrThrow();
      await sql`ALTER TABLE audit_log ENABLE TRIGGER audit_log_pending`.execute(tx);
      // Without the key, the best guess is the plain hash of the row.
      const hash = createHash('sha256').update(`forged:${forged.seq}`).digest('hex');
      await tx
        .insertInto('audit_chain')
        .values({
          municipality_id: m.id,
          seq: 4,
          event_seq: forged.seq,
          prev_hash: last?.hash as string,
          hash,
        })
        .execute();
    });
    expect(await brokenOf(m)).toMatchObject({
      seq: 4,
      problem: expect.stringMatching(/^hash does not match/),
    });
  });

  it('finds the last rows deleted, events and chain rows alike, through the anchor', async () => {
    const m = await linkedMunicipality('tamper-tail');
    const chain = await chainOf(db, m.id);
    const tail = chain.slice(3);
    await tamper(db, async (tx) => {
      await tx.deleteFrom('audit_chain').where('municipality_id', '=', m.id).where('seq', '>', 3).execute();
      await tx
        .deleteFrom('audit_log')
        .where('municipality_id', '=', m.id)
        .where(
          'seq',
          'in',
          tail.map((t) => t.event_seq),
        )
        .execute();
    });
    // Every remaining row is intact: only the anchor tells that two are gone.
    expect(await brokenOf(m)).toEqual({
      municipalityId: m.id,
      seq: 4,
      problem: expect.stringMatching(
        /^the chain ends at row 3, but its anchor of .* holds row 5: rows were removed$/,
      ),
    });
  });

  it('finds a chain rebuilt with a key the verifier does not have', async () => {
    const m = await linkedMunicipality('tamper-rebuild', 3);
    const events = await eventsOf(db, m.id);
    const chain = await chainOf(db, m.id);
    const stolen = { ...settings, key: Buffer.alloc(32, 7) };
    await tamper(db, async (tx) => {
      let prevHash = '0'.repeat(64);
      for (const link of chain) {
        const event = events.find((e) => e.seq === link.event_seq) as (typeof events)[number];
        const hash = chainHash(stolen.key, { municipalityId: m.id, seq: link.seq, prevHash }, event);
        await tx
          .updateTable('audit_chain')
          .set({ prev_hash: prevHash, hash })
          .where('municipality_id', '=', m.id)
          .where('seq', '=', link.seq)
          .execute();
        prevHash = hash;
      }
    });
    expect(await brokenOf(m)).toMatchObject({
      seq: 1,
      problem: expect.stringMatching(/^hash does not match/),
    });
  });

  it('finds two chain rows swapped', async () => {
    const m = await linkedMunicipality('tamper-swap', 4);
    const chain = await chainOf(db, m.id);
    await tamper(db, async (tx) => {
      const [a, b] = [chain[1], chain[2]] as [(typeof chain)[number], (typeof chain)[number]];
      await sql`ALTER TABLE audit_chain DROP CONSTRAINT audit_chain_municipality_id_event_seq_key`.execute(
        tx,
      );
      await tx
        .updateTable('audit_chain')
        .set({ event_seq: b.event_seq })
        .where('municipality_id', '=', m.id)
        .where('seq', '=', a.seq)
        .execute();
      await tx
        .updateTable('audit_chain')
        .set({ event_seq: a.event_seq })
        .where('municipality_id', '=', m.id)
        .where('seq', '=', b.seq)
        .execute();
      await sql`ALTER TABLE audit_chain ADD CONSTRAINT audit_chain_municipality_id_event_seq_key UNIQUE (municipality_id, event_seq)`.execute(
        tx,
      );
    });
    expect(await brokenOf(m)).toMatchObject({
      seq: 2,
      problem: expect.stringMatching(/^hash does not match/),
    });
  });

  it('finds an anchor file that was damaged', async () => {
    const m = await linkedMunicipality('tamper-anchor-file', 1);
    const { writeFile } = await import('node:fs/promises');
    await writeFile(`${settings.anchorDir}/${m.id}.json`, 'nonsense');
    expect(await brokenOf(m)).toMatchObject({ seq: 0, problem: expect.stringMatching(/unreadable/) });
  });
});
