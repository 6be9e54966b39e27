import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { readConfig } from './config.ts';
import { APP_ROLE, inMunicipality } from './database.ts';
import { DataDirInUseError, runningEmbeddedServerUrl, startEmbedded } from './embedded.ts';
import { openDatabase } from './open.ts';

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
      // Its pid may be reused by then: a live process that is no Trappen does not hold the folder.
      const bystander = spawn('sleep', ['60'], { stdio: 'ignore' });
      try {
        writeFileSync(path.join(dir, 'trappen.pid'), `${bystander.pid}\n`);
        const server = await startEmbedded(dir);
        await server.stop();
        expect(alive(bystander)).toBe(true);
      } finally {
        bystander.kill('SIGKILL');
      }
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

/** A copy of the first test's (stopped) data folder: a server to start without another initdb. */
function copyOfDataDir(label: string): string {
  const copy = mkdtempSync(path.join(os.tmpdir(), `trappen-${label}-`));
  // cp -a keeps modes (PostgreSQL wants 0700) and, as root, the owner `postgres`.
  execFileSync('cp', ['-a', `${dataDir}/.`, copy]);
  return copy;
}

const postmasterPid = (dir: string) =>
  Number(readFileSync(path.join(dir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]);
const alive = (child: ChildProcess) => child.exitCode === null && child.signalCode === null;

describe('a stale postmaster.pid', () => {
  it('naming a live process that is not this folder’s PostgreSQL: that process is left alone and Trappen starts', async () => {
    const copy = copyOfDataDir('stale-pid');
    // A reused pid: an unrelated process that SIGINT would end.
    const bystander = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
    const other = await startEmbedded(dataDir);
    try {
      for (const pid of [bystander.pid, postmasterPid(dataDir)]) {
        writeFileSync(path.join(copy, 'pg', 'postmaster.pid'), `${pid}\n${path.join(copy, 'pg')}\n`);
        expect(runningEmbeddedServerUrl(copy)).toBeUndefined();
        const server = await startEmbedded(copy);
        try {
          expect(await count(server.url)).toBe(2);
        } finally {
          await server.stop();
        }
      }
      expect(alive(bystander)).toBe(true);
      // Another folder's PostgreSQL, named by the stale file too, still serves its own folder.
      expect(await count(other.url)).toBe(2);
    } finally {
      bystander.kill('SIGKILL');
      await other.stop();
      rmSync(copy, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('a postmaster that dies', () => {
  it('is started again on the same port, and the pools go on as trappen_app', async () => {
    const copy = copyOfDataDir('restart');
    const notices: string[] = [];
    const gaveUp: Error[] = [];
    let restarted: () => void = () => {};
    const runsAgain = new Promise<void>((resolve) => {
      restarted = resolve;
    });
    const database = await openDatabase(
      { ...readConfig({}), dataDir: copy, databaseUrl: undefined },
      {
        embedded: {
          onNotice: (m) => {
            notices.push(m);
            if (/runs again/.test(m)) restarted();
          },
          onGiveUp: (e) => gaveUp.push(e),
        },
      },
    );
    try {
      // Trappen made trappen_app's password once, for itself alone.
      expect(statSync(path.join(copy, 'pg-app-password')).mode & 0o777).toBe(0o600);
      const m = (
        await database.ownerDb
          .insertInto('municipality')
          .values({ code: 'restart', name: 'Genstart' })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;
      const whoAmI = () =>
        inMunicipality(
          database.db,
          m,
          async (tx) => (await sql<{ u: string }>`SELECT current_user AS u`.execute(tx)).rows[0]?.u,
        );
      expect(await whoAmI()).toBe(APP_ROLE);
      const before = postmasterPid(copy);
      process.kill(before, 'SIGKILL');
      await runsAgain;
      expect(postmasterPid(copy)).not.toBe(before);
      expect(notices.some((n) => /stopped unexpectedly \(SIGKILL\)/.test(n))).toBe(true);
      // The pool's connections died with the old server; the next transaction opens fresh ones.
      expect(await whoAmI()).toBe(APP_ROLE);
      expect(gaveUp).toEqual([]);
    } finally {
      await database.close();
      rmSync(copy, { recursive: true, force: true });
    }
  }, 60_000);
});
