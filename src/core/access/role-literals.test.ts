import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROLES } from './roles.ts';

/**
 * Every right lives in a policy file of this folder (issue #11, item 1): a use case asks the
 * policy, it never compares the actor's role with a role's name, nor keeps its own list of roles.
 * Held here rather than in prose, so the next area cannot grow its own idiom unnoticed.
 */

const SERVER = join(import.meta.dirname, '..', '..', 'server');
const LITERAL = new RegExp(`'(${ROLES.join('|')})'`, 'g');

/**
 * A role literal on a line that also names a role (`actor.role === 'front'`, `.where('u.role', '=',
 * 'leader')`), or a list of two or more role literals (`new Set(['leader', 'admin'])`).
 */
function comparesRoles(line: string, listed: number): boolean {
  return (/\brole\b/.test(line) && /===|!==|==|!=|'='|'in'|\.has\(|\.includes\(/.test(line)) || listed >= 2;
}

/**
 * Lines that name a role as a data filter, not as an access check — each with its reason. A line
 * is allowed when its file ends with `file` and the line contains `text`.
 */
const ALLOWED: readonly { file: RegExp; text: string; reason: string }[] = [
  {
    file: /figures?[^/]*\.queries\.ts$/,
    text: "u.role = 'caseworker'",
    reason: 'F12 counts the caseload of caseworkers: which rows are counted, not who may read them',
  },
  {
    file: /detection\/guide\.queries\.ts$/,
    text: ".where('app_user.role', '=', 'preventive_worker')",
    reason: "the guide names the preventive workers of the child's district as contacts",
  },
];

/** Role-literal lines outside tests, as `path:line: text`, with their role literals counted per statement. */
function offences(): string[] {
  const found: string[] = [];
  const files = readdirSync(SERVER, { recursive: true, encoding: 'utf8' }).filter(
    (f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.endsWith('.testing.ts'),
  );
  for (const file of files) {
    const path = relative(join(SERVER, '..'), join(SERVER, file));
    const lines = readFileSync(join(SERVER, file), 'utf8').split('\n');
    // A list spans lines: count the role literals of consecutive literal-only lines as one list.
    let run = 0;
    lines.forEach((line, i) => {
      const literals = line.match(LITERAL)?.length ?? 0;
      const literalOnly = literals > 0 && /^\s*('[a-z_]+',?\s*)+$/.test(line);
      run = literalOnly ? run + literals : 0;
      if (literals === 0 || !comparesRoles(line, Math.max(literals, run))) return;
      if (ALLOWED.some((a) => a.file.test(path) && line.includes(a.text))) return;
      found.push(`${path}:${i + 1}: ${line.trim()}`);
    });
  }
  return found;
}

describe('role literals in the server', () => {
  it('are never compared with in a use case: the policy files decide', () => {
    expect(offences()).toEqual([]);
  });

  it('catch the idioms it is meant to catch', () => {
    expect(comparesRoles("if (actor.role === 'front')", 1)).toBe(true);
    expect(comparesRoles(".where('u.role', '=', 'leader')", 1)).toBe(true);
    expect(comparesRoles("const WRITERS = new Set(['leader', 'admin']);", 2)).toBe(true);
    expect(comparesRoles("if (r.reporter.kind !== 'professional')", 1)).toBe(false);
    expect(comparesRoles("responsibility: 'caseworker',", 1)).toBe(false);
  });
});
