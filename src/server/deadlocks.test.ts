import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inMunicipality } from '../store/database.ts';
import { createLadderOffers } from '../testing/casework.ts';
import { type ApiClient, loginAll, startTestServer, type TestServer } from '../testing/server.ts';
import { userForUpdate } from './access/on-call.queries.ts';

/**
 * Deadlocks (issue #10, item 5): changing a user's on-call mark (now: a shift of the rota) while that user wrote gave 500
 * "deadlock detected" on about half the requests. The lock order is in docs/architecture.md
 * ("Locks"); what it cannot rule out, the retry of the whole transaction catches.
 */
let server: TestServer;
let c: Record<'admin' | 'caseworker', ApiClient>;
let offers: Record<number, string>;
beforeAll(async () => {
  server = await startTestServer({ label: 'deadlocks' });
  offers = await createLadderOffers(server.db, server.municipality);
  c = await loginAll(server, ['admin', 'caseworker']);
});
afterAll(() => server.close());

const occurredAt = new Date(Date.now() - 3_600_000).toISOString();

/** Runs `lanes` loops of `rounds` requests each, all at once; the statuses answered. */
async function together(
  lanes: number,
  rounds: number,
  request: (lane: number, round: number) => Promise<{ status: number; body: { error?: { id: string } } }>,
): Promise<(number | string)[]> {
  // A 5xx is kept with its error id, so that a failure says which.
  const statuses: (number | string)[] = [];
  await Promise.all(
    Array.from({ length: lanes }, async (_, lane) => {
      for (let round = 0; round < rounds; round++) {
        const res = await request(lane, round);
        statuses.push(res.status >= 500 ? `${res.status} ${res.body.error?.id}` : res.status);
      }
    }),
  );
  return statuses;
}

describe('the on-call rota of a user who is writing', () => {
  it('is changed under a lock that leaves the foreign keys to the user free', async () => {
    const caseworker = server.users.caseworker.id;
    await inMunicipality(server.appDb, server.municipality.id, async (tx) => {
      expect(await userForUpdate(tx, caseworker)).toMatchObject({ id: caseworker });
      // What a foreign-key check on a row referring to the user takes (the user's journal entry):
      // granted at once while the on-call change holds the user's row.
      const fkCheck =
        await sql`SELECT 1 AS one FROM app_user WHERE id = ${caseworker} FOR KEY SHARE NOWAIT`.execute(
          server.db,
        );
      expect(fkCheck.rows).toEqual([{ one: 1 }]);
    });
  });

  it('toggled in a loop while the user writes journal entries: no 5xx, every entry stored once', async () => {
    const caseworker = server.users.caseworker.id;
    const caseId = server.municipality.cases.inClass;
    const keys: string[] = [];
    const [toggles, writes] = await Promise.all([
      // Each lane puts the user on call and ends the shift again; lanes collide on purpose (409).
      together(3, 25, async (lane, round) => {
        if ((lane + round) % 2 === 0) {
          return c.admin.post(`/api/users/${caseworker}/on-call-shifts`, {
            endsAt: new Date(Date.now() + 3_600_000).toISOString(),
          });
        }
        const open = await c.admin.get(`/api/users/${caseworker}/on-call-shifts`);
        const shift = open.body.shifts?.[0];
        return shift ? c.admin.post(`/api/on-call-shifts/${shift.id}/end`, {}) : open;
      }),
      together(3, 25, (lane, round) => {
        const key = `deadlock-${lane}-${round}-${randomUUID()}`;
        keys.push(key);
        return c.caseworker.post(`/api/cases/${caseId}/journal`, {
          kind: 'note',
          occurredAt,
          text: `Notat ${lane}.${round} skrevet, mens vagten skifter.`,
          idempotencyKey: key,
        });
      }),
    ]);
    expect(toggles.filter((s) => ![200, 201, 409].includes(s as number))).toEqual([]);
    expect(writes.filter((s) => s !== 201)).toEqual([]);
    const stored = await server.db
      .selectFrom('journal_entry')
      .select(sql<number>`count(*)::int`.as('n'))
      .where('municipality_id', '=', server.municipality.id)
      .where('idempotency_key', 'in', keys)
      .executeTakeFirstOrThrow();
    expect(stored.n).toBe(keys.length);
  });
});

describe('an offer renamed while measures are decided on it', () => {
  it('answers no 5xx: the rename is audited before it locks the offer, as measures are', async () => {
    const offerId = offers[3] as string;
    const caseId = server.municipality.cases.inClass;
    const [renames, measures] = await Promise.all([
      together(2, 6, (lane, round) =>
        c.admin.patch(`/api/offers/${offerId}`, { name: `Tilbud trin 3 (${lane}.${round})` }),
      ),
      together(2, 6, (lane, round) =>
        c.caseworker.post(`/api/cases/${caseId}/measures`, {
          offerId,
          startDate: '2026-01-31',
          legalBasis: 'Barnets lov § 32',
          reason: `Besluttet ${lane}.${round}.`,
          idempotencyKey: `measure-${lane}-${round}-${randomUUID()}`,
        }),
      ),
    ]);
    expect(renames.filter((s) => s !== 200)).toEqual([]);
    expect(measures.filter((s) => s !== 201)).toEqual([]);
  });
});

describe('the row locks of request code', () => {
  it('are FOR NO KEY UPDATE, never FOR UPDATE, which would block every foreign key to the row', () => {
    const root = path.dirname(fileURLToPath(import.meta.url));
    const strong: string[] = [];
    for (const file of readdirSync(root, { recursive: true, encoding: 'utf8' })) {
      if (!file.endsWith('.ts') || file.endsWith('.test.ts')) continue;
      readFileSync(path.join(root, file), 'utf8')
        .split('\n')
        .forEach((line, i) => {
          const code = line.trim();
          if (code.startsWith('//') || code.startsWith('*')) return;
          if (/\.forUpdate\(|\bFOR UPDATE\b/i.test(code)) strong.push(`${file}:${i + 1}`);
        });
    }
    expect(strong).toEqual([]);
  });
});
