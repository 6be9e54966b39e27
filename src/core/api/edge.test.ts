import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { IdempotencyKey } from './types.ts';

/**
 * Every request schema of the API (the exports named …Request, …Query, …Params, …Body) is built
 * from the edge's types (types.ts), checked leaf by leaf by what it accepts: no string takes a NUL
 * byte or a lone surrogate, every id comes out in lower case, every date is a real one in a sane
 * year, no whole number exceeds PostgreSQL's integer. A schema written with a bare `z.string()`
 * or `z.number().int()` fails here before a fuzzer finds the 500 it causes (issue #10, item 11).
 */

const modules = import.meta.glob<Record<string, unknown>>(['./*.ts', '!./*.test.ts'], { eager: true });
const REQUEST = /(Request|Query|Params|Body)$/;
/** Bodies of answers, not of requests. */
const ANSWERS = new Set(['ErrorBody', 'ConflictBody']);
/** Request bodies named otherwise (a settings body is also the settings' view). */
const ALSO = new Set(['IntakeSettings', 'CaseworkSettingsView']);

interface Leaf {
  path: string;
  schema: z.ZodType;
}

/** What a client sends for a schema: a pipe's input side. */
function inputType(schema: z.ZodType): string {
  // biome-ignore lint/suspicious/noExplicitAny: as below
  const def = (schema as any)._zod.def;
  return def.type === 'pipe' ? inputType(def.in) : def.type;
}

/** The strings and numbers inside a schema, with where they are. */
function leaves(schema: z.ZodType, path: string, out: Leaf[]): Leaf[] {
  // biome-ignore lint/suspicious/noExplicitAny: zod's definitions differ by kind; read as data
  const def = (schema as any)._zod.def;
  switch (def.type) {
    case 'string':
    case 'number':
      out.push({ path, schema });
      break;
    case 'object':
      for (const [key, value] of Object.entries(def.shape)) leaves(value as z.ZodType, `${path}.${key}`, out);
      break;
    case 'array':
      leaves(def.element, `${path}[]`, out);
      break;
    case 'union':
      def.options.forEach((o: z.ZodType, i: number) => {
        leaves(o, `${path}|${i}`, out);
      });
      break;
    case 'pipe':
      // A coercion or transform of a string or number is one leaf, judged whole.
      if (['string', 'number'].includes(inputType(schema))) out.push({ path, schema });
      else leaves(def.in, path, out);
      break;
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
      leaves(def.innerType, path, out);
      break;
  }
  return out;
}

const requestSchemas = Object.entries(modules).flatMap(([file, exports]) =>
  Object.entries(exports)
    .filter(
      ([name, value]) =>
        (ALSO.has(name) || (REQUEST.test(name) && !ANSWERS.has(name))) && value instanceof z.ZodType,
    )
    .map(([name, value]) => [`${file.slice(2)} ${name}`, value as z.ZodType] as const),
);
const allLeaves = requestSchemas.flatMap(([name, schema]) => leaves(schema, name, []));
/** A client's own token (`[A-Za-z0-9_-]{8,100}`): it may look like an id or a date and stays as sent. */
const isToken = (l: Leaf) => l.schema === IdempotencyKey;
const isString = (l: Leaf) =>
  (l.schema as unknown as { _zod: { def: { type: string } } })._zod.def.type === 'string';
const accepts = (l: Leaf, value: unknown) => l.schema.safeParse(value).success;

describe('the request schemas', () => {
  it('are found', () => {
    expect(requestSchemas.length).toBeGreaterThan(50);
    expect(allLeaves.filter(isString).length).toBeGreaterThan(100);
  });

  it('take no NUL byte and no lone surrogate in any string', () => {
    const open = allLeaves
      .filter(isString)
      .filter((l) =>
        ['', 'a', 'abcde', 'Barnet trives ikke', 'x'.repeat(60)].some((base) =>
          ['\u0000', '\ud800', '\udc00'].some(
            (bad) => accepts(l, `${base}${bad}`) || accepts(l, `${bad}${base}`),
          ),
        ),
      );
    expect(open.map((l) => l.path)).toEqual([]);
  });

  it('give every id in lower case', () => {
    const upper = 'ABCDEF00-0000-4000-8000-00000000000A';
    const ids = allLeaves.filter(
      (l) =>
        isString(l) && !isToken(l) && accepts(l, upper.toLowerCase()) && !accepts(l, 'Barnet trives ikke'),
    );
    expect(ids.length).toBeGreaterThan(30);
    expect(ids.filter((l) => l.schema.parse(upper) !== upper.toLowerCase()).map((l) => l.path)).toEqual([]);
  });

  it('take only real dates, months and instants of years 1900–2200', () => {
    const kinds = [
      { valid: '2026-01-15', invalid: ['0000-01-01', '0001-01-01', '2026-02-30', '9999-12-31'] },
      { valid: '2026-01', invalid: ['0000-01', '2026-13', '9999-12'] },
      { valid: '2026-01-15T10:00:00+01:00', invalid: ['0000-01-01T00:00:00Z', '9999-12-31T23:59:59Z'] },
    ];
    const wrong = kinds.flatMap(({ valid, invalid }) =>
      allLeaves
        .filter((l) => isString(l) && !isToken(l) && accepts(l, valid) && !accepts(l, 'Barnet trives ikke'))
        .flatMap((l) => invalid.filter((v) => accepts(l, v)).map((v) => `${l.path} takes ${v}`)),
    );
    expect(wrong).toEqual([]);
  });

  it('take no whole number beyond an integer column and no amount beyond numeric(12, 2)', () => {
    const numbers = allLeaves.filter((l) => !isString(l));
    expect(numbers.length).toBeGreaterThan(20);
    const wrong = numbers.filter(
      (l) => accepts(l, 1e12) || (accepts(l, 1) && !accepts(l, 1.5) && accepts(l, 2 ** 31)),
    );
    expect(wrong.map((l) => l.path)).toEqual([]);
  });
});
