import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, utimesSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * Builds the web app into dist/web when it is missing or older than its sources, so `npm start`
 * and the browser tests always serve the current interface without a separate build step.
 *
 * Several test files may call this at once (Vitest runs files in parallel), and a running server
 * may be serving dist/web meanwhile, so: one build at a time behind a lock folder, the build goes
 * to a temporary folder, and its files are moved in with index.html last — a page that is open
 * keeps finding the hashed assets it already references.
 */

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const outDir = path.join(repo, 'dist/web');
const indexFile = path.join(outDir, 'index.html');
const lockDir = path.join(repo, 'dist/.web-build.lock');
/** Sources of the bundle: the app, the shared core, and what decides how it is built. */
const SOURCE_DIRS = ['src/web', 'src/core'].map((d) => path.join(repo, d));
const SOURCE_FILES = ['vite.config.ts', 'package-lock.json'].map((f) => path.join(repo, f));
const LOCK_STALE_MS = 120_000;
/** Old hashed assets stay this long after a rebuild, for pages still open in a browser. */
const OLD_ASSET_GRACE_MS = 60 * 60_000;

export interface WebBuildResult {
  built: boolean;
  reason: string;
  ms: number;
}

function newestSource(): { file: string; mtimeMs: number } {
  let newest = { file: '', mtimeMs: 0 };
  const consider = (file: string) => {
    const { mtimeMs } = statSync(file);
    if (mtimeMs > newest.mtimeMs) newest = { file, mtimeMs };
  };
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      // Tests are not part of the bundle; editing one must not force a rebuild.
      else if (!/\.test\.tsx?$/.test(entry.name)) consider(full);
    }
  };
  for (const dir of SOURCE_DIRS) if (existsSync(dir)) walk(dir);
  for (const file of SOURCE_FILES) if (existsSync(file)) consider(file);
  return newest;
}

/** Why a build is needed, or undefined when dist/web is current. */
export function webBuildReason(): string | undefined {
  if (!existsSync(indexFile)) return 'dist/web/index.html is missing';
  const built = statSync(indexFile).mtimeMs;
  const newest = newestSource();
  if (newest.mtimeMs > built) return `${path.relative(repo, newest.file)} changed since the last build`;
  return undefined;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function withLock<T>(work: () => Promise<T>): Promise<T> {
  mkdirSync(path.dirname(lockDir), { recursive: true });
  for (;;) {
    try {
      mkdirSync(lockDir);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      // A build that crashed leaves its lock behind; do not wait for it forever.
      const lock = statSync(lockDir, { throwIfNoEntry: false });
      if (!lock) continue;
      if (Date.now() - lock.mtimeMs > LOCK_STALE_MS) rmSync(lockDir, { recursive: true, force: true });
      else await sleep(150);
    }
  }
  try {
    return await work();
  } finally {
    rmSync(lockDir, { recursive: true, force: true });
  }
}

function moveTree(from: string, to: string, skip: string): Set<string> {
  const moved = new Set<string>();
  const walk = (rel: string) => {
    for (const entry of readdirSync(path.join(from, rel), { withFileTypes: true })) {
      const relPath = path.join(rel, entry.name);
      if (entry.isDirectory()) {
        mkdirSync(path.join(to, relPath), { recursive: true });
        walk(relPath);
      } else if (relPath !== skip) {
        renameSync(path.join(from, relPath), path.join(to, relPath));
        moved.add(relPath);
      }
    }
  };
  walk('');
  return moved;
}

function pruneOldAssets(keep: Set<string>): void {
  const assets = path.join(outDir, 'assets');
  if (!existsSync(assets)) return;
  for (const name of readdirSync(assets)) {
    const rel = path.join('assets', name);
    const full = path.join(outDir, rel);
    if (!keep.has(rel) && Date.now() - statSync(full).mtimeMs > OLD_ASSET_GRACE_MS)
      rmSync(full, { force: true });
  }
}

async function build(): Promise<void> {
  const started = new Date();
  const tmp = path.join(repo, 'dist', `.web-build-${process.pid}-${Date.now()}`);
  const { build: viteBuild } = await import('vite');
  try {
    await viteBuild({
      configFile: path.join(repo, 'vite.config.ts'),
      logLevel: 'warn',
      build: { outDir: tmp, emptyOutDir: true },
    });
    mkdirSync(outDir, { recursive: true });
    const moved = moveTree(tmp, outDir, 'index.html');
    renameSync(path.join(tmp, 'index.html'), indexFile);
    // Stamp the build with its start: a source saved during the build still counts as newer.
    utimesSync(indexFile, started, started);
    pruneOldAssets(moved);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** Builds dist/web if it is missing or stale; `force` builds regardless. */
export async function buildWebIfNeeded(options: { force?: boolean } = {}): Promise<WebBuildResult> {
  const t0 = performance.now();
  const first = options.force ? '--force' : webBuildReason();
  if (!first) return { built: false, reason: 'dist/web is up to date', ms: 0 };
  return withLock(async () => {
    // Another process may have built while this one waited for the lock.
    const reason = options.force ? first : webBuildReason();
    if (!reason) return { built: false, reason: 'another process just built dist/web', ms: 0 };
    await build();
    return { built: true, reason, ms: Math.round(performance.now() - t0) };
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const force = process.argv.includes('--force');
  buildWebIfNeeded({ force }).then(
    (result) => {
      console.log(
        result.built
          ? `web: built dist/web in ${result.ms} ms (${result.reason})`
          : `web: not rebuilt, ${result.reason}`,
      );
    },
    (error: unknown) => {
      console.error('web: build failed:', error);
      process.exitCode = 1;
    },
  );
}
