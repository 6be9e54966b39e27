import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestMunicipality, type TestMunicipality } from '../testing/fixtures.ts';
import { testDb } from '../testing/server.ts';
import { type Db, inMunicipality } from './database.ts';

let db: Db;
let a: TestMunicipality;
let b: TestMunicipality;
beforeAll(async () => {
  db = testDb();
  a = await createTestMunicipality(db, 'tenant-a');
  b = await createTestMunicipality(db, 'tenant-b');
});
afterAll(() => db.destroy());

/** Tables without municipality_id hold shared reference data (Citus reference tables). */
const REFERENCE_TABLES = new Set(['municipality', 'schema_migration', 'default_ladder_step']);

describe('the schema is Citus-ready', () => {
  it('gives every tenant table municipality_id first in its primary key, unique constraints and foreign keys', async () => {
    const { rows } = await sql<{
      table: string;
      kind: string;
      name: string;
      first: string;
      has_mid: boolean;
      ref_table: string | null;
    }>`
      SELECT c.relname AS table, con.contype AS kind, con.conname AS name,
             (SELECT attname FROM pg_attribute WHERE attrelid = c.oid AND attnum = con.conkey[1]) AS first,
             EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = c.oid AND attname = 'municipality_id' AND attnum = ANY (con.conkey)) AS has_mid,
             rc.relname AS ref_table
      FROM pg_constraint con
      JOIN pg_class c ON c.oid = con.conrelid
      JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
      LEFT JOIN pg_class rc ON rc.oid = con.confrelid
      WHERE con.contype IN ('p', 'u', 'f')`.execute(db);
    const tables = new Set(rows.map((r) => r.table));
    expect(tables.size).toBeGreaterThan(10);
    const problems: string[] = [];
    for (const r of rows) {
      if (REFERENCE_TABLES.has(r.table)) continue;
      if (r.kind === 'f' && r.ref_table === 'municipality') continue;
      if (r.kind === 'f' && r.ref_table && REFERENCE_TABLES.has(r.ref_table)) continue;
      if (!r.has_mid || (r.kind !== 'f' && r.first !== 'municipality_id'))
        problems.push(`${r.table}.${r.name}`);
    }
    expect(problems).toEqual([]);
  });

  it('has row-level security on every table with municipality_id', async () => {
    const { rows } = await sql<{ table: string; rls: boolean }>`
      SELECT c.relname AS table, c.relrowsecurity AS rls
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
      WHERE c.relkind = 'r' AND EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = c.oid AND attname = 'municipality_id')`.execute(
      db,
    );
    expect(rows.length).toBeGreaterThan(10);
    expect(rows.filter((r) => !r.rls).map((r) => r.table)).toEqual([]);
  });

  it('runs requests as a role that cannot bypass row-level security', async () => {
    const role = await inMunicipality(db, a.id, async (tx) => {
      const { rows } = await sql<{ user: string; bypass: boolean; superuser: boolean }>`
        SELECT current_user AS user, rolbypassrls AS bypass, rolsuper AS superuser FROM pg_roles WHERE rolname = current_user`.execute(
        tx,
      );
      return rows[0];
    });
    expect(role).toEqual({ user: 'trappen_app', bypass: false, superuser: false });
  });
});

describe('row-level security', () => {
  it('shows a transaction of municipality A only its own rows', async () => {
    const seen = await inMunicipality(db, a.id, async (tx) => ({
      children: await tx.selectFrom('child').select(['id', 'municipality_id']).execute(),
      users: await tx.selectFrom('app_user').select('municipality_id').execute(),
      municipalities: await tx.selectFrom('municipality').select('id').execute(),
      bChild: await tx.selectFrom('child').select('id').where('id', '=', b.children.inClass.id).execute(),
    }));
    expect(seen.children).toHaveLength(5);
    expect(new Set(seen.children.map((c) => c.municipality_id))).toEqual(new Set([a.id]));
    expect(new Set(seen.users.map((u) => u.municipality_id))).toEqual(new Set([a.id]));
    expect(seen.municipalities).toEqual([{ id: a.id }]);
    expect(seen.bChild).toEqual([]);
  });

  it('refuses writes into municipality B from a transaction of A, and leaves B unchanged', async () => {
    const insert = inMunicipality(db, a.id, (tx) =>
      tx
        .insertInto('district')
        .values({ municipality_id: b.id, name: 'Indtrængt', socio_economic_index: 100 })
        .execute(),
    );
    await expect(insert).rejects.toThrow(/row-level security/);
    const updated = await inMunicipality(db, a.id, (tx) =>
      tx
        .updateTable('child')
        .set({ first_name: 'Ændret' })
        .where('municipality_id', '=', b.id)
        .executeTakeFirst(),
    );
    expect(Number(updated.numUpdatedRows)).toBe(0);
    const deleted = await inMunicipality(db, a.id, (tx) =>
      tx.deleteFrom('enrolment').where('municipality_id', '=', b.id).executeTakeFirst(),
    );
    expect(Number(deleted.numDeletedRows)).toBe(0);
    const bChild = await inMunicipality(db, b.id, (tx) =>
      tx
        .selectFrom('child')
        .select('first_name')
        .where('id', '=', b.children.inClass.id)
        .executeTakeFirstOrThrow(),
    );
    expect(bChild.first_name).toBe(b.children.inClass.firstName);
  });

  it('shows nothing when no municipality is set', async () => {
    const rows = await db.transaction().execute(async (tx) => {
      await sql`SET LOCAL ROLE trappen_app`.execute(tx);
      return tx.selectFrom('child').select('id').execute();
    });
    expect(rows).toEqual([]);
  });
});
