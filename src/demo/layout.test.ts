import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The demo generator's layout (docs/architecture.md, "Demo Kommune"), held here rather than in
 * prose: the areas in the order they build on each other, the shared modules they may use, no
 * import of the server, and no import cycle.
 */

const DEMO = import.meta.dirname;
const AREAS = ['world', 'catalog', 'detection', 'intake', 'casework', 'forums', 'documents'];
/** What an area may import from src/demo itself: the composition (data, generate, seed) imports the areas. */
const SHARED = ['context.ts', 'dates.ts', 'random.ts', 'schema-rows.ts'];

/** Every module of src/demo but the tests, by path relative to src/demo, with what it imports. */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  const files = readdirSync(DEMO, { recursive: true, encoding: 'utf8' }).filter(
    (f) => f.endsWith('.ts') && !f.endsWith('.test.ts'),
  );
  for (const file of files) {
    const text = readFileSync(join(DEMO, file), 'utf8');
    const specifiers = [...text.matchAll(/^(?:import|export)\b[^;]*?\bfrom\s+'(\.[^']+)'/gms)];
    graph.set(
      file,
      specifiers.map((m) => relative(DEMO, resolve(DEMO, dirname(file), m[1] as string))),
    );
  }
  return graph;
}

const graph = importGraph();
const areaOf = (path: string) => (path.includes('/') ? path.split('/')[0] : undefined);

/** A shortest import path from a module back to itself, if there is one. */
function cycleThrough(start: string): string[] | undefined {
  const queue: string[][] = [[start]];
  const seen = new Set<string>();
  while (queue.length > 0) {
    const path = queue.shift() as string[];
    for (const next of graph.get(path.at(-1) as string) ?? []) {
      if (next === start) return [...path, next];
      if (!seen.has(next)) {
        seen.add(next);
        queue.push([...path, next]);
      }
    }
  }
  return undefined;
}

describe('the demo generator layout', () => {
  it('has its modules in the areas and the shared modules the architecture names', () => {
    for (const file of graph.keys()) {
      const area = areaOf(file);
      if (area) expect(AREAS, file).toContain(area);
    }
    // The parser found the generator, not an empty folder.
    expect(graph.size).toBeGreaterThan(40);
  });

  it('lets an area import only earlier areas and the shared modules', () => {
    for (const [file, imports] of graph) {
      const area = areaOf(file);
      if (!area) continue;
      for (const target of imports) {
        if (target.startsWith('..')) continue;
        const other = areaOf(target);
        if (other === undefined) expect(SHARED, `${file} imports ${target}`).toContain(target);
        else
          expect(AREAS.indexOf(other), `${file} imports ${target}`).toBeLessThanOrEqual(AREAS.indexOf(area));
      }
    }
  });

  it('imports nothing from the server, the web, the command line or the test helpers', () => {
    for (const [file, imports] of graph) {
      for (const target of imports.filter((t) => t.startsWith('..'))) {
        expect(target, file).toMatch(/^\.\.\/(core|store)\//);
      }
    }
  });

  it('has no import cycle', () => {
    const cycles = [...graph.keys()].flatMap((file) => {
      const cycle = cycleThrough(file);
      return cycle ? [cycle.join(' → ')] : [];
    });
    expect(cycles).toEqual([]);
  });
});
