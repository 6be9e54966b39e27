import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { replacementCpr } from '../core/cpr.ts';
import { testAuditSettings } from '../testing/server.ts';
import { chainOf, eventsOf } from './audit.testing.ts';
import { appendAudit } from './audit.ts';
import { linkPending } from './audit-chain.ts';
import { verifyAuditChain } from './audit-verify.ts';
import { connect, type Db, inMunicipality } from './database.ts';
import { migrate, migrationFiles } from './migrate.ts';
import { databaseUrlOf } from './open.ts';

/**
 * Migration 011 on a database that already has an audit log in the old shape (SHA-256 chain,
 * seq 1..n per municipality): every event keeps its fields, gains its child and case, and is
 * linked by the first chainer run; new events number above the old ones.
 */
const name = `trappen_audit_migration_${process.pid}_${Date.now()}`;
const migrations = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');
let admin: Db;
let db: Db;
/** The few rows the old log refers to, written in the schema of migration 010. */
let m: { id: string; child: string; caseId: string; user: string };

async function oldMunicipality(): Promise<typeof m> {
  const one = async (query: ReturnType<typeof sql<{ id: string }>>) =>
    (await query.execute(db)).rows[0]?.id as string;
  const id = await one(
    sql`INSERT INTO municipality (code, name) VALUES ('gammel', 'Gammel Kommune') RETURNING id`,
  );
  const district = await one(
    sql`INSERT INTO district (municipality_id, name, socio_economic_index) VALUES (${id}, 'Nord', 100) RETURNING id`,
  );
  const household = await one(
    sql`INSERT INTO household (municipality_id, district_id, address) VALUES (${id}, ${district}, 'Testvej 1') RETURNING id`,
  );
  const child =
    await one(sql`INSERT INTO child (municipality_id, cpr, first_name, last_name, birth_date, household_id, district_id)
    VALUES (${id}, ${replacementCpr('2019-03-04', 100)}, 'Alma', 'Testesen', '2019-03-04', ${household}, ${district}) RETURNING id`);
  const user =
    await one(sql`INSERT INTO app_user (municipality_id, username, display_name, role, password_hash)
    VALUES (${id}, 'raadgiver', 'Rådgiver', 'caseworker', 'x') RETURNING id`);
  const caseId =
    await one(sql`INSERT INTO cases (municipality_id, child_id, district_id, caseworker_id, opened_reason)
    VALUES (${id}, ${child}, ${district}, ${user}, 'Underretning') RETURNING id`);
  return { id, child, caseId, user };
}

beforeAll(async () => {
  admin = connect(inject('databaseUrl'), 1);
  await sql.raw(`CREATE DATABASE ${name}`).execute(admin);
  db = connect(databaseUrlOf(inject('databaseUrl'), name), 3);
  await sql`CREATE TABLE schema_migration (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`.execute(
    db,
  );
  for (const file of migrationFiles().filter((f) => f < '011')) {
    await db.transaction().execute(async (tx) => {
      await sql.raw(readFileSync(path.join(migrations, file), 'utf8')).execute(tx);
      await sql`INSERT INTO schema_migration (name) VALUES (${file})`.execute(tx);
    });
  }
  m = await oldMunicipality();
});
afterAll(async () => {
  await db?.destroy();
  await sql.raw(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).execute(admin);
  await admin.destroy();
});

describe('migration 011', () => {
  it('moves an existing audit log into the new shape and links it', async () => {
    const { child, caseId, user } = m;
    const old = [
      { entity_type: 'child', entity_id: child.toUpperCase(), details: {} },
      { entity_type: 'journal_entry', entity_id: null, details: { caseId, childId: child } },
      { entity_type: 'plan', entity_id: null, details: { caseId } },
      { entity_type: 'case', entity_id: caseId, details: {} },
      { entity_type: 'user', entity_id: user, details: { childId: 'not-a-uuid' } },
    ];
    for (const [i, row] of old.entries()) {
      await sql`INSERT INTO audit_log (municipality_id, seq, at, user_id, role, action, entity_type, entity_id,
          outcome, details, prev_hash, hash)
        VALUES (${m.id}, ${i + 1}, now(), ${user}, 'caseworker', 'read', ${row.entity_type},
          ${row.entity_id}, 'allowed', ${JSON.stringify(row.details)}, ${'0'.repeat(64)}, ${'1'.repeat(64)})`.execute(
        db,
      );
    }
    await migrate(db);

    const events = await eventsOf(db, m.id);
    expect(events.map((e) => [e.seq, e.entity_id, e.child_id, e.case_id])).toEqual([
      [1, child.toUpperCase(), child, null],
      [2, null, child, caseId],
      [3, null, child, caseId],
      [4, caseId, child, caseId],
      [5, user, null, null],
    ]);
    expect(events[0]).not.toHaveProperty('hash');

    const settings = testAuditSettings();
    expect(await verifyAuditChain(db, settings, m.id)).toMatchObject({
      broken: undefined,
      pending: { count: 5 },
    });
    expect((await linkPending(db, m.id, settings)).linked).toBe(5);
    expect((await chainOf(db, m.id)).map((r) => r.event_seq)).toEqual([1, 2, 3, 4, 5]);

    await inMunicipality(db, m.id, (tx) =>
      appendAudit(tx, {
        municipalityId: m.id,
        userId: user,
        role: 'caseworker',
        action: 'read',
        entityType: 'child',
        entityId: child,
        outcome: 'allowed',
      }),
    );
    expect((await eventsOf(db, m.id)).at(-1)?.seq).toBeGreaterThan(5);
    await linkPending(db, m.id, settings);
    expect(await verifyAuditChain(db, settings, m.id)).toMatchObject({ rows: 6, broken: undefined });
  });
});
