import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RETRY } from '../store/transient.ts';
import { type ApiClient, loginAll, startTestServer, type TestServer } from '../testing/server.ts';

/**
 * The server survives its database connections ending (issue #10, item 4): a restart, a failover
 * or pg_terminate_backend used to raise an unhandled 'error' on a checked-out client, and Node
 * exited. Here the server's own connections (found by their application_name, so other test files
 * on the same database are left alone) are ended between and during requests.
 */
let server: TestServer;
let c: Record<'admin' | 'caseworker', ApiClient>;
beforeAll(async () => {
  server = await startTestServer({ label: 'connection-drop' });
  c = await loginAll(server, ['admin', 'caseworker']);
});
afterAll(() => server.close());

/** Ends every connection of the server's request pool; waits until they are gone unless `waitMs` is 0. */
async function terminateServerConnections(waitMs = 5000): Promise<number> {
  const { rows } = await sql<{ n: number }>`
    SELECT count(*) FILTER (WHERE pg_terminate_backend(pid, ${waitMs}))::int AS n
    FROM pg_stat_activity WHERE application_name = ${server.applicationName}`.execute(server.db);
  return rows[0]?.n ?? 0;
}

async function serverConnectionsWaitingOnALock(): Promise<number> {
  const { rows } = await sql<{ n: number }>`
    SELECT count(*)::int AS n FROM pg_stat_activity
    WHERE application_name = ${server.applicationName} AND wait_event_type = 'Lock'`.execute(server.db);
  return rows[0]?.n ?? 0;
}

async function until(condition: () => Promise<boolean>, what: string): Promise<void> {
  for (let waited = 0; waited < 20_000; waited += 20) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`timed out waiting for ${what}`);
}

// One time for all: a retry must send exactly what the first request sent.
const occurredAt = new Date(Date.now() - 3_600_000).toISOString();
const journalEntry = (key: string) => ({
  kind: 'phone',
  occurredAt,
  text: `Telefonsamtale med mor (${key}).`,
  idempotencyKey: key,
});

async function journalKeysStored(keys: string[]): Promise<Map<string, number>> {
  const rows = await server.db
    .selectFrom('journal_entry')
    .select(['idempotency_key'])
    .where('municipality_id', '=', server.municipality.id)
    .where('idempotency_key', 'in', keys)
    .execute();
  const counts = new Map<string, number>();
  for (const r of rows) counts.set(r.idempotency_key ?? '', (counts.get(r.idempotency_key ?? '') ?? 0) + 1);
  return counts;
}

describe('a dropped database connection', () => {
  it('between requests: the next request gets a fresh connection', async () => {
    const caseId = server.municipality.cases.inClass;
    for (let round = 0; round < 5; round++) {
      expect((await c.caseworker.get('/api/session')).status).toBe(200);
      expect(await terminateServerConnections()).toBeGreaterThan(0);
      expect((await c.caseworker.get('/api/session')).status).toBe(200);
      await terminateServerConnections();
      const key = `drop-between-${round}-${randomUUID()}`;
      expect((await c.caseworker.post(`/api/cases/${caseId}/journal`, journalEntry(key))).status).toBe(201);
    }
  });

  it('in flight: the request answers 503 database_unavailable, nothing is stored, the next one works', async () => {
    const caseworker = server.users.caseworker.id;
    // Holding the user's row makes the on-call shift wait in the database, so it is surely in flight.
    let release: () => void = () => {};
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    const holding = server.db.transaction().execute(async (tx) => {
      await sql`SELECT 1 FROM app_user WHERE id = ${caseworker} FOR UPDATE`.execute(tx);
      await released;
    });
    try {
      const change = c.admin.post(`/api/users/${caseworker}/on-call-shifts`, {
        endsAt: new Date(Date.now() + 3_600_000).toISOString(),
      });
      // Each attempt on a fresh connection is ended again, until the retries are spent.
      for (let attempt = 0; attempt < RETRY.connectionAttempts; attempt++) {
        await until(async () => (await serverConnectionsWaitingOnALock()) > 0, 'the request to wait');
        expect(await terminateServerConnections()).toBeGreaterThan(0);
      }
      const res = await change;
      expect(res.status).toBe(503);
      expect(res.body.error.id).toBe('database_unavailable');
      expect(res.headers.get('retry-after')).toBe('2');
    } finally {
      release();
      await holding;
    }
    const stored = await server.db
      .selectFrom('on_call_shift')
      .select('id')
      .where('municipality_id', '=', server.municipality.id)
      .where('user_id', '=', caseworker)
      .execute();
    expect(stored).toEqual([]);
    const again = await c.admin.post(`/api/users/${caseworker}/on-call-shifts`, {
      endsAt: new Date(Date.now() + 3_600_000).toISOString(),
    });
    expect(again.status).toBe(201);
  });

  it('while requests run: no answer but 2xx or 503, and every acknowledged write is stored once', async () => {
    const caseId = server.municipality.cases.inClass;
    const statuses = new Map<number, number>();
    const acknowledged: string[] = [];
    const unanswered: string[] = [];
    let running = true;
    const lane = async (n: number) => {
      for (let i = 0; running; i++) {
        const key = `drop-lane-${n}-${i}-${randomUUID()}`;
        const res =
          i % 2 === 0
            ? await c.caseworker.post(`/api/cases/${caseId}/journal`, journalEntry(key))
            : await c.caseworker.get(`/api/cases/${caseId}/journal`);
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
        if (res.status >= 500) expect(res.body.error.id).toBe('database_unavailable');
        if (i % 2 === 0) (res.status === 201 ? acknowledged : unanswered).push(key);
      }
    };
    const lanes = [0, 1, 2, 3].map(lane);
    let terminated = 0;
    for (let round = 0; round < 20; round++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      terminated += await terminateServerConnections(0);
    }
    running = false;
    await Promise.all(lanes);
    expect(terminated).toBeGreaterThan(0);
    expect([...statuses.keys()].filter((s) => s >= 500 && s !== 503)).toEqual([]);
    expect(acknowledged.length).toBeGreaterThan(0);
    const stored = await journalKeysStored(acknowledged);
    expect(acknowledged.filter((k) => stored.get(k) !== 1)).toEqual([]);
    // A write that got 503 is sent again with its key: stored once, whether or not it was before.
    for (const key of unanswered) {
      expect([200, 201]).toContain(
        (await c.caseworker.post(`/api/cases/${caseId}/journal`, journalEntry(key))).status,
      );
    }
    const retried = await journalKeysStored(unanswered);
    expect(unanswered.filter((k) => retried.get(k) !== 1)).toEqual([]);
    expect((await c.caseworker.get('/api/session')).status).toBe(200);
  });
});
