import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { auditChainSettings } from '../store/audit-key.ts';
import { verifyAuditChain } from '../store/audit-verify.ts';
import { readConfig } from '../store/config.ts';
import { connect } from '../store/database.ts';
import { runningEmbeddedServerUrl } from '../store/embedded.ts';
import { databaseUrlOf, EMBEDDED_DATABASE } from '../store/open.ts';
import { Session, summary } from './bench-http.ts';

/**
 * `npm run -s bench -- durability` (issue #10): Trappen as a child process on the bench's data
 * folder (Demo Kommune) takes concurrent writes — reports from Front, journal entries from a
 * caseworker, each with its own idempotency key — and is killed with `kill -9` mid-way, the
 * server AND its PostgreSQL at once, several times. After each restart the writes that got no
 * answer are sent again with the same key, as a client would. At the end every write that was
 * acknowledged (2xx) must be stored exactly once, and every stored write must be whole (its
 * audit row beside it, written in the same transaction) — nothing half-stored. About 30 s, so it
 * is a bench section and not a CI test; it stops with an error when anything was lost.
 */
const TRIALS = 6;
const LANES = { reports: 4, journal: 4 };
/** Killed between these many ms after the writes began. */
const KILL_AFTER_MS = [400, 1500] as const;

interface Write {
  key: string;
  kind: 'report' | 'journal_entry';
  path: string;
  body: Record<string, unknown>;
  user: 'front' | 'caseworker';
}

function startTrappen(dataDir: string, port: number): { child: ChildProcess; stderr: string[] } {
  // One Node process (no tsx wrapper), so that kill -9 hits the server itself.
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/start.ts'], {
    env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), DATABASE_URL: '', DEMO: '1' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const stderr: string[] = [];
  child.stderr?.on('data', (chunk) => stderr.push(String(chunk)));
  return { child, stderr };
}

async function waitForHealth(url: string, trappen: ReturnType<typeof startTrappen>): Promise<void> {
  for (const deadline = Date.now() + 120_000; Date.now() < deadline; ) {
    if (trappen.child.exitCode !== null)
      throw new Error(`Trappen exited with ${trappen.child.exitCode}: ${trappen.stderr.join('')}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('Trappen did not become ready');
}

function postmasterPid(dataDir: string): number {
  return Number(readFileSync(path.join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]);
}

async function ownerQuery<T extends pg.QueryResultRow>(
  dataDir: string,
  text: string,
  values: unknown[] = [],
) {
  const server = runningEmbeddedServerUrl(dataDir);
  if (!server) throw new Error('the embedded database is not running');
  const client = new pg.Client({ connectionString: databaseUrlOf(server, EMBEDDED_DATABASE) });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

/** 2xx: acknowledged. Anything else (a refused connection, a reset, a 503) is sent again later. */
async function send(session: Session, write: Write): Promise<number> {
  try {
    return (await session.post(write.path, write.body)).status;
  } catch {
    return 0;
  }
}

export async function benchDurability(dataDir: string, freePort: () => Promise<number>) {
  const run = Date.now().toString(36);
  const acknowledged = new Set<string>();
  const writes = new Map<string, Write>();
  let pending: Write[] = [];
  let answeredAfterRestart = 0;
  const restartSeconds: number[] = [];
  let target: { caseId: string; caseworker: string; children: string[] } | undefined;
  let counter = 0;

  const newWrite = (lane: number): Write => {
    if (!target) throw new Error('no target');
    const n = counter++;
    const key = `durability-${run}-${n}`;
    if (lane < LANES.reports) {
      return {
        key,
        kind: 'report',
        user: 'front',
        path: '/api/reports',
        body: {
          idempotencyKey: key,
          acute: false,
          childId: target.children[n % target.children.length],
          source: 'police',
          reporter: { kind: 'professional', organisation: 'Politiet' },
          text: `Bench (holdbarhed): underretning ${n}.`,
        },
      };
    }
    return {
      key,
      kind: 'journal_entry',
      user: 'caseworker',
      path: `/api/cases/${target.caseId}/journal`,
      body: {
        idempotencyKey: key,
        kind: 'note',
        occurredAt: new Date(Date.now() - 60_000).toISOString(),
        text: `Bench (holdbarhed): notat ${n}.`,
      },
    };
  };

  for (let trial = 0; trial <= TRIALS; trial++) {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const t0 = performance.now();
    const trappen = startTrappen(dataDir, port);
    await waitForHealth(url, trappen);
    if (trial > 0) restartSeconds.push((performance.now() - t0) / 1000);
    target ??= await findTarget(dataDir);
    const sessions = {
      front: await new Session(url).login('front'),
      caseworker: await new Session(url).login(target.caseworker),
    };
    // What got no answer before the kill is sent again, with its key: it must be stored once.
    for (const write of pending) {
      const status = await send(sessions[write.user], write);
      if (status < 200 || status >= 300) throw new Error(`retry of ${write.key} after restart: ${status}`);
      acknowledged.add(write.key);
      answeredAfterRestart += 1;
    }
    pending = [];
    if (trial === TRIALS) {
      await stopGracefully(trappen.child);
      break;
    }
    let killed = false;
    const lane = async (i: number) => {
      while (!killed) {
        const write = newWrite(i);
        writes.set(write.key, write);
        const status = await send(sessions[write.user], write);
        if (status >= 200 && status < 300) acknowledged.add(write.key);
        else pending.push(write);
      }
    };
    const lanes = Array.from({ length: LANES.reports + LANES.journal }, (_, i) => lane(i));
    const [low, high] = KILL_AFTER_MS;
    await new Promise((r) => setTimeout(r, low + Math.random() * (high - low)));
    const postmaster = postmasterPid(dataDir);
    const exited = new Promise((resolve) => trappen.child.once('exit', resolve));
    killed = true;
    process.kill(trappen.child.pid as number, 'SIGKILL');
    process.kill(postmaster, 'SIGKILL');
    await Promise.all([exited, ...lanes]);
  }

  // Read from the database directly, with the server stopped and started once more for it.
  const port = await freePort();
  const trappen = startTrappen(dataDir, port);
  await waitForHealth(`http://127.0.0.1:${port}`, trappen);
  try {
    const keys = [...writes.keys()];
    const stored = await ownerQuery<{ key: string; n: number; whole: number }>(
      dataDir,
      `SELECT r.key, count(*)::int AS n,
              count(*) FILTER (WHERE EXISTS (SELECT 1 FROM audit_log a WHERE a.entity_type = r.kind
                AND a.entity_id = r.id::text AND a.action = 'create'))::int AS whole
       FROM (SELECT idempotency_key AS key, id, 'report' AS kind FROM report WHERE idempotency_key = ANY($1)
             UNION ALL
             SELECT idempotency_key, id, 'journal_entry' FROM journal_entry WHERE idempotency_key = ANY($1)) r
       GROUP BY r.key`,
      [keys],
    );
    const byKey = new Map(stored.map((r) => [r.key, r]));
    const lost = [...acknowledged].filter((k) => !byKey.has(k));
    const duplicated = stored.filter((r) => r.n > 1).map((r) => r.key);
    const halfStored = stored.filter((r) => r.whole !== r.n).map((r) => r.key);
    const owner = connect(databaseUrlOf(runningEmbeddedServerUrl(dataDir) ?? '', EMBEDDED_DATABASE), 1);
    const chain = await verifyAuditChain(
      owner,
      auditChainSettings(readConfig({ DATA_DIR: dataDir }), { create: false }),
    )
      .then((v) => (v.broken ? `broken at ${v.broken.seq}: ${v.broken.problem}` : 'intact'))
      .catch((error: Error) => `not verified: ${error.message}`)
      .finally(() => owner.destroy());
    const result = {
      trials: TRIALS,
      sent: writes.size,
      acknowledged: acknowledged.size,
      storedOnce: stored.filter((r) => r.n === 1).length,
      lost: lost.length,
      duplicated: duplicated.length,
      halfStored: halfStored.length,
      answeredOnlyAfterRestart: answeredAfterRestart,
      auditChain: chain,
      restartSeconds: summary(restartSeconds),
    };
    if (lost.length + duplicated.length + halfStored.length > 0 || acknowledged.size !== writes.size) {
      throw new Error(`durability failed: ${JSON.stringify({ ...result, lost, duplicated, halfStored })}`);
    }
    return result;
  } finally {
    await stopGracefully(trappen.child);
  }
}

/** A caseworker of Demo Kommune with an open case, and children Front may report about. */
async function findTarget(dataDir: string) {
  const [cw] = await ownerQuery<{ username: string; case_id: string }>(
    dataDir,
    `SELECT u.username, c.id AS case_id FROM cases c JOIN app_user u ON u.id = c.caseworker_id
     JOIN municipality m ON m.id = c.municipality_id AND m.code = 'demo'
     WHERE c.closed_at IS NULL AND u.role = 'caseworker' AND u.active ORDER BY u.username, c.id LIMIT 1`,
  );
  const children = await ownerQuery<{ id: string }>(
    dataDir,
    `SELECT c.id FROM child c JOIN municipality m ON m.id = c.municipality_id AND m.code = 'demo'
     WHERE c.birth_date > current_date - interval '17 years' ORDER BY c.id LIMIT 50`,
  );
  if (!cw || children.length === 0) throw new Error('Demo Kommune has no open case or no children');
  return { caseId: cw.case_id, caseworker: cw.username, children: children.map((c) => c.id) };
}

async function stopGracefully(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  await new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}
