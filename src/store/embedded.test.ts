import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { DataDirInUseError, runningEmbeddedServerUrl, startEmbedded } from './embedded.ts';

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'trappen-embedded-'));
chmodSync(dataDir, 0o755);
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

async function count(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query('SELECT count(*)::int AS n FROM keep');
    return rows[0].n;
  } finally {
    await client.end();
  }
}

describe('embedded PostgreSQL', () => {
  it('initialises on first start, refuses a second server on the folder, and keeps data across restarts', async () => {
    const first = await startEmbedded(dataDir);
    try {
      expect(existsSync(path.join(dataDir, 'pg', 'PG_VERSION'))).toBe(true);
      expect(new URL(first.url).port).not.toBe('5432');
      expect(runningEmbeddedServerUrl(dataDir)).toBe(first.url);
      const client = new pg.Client({ connectionString: first.url });
      await client.connect();
      await client.query('CREATE TABLE keep (n int); INSERT INTO keep VALUES (1), (2)');
      await client.end();
      const second = startEmbedded(dataDir);
      await expect(second).rejects.toBeInstanceOf(DataDirInUseError);
      await expect(second).rejects.toThrow(/already in use/);
    } finally {
      await first.stop();
    }
    expect(runningEmbeddedServerUrl(dataDir)).toBeUndefined();
    const again = await startEmbedded(dataDir);
    try {
      expect(await count(again.url)).toBe(2);
    } finally {
      await again.stop();
    }
  });
});
