import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { appendAudit } from '../store/audit.ts';
import { asSystem, type Db, inMunicipality } from '../store/database.ts';
import { createTestMunicipality } from '../testing/fixtures.ts';
import { testDb } from '../testing/server.ts';

let db: Db;
beforeAll(() => {
  db = testDb();
});
afterAll(() => db.destroy());

describe('npm run audit:verify', () => {
  it('exits non-zero and names a broken row', async () => {
    const m = await createTestMunicipality(db, 'cli-verify');
    for (let i = 0; i < 3; i++) {
      await inMunicipality(db, m.id, (tx) =>
        appendAudit(tx, {
          municipalityId: m.id,
          userId: null,
          role: null,
          action: 'read',
          entityType: 'child',
          entityId: m.children.inClass.id,
          outcome: 'allowed',
        }),
      );
    }
    await asSystem(db, 'test-tamper', async (tx) => {
      await sql`ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update`.execute(tx);
      await tx.deleteFrom('audit_log').where('municipality_id', '=', m.id).where('seq', '=', 2).execute();
      await sql`ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update`.execute(tx);
    });
    // Asynchronous with a time limit: a synchronous child would block the worker beyond any timeout.
    const run = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'src/cli/audit-verify.ts'], {
      env: { ...process.env, DATABASE_URL: inject('databaseUrl') },
      timeout: 60_000,
    }).then(
      () => ({ code: 0, stderr: '' }),
      (error: { code?: number; stderr?: string }) => ({ code: error.code, stderr: error.stderr ?? '' }),
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/Audit log chain is BROKEN at municipality [0-9a-f-]{36}, row \d+/);
  });
});
