import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { DataDirInUseError, runningEmbeddedServerUrl, startEmbedded } from './embedded.ts';

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'trappen-embedded-'));
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

describe('an orphaned embedded server', () => {
  it('is stopped and replaced when the Trappen that started it was killed', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'trappen-orphan-'));
    // One Node process (no npx/tsx wrappers), so killing it kills exactly the would-be Trappen.
    const holder = spawn(process.execPath, ['--import', 'tsx', 'src/testing/embedded-holder.ts', dir], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const exited = new Promise((resolve) => holder.on('exit', resolve));
    try {
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('the holder did not start within 60 s')), 60_000);
        holder.stdout.on('data', (chunk) => {
          if (String(chunk).includes('ready')) {
            clearTimeout(timer);
            resolve();
          }
        });
        holder.on('exit', (code) => reject(new Error(`holder exited ${code}`)));
      });
      const orphanUrl = runningEmbeddedServerUrl(dir);
      expect(orphanUrl).toBeDefined();
      // While its Trappen lives, the folder is taken.
      await expect(startEmbedded(dir)).rejects.toBeInstanceOf(DataDirInUseError);
      // SIGKILL gives it no chance to stop PostgreSQL.
      holder.kill('SIGKILL');
      await exited;
      expect(runningEmbeddedServerUrl(dir)).toBe(orphanUrl);
      const server = await startEmbedded(dir);
      await server.stop();
    } finally {
      // A holder left running would keep this worker (and the whole run) from ending.
      if (holder.exitCode === null && holder.signalCode === null) holder.kill('SIGKILL');
      const leftover = runningEmbeddedServerUrl(dir);
      if (leftover)
        await startEmbedded(dir)
          .then((s) => s.stop())
          .catch(() => {});
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
