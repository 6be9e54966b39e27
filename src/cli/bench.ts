import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { todayInCopenhagen } from '../core/calendar/zone.ts';
import { generateDemo } from '../demo/generate.ts';
import { benchCasework } from './bench-casework.ts';
import { benchDocuments } from './bench-documents.ts';
import { benchDurability } from './bench-durability.ts';
import { benchForums } from './bench-forums.ts';
import { Session, summary } from './bench-http.ts';
import { benchIntake } from './bench-intake.ts';
import { benchLoad } from './bench-load.ts';
import { benchWellbeing } from './bench-wellbeing.ts';

/**
 * `npm run bench`: measures what the foundation promises, on this machine, and prints JSON.
 * - first start on an empty DATA_DIR (embedded PostgreSQL initialised, migrated, Demo Kommune
 *   seeded) until /api/health answers, and a second start on the same folder;
 * - server time (Server-Timing header) of children search and the child page at Demo Kommune
 *   scale, as p50/p95/max over many requests by several roles;
 * - the wellbeing check: a batch of 30 ratings, and a full municipal round (bench-wellbeing.ts);
 * - intake: Front's queue and the leader's supervision, and a burst of 200 reports with retries
 *   (bench-intake.ts).
 * - casework: "Mit overblik" for a caseworker with about 25 cases and the leader's supervision of
 *   all of Demo Kommune (bench-casework.ts).
 * - forums: every forum's next published agenda, built by the rules, read by its chair
 *   (bench-forums.ts).
 * - documents: a three-page decision letter as PDF (bench-documents.ts).
 * - durability, only when named (`npm run -s bench -- durability`): kill -9 of the server and its
 *   database during concurrent writes, several times; every acknowledged write stored once
 *   (bench-durability.ts).
 * - load: 50 sessions at once doing their roles' daily pages (bench-load.ts).
 * `npm run -s bench -- intake` (or `children`, `wellbeing`, `casework`, `forums`, `documents`, `load`)
 * measures the starts and those sections only.
 * Not a test: nothing here passes or fails, the figures are read by people.
 */
const SEARCH_REQUESTS = 300;
const PAGE_REQUESTS = 300;

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

function startServer(dataDir: string, port: number): ChildProcess {
  return spawn('tsx', ['src/cli/start.ts'], {
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      PORT: String(port),
      DATABASE_URL: '',
      DEMO: '1',
      // The sections log in many sessions of the same demo users from one address.
      LOGIN_ATTEMPTS_PER_MINUTE: '1000',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

async function waitForHealth(url: string, child: ChildProcess, timeoutMs = 180_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('server did not become ready');
}

async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  await new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

async function timedStart(dataDir: string): Promise<{ seconds: number; child: ChildProcess; url: string }> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const t0 = performance.now();
  const child = startServer(dataDir, port);
  await waitForHealth(url, child);
  return { seconds: (performance.now() - t0) / 1000, child, url };
}

const QUERIES = [
  '',
  'a',
  'an',
  'jens',
  'hansen',
  'niel',
  'mo',
  'sø',
  'la',
  'k',
  '6',
  '61',
  '6501',
  'emma l',
  'olsen',
];

const SECTIONS = [
  'children',
  'wellbeing',
  'intake',
  'casework',
  'forums',
  'documents',
  'load',
  'durability',
] as const;
type Section = (typeof SECTIONS)[number];
/** Durability kills the server and its database again and again: only when named. */
const DEFAULT_SECTIONS = SECTIONS.filter((s) => s !== 'durability');

function chosenSections(args: string[]): Set<Section> {
  const unknown = args.filter((a) => !(SECTIONS as readonly string[]).includes(a));
  if (unknown.length > 0)
    throw new Error(`unknown bench section ${unknown.join(', ')}; choose from ${SECTIONS.join(', ')}`);
  return new Set(args.length > 0 ? (args as Section[]) : DEFAULT_SECTIONS);
}

async function benchChildren(url: string) {
  const users = await Promise.all(
    ['leder', 'front', 'raadgiver1', 'forebyggende1', 'laerer1'].map((u) => new Session(url).login(u)),
  );
  // Warm up plans and caches as a running server would be.
  for (const s of users) await s.get('/api/children?q=a');
  const search: number[] = [];
  const ids: string[] = [];
  for (let i = 0; i < SEARCH_REQUESTS; i++) {
    const s = users[i % users.length] as Session;
    const q = QUERIES[i % QUERIES.length] ?? '';
    const res = await s.get(`/api/children?q=${encodeURIComponent(q)}`);
    search.push(res.ms);
    const children = (res.body as { children?: { id: string }[] }).children ?? [];
    if (s === users[1]) for (const c of children.slice(0, 3)) ids.push(c.id);
  }
  const page: number[] = [];
  const front = users[1] as Session;
  for (let i = 0; i < PAGE_REQUESTS; i++) {
    const res = await front.get(`/api/children/${ids[i % ids.length]}`);
    if (res.status !== 200) throw new Error(`child page ${res.status}`);
    page.push(res.ms);
  }
  return { childrenSearchMs: summary(search), childPageMs: summary(page) };
}

async function main() {
  const sections = chosenSections(process.argv.slice(2));
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'trappen-bench-'));
  const result: Record<string, unknown> = { machine: { cpus: os.cpus().length, node: process.version } };
  try {
    const first = await timedStart(dataDir);
    result.firstStartSeconds = Math.round(first.seconds * 100) / 100;
    await stopServer(first.child);
    const second = await timedStart(dataDir);
    result.laterStartSeconds = Math.round(second.seconds * 100) / 100;
    const url = second.url;
    try {
      // The inputs the server seeded Demo Kommune with (start.ts: the defaults and today).
      const today = todayInCopenhagen();
      const demo = generateDemo({ seed: 2026, today, code: 'demo', name: 'Demo Kommune' });
      if (sections.has('children')) Object.assign(result, await benchChildren(url));
      if (sections.has('wellbeing')) Object.assign(result, await benchWellbeing(url, today, demo));
      if (sections.has('intake')) Object.assign(result, await benchIntake(url, today, demo));
      if (sections.has('casework')) Object.assign(result, await benchCasework(url, demo));
      if (sections.has('forums')) Object.assign(result, await benchForums(url, demo));
      if (sections.has('documents')) Object.assign(result, await benchDocuments(url, demo));
      if (sections.has('load')) Object.assign(result, await benchLoad(url));
    } finally {
      await stopServer(second.child);
    }
    if (sections.has('durability')) result.durability = await benchDurability(dataDir, freePort);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
