import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestMunicipality, type TestMunicipality } from '../testing/fixtures.ts';
import { testDb } from '../testing/server.ts';
import { appendAudit, canonicalJson, verifyAuditChain } from './audit.ts';
import { asSystem, type Db, inMunicipality } from './database.ts';

let db: Db;
let m: TestMunicipality;
beforeAll(async () => {
  db = testDb();
  m = await createTestMunicipality(db, 'audit');
});
afterAll(() => db.destroy());

const event = (action: string) => ({
  municipalityId: m.id,
  userId: m.users.caseworker.id,
  role: 'caseworker',
  action,
  entityType: 'child',
  entityId: m.children.inClass.id,
  outcome: 'allowed' as const,
  details: { z: 1, a: { y: [1, 'x'], b: null } },
});

describe('audit log', () => {
  it('hashes canonical JSON independent of key order', () => {
    expect(canonicalJson({ b: 1, a: { d: 2, c: [3] } })).toBe('{"a":{"c":[3],"d":2},"b":1}');
  });

  it('chains rows, also when written concurrently, and verifies', async () => {
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        inMunicipality(db, m.id, (tx) => appendAudit(tx, event(`read-${i}`))),
      ),
    );
    const rows = await asSystem(db, 'test', (tx) =>
      tx
        .selectFrom('audit_log')
        .select(['seq', 'prev_hash', 'hash'])
        .where('municipality_id', '=', m.id)
        .orderBy('seq')
        .execute(),
    );
    expect(rows.map((r) => r.seq)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    for (let i = 1; i < rows.length; i++) expect(rows[i]?.prev_hash).toBe(rows[i - 1]?.hash);
    const result = await verifyAuditChain(db, m.id);
    expect(result.broken).toBeUndefined();
    expect(result.rows).toBe(20);
  });

  it('refuses updates and deletes, even from the table owner', async () => {
    await expect(
      inMunicipality(db, m.id, (tx) =>
        tx.updateTable('audit_log').set({ action: 'x' }).where('municipality_id', '=', m.id).execute(),
      ),
    ).rejects.toThrow();
    await expect(
      asSystem(db, 'test', (tx) => tx.deleteFrom('audit_log').where('municipality_id', '=', m.id).execute()),
    ).rejects.toThrow(/append-only/);
  });

  it('names the first broken row when a row is tampered with', async () => {
    const other = await createTestMunicipality(db, 'audit-tamper');
    for (let i = 0; i < 5; i++) {
      await inMunicipality(db, other.id, (tx) =>
        appendAudit(tx, { ...event(`read-${i}`), municipalityId: other.id }),
      );
    }
    // Tampering needs a superuser who disables the trigger: exactly what verification must catch.
    await asSystem(db, 'test-tamper', async (tx) => {
      await sql`ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update`.execute(tx);
      await tx
        .updateTable('audit_log')
        .set({ action: 'changed' })
        .where('municipality_id', '=', other.id)
        .where('seq', '=', 3)
        .execute();
      await sql`ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update`.execute(tx);
    });
    const result = await verifyAuditChain(db, other.id);
    expect(result.broken).toEqual({
      municipalityId: other.id,
      seq: 3,
      problem: 'hash does not match the row',
    });
  });
});
