import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTestMunicipality, type TestMunicipality } from '../testing/fixtures.ts';
import { testAppDb, testDb } from '../testing/server.ts';
import { connectForRequests, type Db, inMunicipality, type Tx } from './database.ts';
import { DatabaseUnavailableError, RETRY } from './transient.ts';

/**
 * The retry of whole request transactions (src/store/transient.ts), on real PostgreSQL failures:
 * a real deadlock, a real serialisation failure and a real lost connection.
 */
let owner: Db;
let app: Db;
let m: TestMunicipality;
beforeAll(async () => {
  owner = testDb();
  app = testAppDb('trappen-test-transient');
  m = await createTestMunicipality(owner, 'transient');
});
afterAll(async () => {
  await app.destroy();
  await owner.destroy();
});

/** A district row named `name`, as a write to count: the transaction stored it or not. */
const insertDistrict = (tx: Tx, name: string) =>
  tx.insertInto('district').values({ municipality_id: m.id, name, socio_economic_index: 100 }).execute();

async function districtsNamed(name: string): Promise<number> {
  const { rows } = await sql<{ n: number }>`
    SELECT count(*)::int AS n FROM district WHERE municipality_id = ${m.id} AND name = ${name}`.execute(
    owner,
  );
  return rows[0]?.n ?? -1;
}

const lock = (tx: Tx, key: string) =>
  sql`SELECT pg_advisory_xact_lock(hashtextextended(${`transient-test:${m.id}:${key}`}, 0))`.execute(tx);

describe('a request transaction', () => {
  it('that deadlocks is run again, whole, and both transactions commit once', async () => {
    const attempts = { a: 0, b: 0 };
    let bothHoldTheirFirstLock: () => void = () => {};
    const barrier = new Promise<void>((resolve) => {
      let waiting = 2;
      bothHoldTheirFirstLock = () => {
        waiting -= 1;
        if (waiting === 0) resolve();
      };
    });
    // Opposite lock orders: PostgreSQL's deadlock detector rolls one of them back (40P01).
    const crossing = (name: 'a' | 'b', first: string, second: string) =>
      inMunicipality(app, m.id, async (tx) => {
        attempts[name] += 1;
        await insertDistrict(tx, `deadlock-${name}`);
        await lock(tx, first);
        if (attempts[name] === 1) {
          bothHoldTheirFirstLock();
          await barrier;
        }
        await lock(tx, second);
        return name;
      });
    expect(await Promise.all([crossing('a', 'x', 'y'), crossing('b', 'y', 'x')])).toEqual(['a', 'b']);
    expect(attempts.a + attempts.b).toBe(3);
    expect(await districtsNamed('deadlock-a')).toBe(1);
    expect(await districtsNamed('deadlock-b')).toBe(1);
  });

  it('that fails serialisation once is retried and commits once', async () => {
    let attempts = 0;
    const result = await inMunicipality(app, m.id, async (tx) => {
      attempts += 1;
      await insertDistrict(tx, 'serialisation');
      if (attempts === 1) {
        await sql`DO $$ BEGIN RAISE EXCEPTION 'could not serialize' USING ERRCODE = 'serialization_failure'; END $$`.execute(
          tx,
        );
      }
      return 'stored';
    });
    expect(result).toBe('stored');
    expect(attempts).toBe(2);
    expect(await districtsNamed('serialisation')).toBe(1);
  });

  it('that keeps deadlocking gives up after a few attempts with database_unavailable, storing nothing', async () => {
    let attempts = 0;
    const run = inMunicipality(app, m.id, async (tx) => {
      attempts += 1;
      await insertDistrict(tx, 'always-deadlocks');
      await sql`DO $$ BEGIN RAISE EXCEPTION 'deadlock' USING ERRCODE = 'deadlock_detected'; END $$`.execute(
        tx,
      );
    });
    await expect(run).rejects.toBeInstanceOf(DatabaseUnavailableError);
    await expect(run).rejects.toMatchObject({ id: 'database_unavailable', status: 503, failure: 'conflict' });
    expect(attempts).toBe(RETRY.conflictAttempts);
    expect(await districtsNamed('always-deadlocks')).toBe(0);
  });

  it('whose connection is ended before COMMIT runs again on a fresh connection, once', async () => {
    let attempts = 0;
    const pids: number[] = [];
    await inMunicipality(app, m.id, async (tx) => {
      attempts += 1;
      await insertDistrict(tx, 'terminated');
      const { rows } = await sql<{ pid: number }>`SELECT pg_backend_pid() AS pid`.execute(tx);
      pids.push(rows[0]?.pid ?? 0);
      // As pg_terminate_backend from outside, a restart or a failover would.
      if (attempts === 1) await sql`SELECT pg_terminate_backend(pg_backend_pid())`.execute(tx);
    });
    expect(attempts).toBe(2);
    expect(pids[1]).not.toBe(pids[0]);
    expect(await districtsNamed('terminated')).toBe(1);
    // The pool goes on with fresh connections.
    expect(await inMunicipality(app, m.id, async () => 'again')).toBe('again');
  });

  it('on a server that does not answer fails with database_unavailable', async () => {
    // Port 1 on loopback: nothing listens, the connection is refused at once.
    const nowhere = connectForRequests('postgres://trappen_app@127.0.0.1:1/none', { max: 1 });
    try {
      await expect(inMunicipality(nowhere, m.id, async () => 'never')).rejects.toMatchObject({
        id: 'database_unavailable',
        failure: 'connection',
      });
    } finally {
      await nowhere.destroy();
    }
  });

  it('that waits too long for a connection of a busy pool fails with database_unavailable, not retried', async () => {
    const busy = connectForRequests(inject('databaseAppUrl'), { max: 1, connectionTimeoutMs: 200 });
    let release: () => void = () => {};
    const held = busy.connection().execute(
      () =>
        new Promise<void>((resolve) => {
          release = resolve;
        }),
    );
    try {
      let attempts = 0;
      await expect(
        inMunicipality(busy, m.id, async () => {
          attempts += 1;
        }),
      ).rejects.toMatchObject({ id: 'database_unavailable', failure: 'timeout' });
      expect(attempts).toBe(0);
    } finally {
      release();
      await held;
      await busy.destroy();
    }
  });
});
