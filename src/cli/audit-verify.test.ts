import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { appendEvents, tamper } from '../store/audit.testing.ts';
import { linkPending } from '../store/audit-chain.ts';
import type { Db } from '../store/database.ts';
import { createTestMunicipality } from '../testing/fixtures.ts';
import { testAuditEnv, testAuditSettings, testDb } from '../testing/server.ts';

let db: Db;
beforeAll(() => {
  db = testDb();
});
afterAll(() => db.destroy());

// Asynchronous with a time limit: a synchronous child would block the worker beyond any timeout.
function verifyCli(env: Record<string, string>) {
  return promisify(execFile)(process.execPath, ['--import', 'tsx', 'src/cli/audit-verify.ts'], {
    env: { ...process.env, DATABASE_URL: inject('databaseUrl'), AUDIT_KEY: '', AUDIT_ANCHOR_DIR: '', ...env },
    timeout: 60_000,
  }).then(
    () => ({ code: 0, stderr: '' }),
    (error: { code?: number; stderr?: string }) => ({ code: error.code, stderr: error.stderr ?? '' }),
  );
}

describe('npm run audit:verify', () => {
  it('exits non-zero and names a broken row', async () => {
    const m = await createTestMunicipality(db, 'cli-verify');
    await appendEvents(db, m, 3);
    await linkPending(db, m.id, testAuditSettings());
    await tamper(db, (tx) =>
      tx.deleteFrom('audit_chain').where('municipality_id', '=', m.id).where('seq', '=', 2).execute(),
    );
    const run = await verifyCli(testAuditEnv());
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/Audit log chain is BROKEN at municipality [0-9a-f-]{36}, row \d+/);
  });

  it('refuses to verify without the key rather than making a new one', async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'trappen-verify-nokey-'));
    try {
      const run = await verifyCli({ DATA_DIR: dataDir });
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/No audit key: set AUDIT_KEY or restore the key file/);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
