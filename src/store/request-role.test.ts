import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTestMunicipality, type TestMunicipality } from '../testing/fixtures.ts';
import { testAppDb, testDb } from '../testing/server.ts';
import { readConfig } from './config.ts';
import { APP_ROLE, asSystem, connect, type Db, inMunicipality, type Tx } from './database.ts';
import { checkRequestRole, DatabaseSetupError, derivedAppUrl, openDatabase } from './open.ts';

/**
 * Requests log in as trappen_app (issue #10, item 7): SQL injected into a request could say
 * RESET ROLE or SET ROLE, and must still be unable to leave trappen_app's rights.
 */
let owner: Db;
let app: Db;
let a: TestMunicipality;
let b: TestMunicipality;
let ownerName: string;
beforeAll(async () => {
  owner = testDb();
  app = testAppDb('trappen-test-request-role');
  a = await createTestMunicipality(owner, 'role-a');
  b = await createTestMunicipality(owner, 'role-b');
  ownerName = (await sql<{ u: string }>`SELECT current_user AS u`.execute(owner)).rows[0]?.u ?? '';
});
afterAll(async () => {
  await app.destroy();
  await owner.destroy();
});

/** What an injected statement would try first: drop the SET LOCAL ROLE and the municipality. */
async function escaped<T>(db: Db, work: (tx: Tx) => Promise<T>): Promise<T> {
  return inMunicipality(db, a.id, async (tx) => {
    await sql`RESET ROLE`.execute(tx);
    return work(tx);
  });
}

const childrenOf = async (tx: Tx, municipalityId: string) =>
  (
    await sql<{
      n: number;
    }>`SELECT count(*)::int AS n FROM child WHERE municipality_id = ${municipalityId}`.execute(tx)
  ).rows[0]?.n;

describe('the request connection', () => {
  it('logs in as trappen_app, and RESET ROLE leaves it trappen_app', async () => {
    const who = await escaped(
      app,
      async (tx) =>
        (await sql<{ u: string; s: string }>`SELECT current_user AS u, session_user AS s`.execute(tx))
          .rows[0],
    );
    expect(who).toEqual({ u: APP_ROLE, s: APP_ROLE });
  });

  it('cannot SET ROLE or SET SESSION AUTHORIZATION to the owner', async () => {
    expect(ownerName).not.toBe(APP_ROLE);
    await expect(
      inMunicipality(app, a.id, (tx) => sql.raw(`SET ROLE "${ownerName}"`).execute(tx)),
    ).rejects.toMatchObject({ code: '42501' });
    await expect(
      inMunicipality(app, a.id, (tx) => sql.raw(`SET SESSION AUTHORIZATION "${ownerName}"`).execute(tx)),
    ).rejects.toMatchObject({ code: '42501' });
  });

  it('cannot read another municipality’s rows, even after RESET ROLE', async () => {
    expect(await escaped(app, (tx) => childrenOf(tx, a.id))).toBe(5);
    expect(await escaped(app, (tx) => childrenOf(tx, b.id))).toBe(0);
    const unset = await escaped(app, async (tx) => {
      await sql`SELECT set_config('app.municipality_id', '', true)`.execute(tx);
      return childrenOf(tx, b.id);
    });
    expect(unset).toBe(0);
    // What this guards against: the owner's connection, escaped the same way, sees everything.
    expect(await escaped(owner, (tx) => childrenOf(tx, b.id))).toBe(5);
  });

  it('cannot update, delete or truncate the audit log, even after RESET ROLE', async () => {
    // Refused before a row is looked at, so no row needs to exist (nor to be forged here).
    for (const statement of [
      sql`UPDATE audit_log SET action = 'forged' WHERE municipality_id = ${a.id}`,
      sql`DELETE FROM audit_log WHERE municipality_id = ${a.id}`,
      sql`TRUNCATE audit_log`,
    ]) {
      // "permission denied for table", not the append-only trigger: the grant itself is missing.
      await expect(escaped(app, (tx) => statement.execute(tx))).rejects.toThrow(
        /permission denied for table/,
      );
    }
  });

  it('is not usable by asSystem, which needs the owner', async () => {
    await expect(asSystem(app, 'test', async () => 1)).rejects.toThrow(/owner/);
  });
});

describe('the start-up check of the request connection', () => {
  it('accepts trappen_app', async () => {
    await expect(checkRequestRole(app, 'test')).resolves.toBeUndefined();
  });

  it('refuses the owner’s connection for requests', async () => {
    const asOwner = connect(inject('databaseUrl'), 1);
    try {
      await expect(checkRequestRole(asOwner, 'DATABASE_APP_URL')).rejects.toThrow(
        /can become .* escape row-level security/,
      );
    } finally {
      await asOwner.destroy();
    }
  });

  it('gives requests trappen_app and keeps the owner for migrations and asSystem', async () => {
    const config = {
      ...readConfig({}),
      databaseUrl: inject('databaseUrl'),
      databaseAppUrl: inject('databaseAppUrl'),
    };
    const database = await openDatabase(config);
    try {
      const who = async (db: Db) =>
        (await sql<{ u: string }>`SELECT session_user AS u`.execute(db)).rows[0]?.u;
      expect(await who(database.db)).toBe(APP_ROLE);
      expect(await who(database.ownerDb)).toBe(ownerName);
    } finally {
      await database.close();
    }
  });

  it('names DATABASE_APP_URL when the request connection cannot be made', async () => {
    const wrong = new URL(inject('databaseAppUrl'));
    wrong.username = 'trappen_nobody';
    const config = {
      ...readConfig({}),
      databaseUrl: inject('databaseUrl'),
      databaseAppUrl: wrong.toString(),
    };
    const opening = openDatabase(config);
    await expect(opening).rejects.toBeInstanceOf(DatabaseSetupError);
    await expect(opening).rejects.toThrow(
      /could not connect for requests as trappen_app \(DATABASE_APP_URL\)/,
    );
  });

  it('derives the request connection from DATABASE_URL with the user trappen_app and no password', () => {
    expect(derivedAppUrl('postgres://owner:secret@db.example:5433/trappen?sslmode=require')).toBe(
      'postgres://trappen_app@db.example:5433/trappen?sslmode=require',
    );
    expect(derivedAppUrl('postgres:///trappen?host=/run/postgresql&user=owner&password=x')).toBe(
      'postgres:///trappen?host=%2Frun%2Fpostgresql&user=trappen_app',
    );
  });
});
