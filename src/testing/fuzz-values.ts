import fc from 'fast-check';

/**
 * Hostile values for the fuzz test (src/server/fuzz.test.ts), generated from the JSON Schema the
 * OpenAPI document gives for each parameter and body. Most values fit the schema's shape (a
 * string where a string is asked for, a date-shaped string for a date) but are what a careless or
 * malicious client sends: NUL bytes, lone surrogates, year 0000, 2^31. Those are what slipped past
 * validation into PostgreSQL (issue #10, item 11); values of the wrong shape test the 400s.
 */

export interface JsonSchema {
  type?: string;
  format?: string;
  pattern?: string;
  enum?: unknown[];
  nullable?: boolean;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: boolean | number;
  minItems?: number;
  maxItems?: number;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  allOf?: JsonSchema[];
}

/** Uniform in [0, 1): fast-check's own doubles lean to the edges, which would skew every choice. */
export const roll: fc.Arbitrary<number> = fc.noBias(fc.integer({ min: 0, max: 9999 })).map((n) => n / 10_000);

/** An id chosen when the request is sent, from the ids seen so far of its kind (or any kind). */
export class IdRef {
  constructor(
    readonly kind: string,
    readonly index: number,
    readonly upper: boolean,
    readonly anyKind: boolean,
  ) {}
}

/** JSON text put into the body as written: numbers JSON.stringify cannot write (1e999, -0). */
export class RawJson {
  constructor(readonly text: string) {}
}

/** Strings a schema's `type: string` accepts that a database or a JSON column may not. */
export const HOSTILE_STRINGS: readonly string[] = [
  '\u0000',
  'Notat\u0000med nul',
  '\ud800',
  'før\udc00efter',
  '\udbff\udbff',
  '😀\ud83d',
  "'; DROP TABLE child; --",
  "' OR '1'='1",
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template injection probe, sent as written
  '${7*7}{{7*7}}',
  '../../etc/passwd',
  '%00',
  '\\',
  ' ',
  '\t\n\r',
  '\u202eevil',
  '\ufeff',
  '\u2028\u2029',
  'Ææ Øø Åå',
  'null',
  'NaN',
  '-1',
  '2147483648',
  '1e308',
  '0000-01-01',
  'ABCDEF00-0000-4000-8000-000000000000',
];

const DATES = [
  '0000-01-01',
  '0001-01-01',
  '0001-12-31',
  '1899-12-31',
  '2026-02-30',
  '2026-13-01',
  '2026-00-10',
  '2025-02-29',
  '2024-02-29',
  '9999-12-31',
  '2201-01-01',
  '26-01-01',
  '2026-1-1',
  '2026-01-01T00:00:00Z',
  '',
];
const MONTHS = ['0000-01', '0001-01', '2026-00', '2026-13', '9999-12', '2026-1', '2026-02-30', ''];
const INSTANTS = [
  '0000-01-01T00:00:00Z',
  '0001-01-01T00:00:00+01:00',
  '9999-12-31T23:59:59Z',
  '2026-02-30T10:00:00Z',
  '2026-06-01T25:00:00Z',
  '2026-06-01T10:00:00',
  '2026-06-01T10:00:00+14:00',
  '2026-06-01',
];
const NUMBERS: readonly (number | RawJson)[] = [
  -1,
  0,
  0.5,
  -0.000001,
  2 ** 31 - 1,
  2 ** 31,
  2 ** 32,
  2 ** 53,
  2 ** 53 + 2,
  -(2 ** 31) - 1,
  1e308,
  -1e308,
  Number.MIN_VALUE,
  new RawJson('1e999'),
  new RawJson('-0'),
  new RawJson('123456789012345678901234567890'),
];
const WRONG_TYPES: readonly unknown[] = [
  null,
  true,
  false,
  0,
  -1,
  '',
  'NaN',
  'Infinity',
  [],
  {},
  [null],
  { a: 1 },
];

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** Ordinary text of a length the schema allows: Danish words or any script, never blank. */
function plainText(schema: JsonSchema): fc.Arbitrary<string> {
  const max = Math.min(schema.maxLength ?? 300, 300);
  const min = Math.max(Math.min(schema.minLength ?? 0, max), 1);
  const words = fc
    .array(fc.constantFrom('Barnet', 'mor', 'skolen', 'trives', 'ikke', 'godt', 'Ærø', 'øjne', 'på', 'å'), {
      minLength: 1,
      maxLength: 8,
    })
    .map((w) => w.join(' '));
  const any = fc
    .string({ unit: 'grapheme', minLength: min, maxLength: max })
    .map((t) => (t.trim() === '' ? 'x' : t));
  return fc.oneof(words, any).map((t) => t.slice(0, max).padEnd(min, 'x'));
}

/** A string at, and just past, the schema's limit: 100 000 characters when it has none. */
function longText(schema: JsonSchema): fc.Arbitrary<string> {
  const limit = schema.maxLength ?? 100_000;
  return fc.constantFrom(limit, limit + 1).map((n) => 'å'.repeat(n));
}

/** The kind of id a field holds: `childId` → child, `caseworkerId` → user, `goals` → goal. */
export function kindOfKey(key: string): string {
  const bare = key.replace(/Ids?$/, '');
  const synonyms: Record<string, string> = {
    caseworker: 'user',
    fosterCareConsultant: 'user',
    contactPerson: 'user',
    proposedStep: 'step',
    currentStep: 'step',
    proposedOffer: 'offer',
    corrects: 'journal',
  };
  return synonyms[bare] ?? singular(bare);
}

/** `children` → child, `network` → network-member, `cases` → case. */
export function singular(word: string): string {
  if (word === 'children') return 'child';
  if (word === 'network') return 'network-member';
  return word.endsWith('s') ? word.slice(0, -1) : word;
}

/** Valid and hostile choices, the hostile ones with the request's hostility (0–1). */
function mix(
  level: number,
  valid: fc.Arbitrary<unknown>,
  hostile: fc.Arbitrary<unknown>,
): fc.Arbitrary<unknown> {
  const h = Math.round(level * 100);
  if (h <= 0) return valid;
  if (h >= 100) return hostile;
  return fc.oneof({ weight: 100 - h, arbitrary: valid }, { weight: h, arbitrary: hostile });
}

function idArb(kind: string, level: number): fc.Arbitrary<unknown> {
  const ref = (upper: boolean, anyKind: boolean) =>
    fc.noBias(fc.nat({ max: 1000 })).map((i) => new IdRef(kind, i, upper, anyKind));
  return mix(
    level,
    ref(false, false),
    fc.oneof(
      { weight: 4, arbitrary: ref(true, false) },
      { weight: 2, arbitrary: ref(false, true) },
      { weight: 2, arbitrary: fc.uuid({ version: 4 }) },
      { weight: 1, arbitrary: fc.uuid({ version: 4 }).map((u) => u.toUpperCase()) },
      { weight: 2, arbitrary: fc.constantFrom(...HOSTILE_STRINGS, '00000000-0000-0000-0000-000000000000') },
    ),
  );
}

const validDate = fc
  .date({ min: new Date('2020-01-01'), max: new Date('2028-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const anyDate = fc
  .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }))
  .map(([y, m, d]) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`);
const validMonth = fc
  .tuple(fc.integer({ min: 2020, max: 2028 }), fc.integer({ min: 1, max: 12 }))
  .map(([y, m]) => `${y}-${pad(m, 2)}`);
const validInstant = fc
  .date({ min: new Date('2020-01-01'), max: new Date('2028-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString());

function stringArb(schema: JsonSchema, key: string, level: number): fc.Arbitrary<unknown> {
  if (schema.format === 'uuid') return idArb(kindOfKey(key), level);
  // Dates and months by what their pattern matches, however it is written.
  const pattern = schema.pattern ? new RegExp(schema.pattern) : undefined;
  if (pattern?.test('2026-01-15') && !pattern.test('Barnet'))
    return mix(level, validDate, fc.oneof(fc.constantFrom(...DATES), anyDate));
  if (pattern?.test('2026-01') && !pattern.test('Barnet'))
    return mix(level, validMonth, fc.constantFrom(...MONTHS));
  if (schema.format === 'date-time') return mix(level, validInstant, fc.constantFrom(...INSTANTS));
  const hostile = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
    { weight: 1, arbitrary: longText(schema) },
  );
  if (schema.format === 'email')
    return mix(level, fc.oneof(fc.constant('laerer@skole.dk'), fc.emailAddress()), hostile);
  if (schema.pattern) {
    const valid =
      schema.pattern === '^[A-Za-z0-9+/]*={0,2}$'
        ? fc.constantFrom(Buffer.from('Notat fra skolen.\n').toString('base64'), 'AA==')
        : fc.stringMatching(new RegExp(schema.pattern));
    return mix(level, valid, hostile);
  }
  return mix(level, plainText(schema), hostile);
}

function numberArb(schema: JsonSchema, level: number): fc.Arbitrary<unknown> {
  const integer = schema.type === 'integer';
  const min = typeof schema.minimum === 'number' ? schema.minimum : 0;
  const max = Math.max(min, Math.min(typeof schema.maximum === 'number' ? schema.maximum : 100, 2 ** 40));
  const valid = integer
    ? fc.integer({ min: Math.ceil(min), max: Math.floor(max) })
    : fc.oneof(
        fc.integer({ min: Math.ceil(min), max: Math.floor(max) }),
        fc.double({ min, max, noNaN: true }),
      );
  return mix(level, valid, fc.oneof(fc.constantFrom(...NUMBERS), fc.constantFrom('1', 'NaN', '2147483648')));
}

function objectArb(schema: JsonSchema, depth: number, level: number): fc.Arbitrary<unknown> {
  const props = Object.entries(schema.properties ?? {});
  const required = new Set(schema.required ?? []);
  const entries = props.map(([key, s]) =>
    fc.tuple(roll, valueArb(s, key, depth + 1, level)).map(([r, value]) => {
      // A required field is left out as often as the request is hostile; an optional one half the time.
      const present = required.has(key) ? r >= level / 4 : r < 0.5;
      return present ? ([key, value] as const) : null;
    }),
  );
  const extra = fc.constantFrom<[string, unknown]>(
    ['unknownField', 'x'],
    ['municipalityId', '00000000-0000-4000-8000-000000000000'],
    ['id\u0000', 1],
  );
  return fc.tuple(fc.tuple(...entries), roll, extra).map(([fields, r, more]) => {
    const out: Record<string, unknown> = {};
    for (const f of fields) if (f) out[f[0]] = f[1];
    if (r < level / 4) out[more[0]] = more[1];
    return out;
  });
}

/**
 * A value for one schema. `level` is how hostile the request is: at 0 every value fits the
 * schema; at 0.1 about one leaf in ten is hostile, mostly still of the schema's shape.
 */
export function valueArb(schema: JsonSchema, key = '', depth = 0, level = 0.2): fc.Arbitrary<unknown> {
  const branches = schema.oneOf ?? schema.anyOf;
  if (branches) return fc.oneof(...branches.map((b) => valueArb(b, key, depth, level)));
  if (schema.allOf?.[0]) return valueArb(schema.allOf[0], key, depth, level);
  let shaped: fc.Arbitrary<unknown>;
  if (schema.enum)
    shaped = mix(level / 2, fc.constantFrom(...schema.enum), fc.constantFrom(...HOSTILE_STRINGS));
  else if (schema.type === 'string') shaped = stringArb(schema, key, level);
  else if (schema.type === 'number' || schema.type === 'integer') shaped = numberArb(schema, level);
  else if (schema.type === 'boolean') shaped = fc.boolean();
  else if (schema.type === 'array' && depth < 4) {
    const items = schema.items
      ? valueArb(schema.items, key, depth + 1, level)
      : fc.jsonValue({ maxDepth: 1 });
    const minLength = Math.min(schema.minItems ?? 0, 3);
    const some = fc.array(items, { minLength, maxLength: Math.max(minLength, 3) });
    const over = (schema.maxItems ?? 1000) + 1;
    // One item more than allowed, where that stays a small request.
    shaped =
      over <= 60
        ? mix(
            level / 4,
            some,
            items.map((v) => Array.from({ length: over }, () => v)),
          )
        : some;
  } else if (schema.type === 'object' && depth < 4) shaped = objectArb(schema, depth, level);
  else shaped = mix(level, fc.jsonValue({ maxDepth: 2 }), fc.constantFrom(...HOSTILE_STRINGS));
  const withNull = schema.nullable
    ? fc.oneof({ weight: 4, arbitrary: shaped }, { weight: 1, arbitrary: fc.constant(null) })
    : shaped;
  return mix(level / 8, withNull, fc.constantFrom(...WRONG_TYPES));
}
