import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../store/database.ts';
import { testDb } from '../../testing/server.ts';
import { createAdmin } from './create-admin.ts';
import { passwordWeakness } from './password.ts';

let db: Db;
beforeAll(() => {
  db = testDb();
});
afterAll(() => db.destroy());

describe('first admin of a real installation', () => {
  it('demands a strong password', () => {
    expect(passwordWeakness('demo')).toMatch(/12 tegn/);
    expect(passwordWeakness('alllowercaseletters')).toMatch(/tre af/);
    expect(passwordWeakness('Stærk-Kode-2026')).toBeUndefined();
  });

  it('creates the municipality and the admin once, audited', async () => {
    const code = `real-${randomBytes(3).toString('hex')}`;
    const input = {
      municipalityCode: code,
      municipalityName: 'Rigtig Kommune',
      username: `adm-${code}`,
      displayName: 'Første Admin',
    };
    await expect(createAdmin(db, { ...input, password: 'demo' })).rejects.toMatchObject({
      id: 'invalid_input',
    });
    const created = await createAdmin(db, { ...input, password: 'Stærk-Kode-2026' });
    expect(created.municipalityId).toMatch(/^[0-9a-f-]{36}$/);
    await expect(createAdmin(db, { ...input, password: 'Stærk-Kode-2026' })).rejects.toMatchObject({
      id: 'conflict',
    });
  });
});
