import fc from 'fast-check';
import {
  HOSTILE_STRINGS,
  IdRef,
  type JsonSchema,
  kindOfKey,
  RawJson,
  roll,
  singular,
  valueArb,
} from './fuzz-values.ts';

/**
 * The fuzz test's machinery (src/server/fuzz.test.ts): the operations of the live OpenAPI
 * document, a generated hostile request for each, and a client that sends it as it is (a NUL in a
 * path, a lone surrogate in a query string, `1e999` in a body), with the session of one role.
 */

export interface Param {
  name: string;
  schema: JsonSchema;
  required: boolean;
}

export interface Operation {
  method: string;
  /** OpenAPI form: /api/cases/{id} */
  path: string;
  pathParams: Param[];
  query: Param[];
  body?: { contentTypes: string[]; schema: JsonSchema; required: boolean };
}

interface OpenApiDoc {
  paths: Record<string, Record<string, OpenApiOperation>>;
}
interface OpenApiOperation {
  parameters?: { in: string; name: string; required?: boolean; schema: JsonSchema }[];
  requestBody?: { required?: boolean; content: Record<string, { schema: JsonSchema }> };
}

export function operationsOf(doc: OpenApiDoc): Operation[] {
  const ops: Operation[] = [];
  for (const [path, methods] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      const params = (where: string) =>
        (op.parameters ?? [])
          .filter((p) => p.in === where)
          .map((p) => ({ name: p.name, schema: p.schema, required: p.required ?? false }));
      const content = op.requestBody?.content ?? {};
      const contentTypes = Object.keys(content);
      const first = contentTypes.includes('application/json') ? 'application/json' : contentTypes[0];
      ops.push({
        method: method.toUpperCase(),
        path,
        pathParams: params('path'),
        query: params('query'),
        ...(first
          ? {
              body: {
                contentTypes,
                schema: content[first]?.schema ?? {},
                required: op.requestBody?.required ?? false,
              },
            }
          : {}),
      });
    }
  }
  return ops;
}

export type Body =
  | { kind: 'none' }
  | { kind: 'json'; value: unknown; contentType?: string }
  | { kind: 'raw'; contentType: string; text: string };

export interface FuzzRequest<R extends string = string> {
  role: R;
  pathParams: Record<string, unknown>;
  query: [string, unknown][];
  body: Body;
}

/** Files of the catalog import (a real export of the test municipality) to spoil cell by cell. */
export interface ImportTemplates {
  csv: string;
  json: unknown[];
}

const RAW_BODIES: readonly Body[] = [
  { kind: 'raw', contentType: 'application/json', text: '{"a":' },
  { kind: 'raw', contentType: 'application/json', text: '{"__proto__":{"admin":true}}' },
  { kind: 'raw', contentType: 'application/json', text: '{"constructor":{"prototype":{"admin":true}}}' },
  { kind: 'raw', contentType: 'application/json', text: '"\\u0000"' },
  { kind: 'raw', contentType: 'application/json', text: '[]' },
  { kind: 'raw', contentType: 'application/json', text: 'null' },
  { kind: 'raw', contentType: 'text/plain', text: 'hej' },
  { kind: 'raw', contentType: 'application/x-www-form-urlencoded', text: 'a=1&b=%00' },
];

function importBodyArb(t: ImportTemplates): fc.Arbitrary<Body> {
  const lines = t.csv.split(/\r?\n/);
  const spoil = fc.tuple(fc.nat(), fc.nat(), fc.constantFrom(...HOSTILE_STRINGS, 'x'.repeat(5000)));
  const csv = fc.array(spoil, { minLength: 1, maxLength: 3 }).map((edits): Body => {
    const rows = lines.map((l) => l.split(';'));
    for (const [r, c, value] of edits) {
      const row = rows[r % rows.length] as string[];
      row[c % Math.max(row.length, 1)] = value;
    }
    return { kind: 'raw', contentType: 'text/csv', text: rows.map((r) => r.join(';')).join('\r\n') };
  });
  const json = fc
    .array(
      fc.tuple(fc.nat(), fc.nat(), fc.constantFrom<unknown>(...HOSTILE_STRINGS, 2 ** 31, -1, null, 1e308)),
      {
        minLength: 1,
        maxLength: 3,
      },
    )
    .map((edits): Body => {
      const items = structuredClone(t.json) as Record<string, unknown>[];
      for (const [i, k, value] of edits) {
        const item = items[i % Math.max(items.length, 1)];
        if (!item) continue;
        const keys = Object.keys(item);
        item[keys[k % keys.length] as string] = value;
      }
      return { kind: 'json', value: items };
    });
  return fc.oneof(csv, json);
}

function bodyArb(op: Operation, templates: ImportTemplates, level: number): fc.Arbitrary<Body> {
  const body = op.body;
  if (!body) return fc.constant({ kind: 'none' });
  if (body.contentTypes.includes('text/csv'))
    return fc.oneof(
      { weight: 6, arbitrary: importBodyArb(templates) },
      { weight: 1, arbitrary: fc.constantFrom(...RAW_BODIES) },
    );
  const json = valueArb(body.schema, '', 0, level).map((value): Body => ({ kind: 'json', value }));
  if (level < 0.2) return json;
  return fc.oneof(
    { weight: 8, arbitrary: json },
    { weight: 2, arbitrary: fc.constantFrom(...RAW_BODIES) },
    { weight: 1, arbitrary: fc.constant<Body>({ kind: 'none' }) },
  );
}

function paramsArb(params: Param[], level: number): fc.Arbitrary<[string, unknown][]> {
  return fc
    .tuple(
      ...params.map((p) =>
        fc.tuple(roll, valueArb(p.schema, p.name, 0, level)).map(([r, v]) => {
          const present = p.required ? r >= level / 4 : r < 0.5;
          return present ? ([p.name, v] as [string, unknown]) : null;
        }),
      ),
    )
    .map((list) => list.filter((x): x is [string, unknown] => x !== null));
}

/** The kind of id a path parameter names: `/api/cases/{id}` → case, `{assessmentId}` → assessment. */
function pathParamKind(path: string, name: string): string {
  if (name !== 'id') return kindOfKey(name);
  const before = path.split('/{id}')[0]?.split('/').pop() ?? '';
  return singular(before);
}

/** How hostile a request is: most fit the schema but for one or two values, some are all wrong. */
const LEVELS = [0, 0.05, 0.1, 0.2, 0.5] as const;

export function requestArb<R extends string>(
  op: Operation,
  roles: fc.Arbitrary<R>,
  templates: ImportTemplates,
): fc.Arbitrary<FuzzRequest<R>> {
  return fc.constantFrom(...LEVELS).chain((level) =>
    fc
      .record({
        role: roles,
        pathParams: fc.tuple(
          ...op.pathParams.map((p) => valueArb(p.schema, p.name, 0, level).map((v) => [p.name, v] as const)),
        ),
        query: paramsArb(op.query, level),
        duplicate: roll.map((r) => r < level / 4),
        body: bodyArb(op, templates, level),
      })
      .map(({ role, pathParams: pp, query, duplicate, body }) => {
        const path: Record<string, unknown> = {};
        for (const [name, v] of pp) {
          // Path ids come from the kind the path names, not from the parameter's bare name.
          path[name] =
            v instanceof IdRef ? new IdRef(pathParamKind(op.path, name), v.index, v.upper, v.anyKind) : v;
        }
        // A repeated query key (`?a=1&a=2`) arrives as an array.
        const q = duplicate && query[0] ? [...query, query[0]] : query;
        return { role, pathParams: path, query: q, body };
      }),
  );
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids seen so far (the fixture's and those in answers), by kind. */
export class IdPool {
  private readonly byKind = new Map<string, string[]>();
  private readonly all: string[] = [];
  private readonly seen = new Set<string>();

  add(kind: string, id: string) {
    if (this.seen.has(`${kind}:${id}`)) return;
    this.seen.add(`${kind}:${id}`);
    const list = this.byKind.get(kind) ?? [];
    list.push(id);
    this.byKind.set(kind, list);
    if (!this.all.includes(id)) this.all.push(id);
  }

  /** Every uuid in an answer, by the key it stands under (`childId`, `children: [{id}]`). */
  harvest(value: unknown, kind: string) {
    if (Array.isArray(value)) {
      for (const v of value) this.harvest(v, kind);
      return;
    }
    if (value === null || typeof value !== 'object') return;
    for (const [key, v] of Object.entries(value)) {
      if (typeof v === 'string' && UUID.test(v)) this.add(key === 'id' ? kind : kindOfKey(key), v);
      else if (Array.isArray(v) && v.every((x) => typeof x === 'string' && UUID.test(x)))
        for (const id of v as string[]) this.add(kindOfKey(key), id);
      else this.harvest(v, kindOfKey(key));
    }
  }

  pick(ref: IdRef): string {
    const list = ref.anyKind ? this.all : (this.byKind.get(ref.kind) ?? this.all);
    const id =
      list.length > 0 ? (list[ref.index % list.length] as string) : '5d0f3c1e-7b1a-4c55-9e2e-000000000001';
    return ref.upper ? id.toUpperCase() : id;
  }
}

/** The kind of the ids an answer of this path is about: `/api/cases/{id}/measures` → measure. */
export function answerKind(path: string): string {
  const statics = path.split('/').filter((s) => s !== '' && !s.startsWith('{'));
  return singular(statics[statics.length - 1] ?? '');
}

function resolve(value: unknown, pool: IdPool): unknown {
  if (value instanceof IdRef) return pool.pick(value);
  if (value instanceof RawJson) return value;
  if (Array.isArray(value)) return value.map((v) => resolve(v, pool));
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolve(v, pool)]));
  return value;
}

/** JSON as sent, with raw numbers JSON.stringify cannot write. */
function jsonText(value: unknown): string {
  const raws: string[] = [];
  const text = JSON.stringify(value, (_k, v) => {
    if (v instanceof RawJson) {
      raws.push(v.text);
      return `\u0001RAW${raws.length - 1}\u0001`;
    }
    return v;
  });
  return (text ?? 'null').replace(/"\\u0001RAW(\d+)\\u0001"/g, (_m, i) => raws[Number(i)] as string);
}

/** Percent-encoding that also sends lone surrogates (as the invalid UTF-8 a careless client writes). */
export function encodeLoose(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const next = text.charCodeAt(i + 1);
    if (code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      out += encodeURIComponent(text.slice(i, i + 2));
      i++;
    } else if (code >= 0xd800 && code <= 0xdfff) {
      out += [0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f)]
        .map((b) => `%${b.toString(16).toUpperCase()}`)
        .join('');
    } else out += encodeURIComponent(text[i] as string);
  }
  return out;
}

function asText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value instanceof RawJson) return value.text;
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') return jsonText(value);
  return String(value);
}

export interface SentRequest {
  method: string;
  url: string;
  contentType?: string;
  body?: string;
}

export function buildRequest(op: Operation, req: FuzzRequest, pool: IdPool): SentRequest {
  const path = op.path.replace(/\{(\w+)\}/g, (_m, name: string) =>
    encodeLoose(asText(resolve(req.pathParams[name], pool))),
  );
  const query: string[] = [];
  for (const [name, raw] of req.query) {
    const value = resolve(raw, pool);
    for (const v of Array.isArray(value) ? value : [value])
      query.push(`${encodeLoose(name)}=${encodeLoose(asText(v))}`);
  }
  const url = query.length > 0 ? `${path}?${query.join('&')}` : path;
  const b = req.body;
  if (b.kind === 'none') return { method: op.method, url };
  if (b.kind === 'raw') return { method: op.method, url, contentType: b.contentType, body: b.text };
  return {
    method: op.method,
    url,
    contentType: b.contentType ?? 'application/json',
    body: jsonText(resolve(b.value, pool)),
  };
}

export interface Answer {
  status: number;
  headers: Headers;
  text: string;
  json: unknown;
}

/** A client with a session of its own that sends requests exactly as built (no encoding of its own). */
export class FuzzClient {
  private csrf = '';
  /** `cookie`: to send a session cookie the server never gave (a forged or stale one). */
  constructor(
    readonly baseUrl: string,
    private cookie = '',
  ) {}

  async login(username: string, password: string): Promise<number> {
    const res = await this.send({
      method: 'POST',
      url: '/api/session',
      contentType: 'application/json',
      body: JSON.stringify({ username, password }),
    });
    if (res.status === 200) this.csrf = (res.json as { csrfToken: string }).csrfToken;
    return res.status;
  }

  async send(r: SentRequest): Promise<Answer> {
    const headers: Record<string, string> = {};
    if (r.contentType) headers['content-type'] = r.contentType;
    if (this.cookie) headers.cookie = this.cookie;
    if (r.method !== 'GET' && this.csrf) headers['x-csrf-token'] = this.csrf;
    const res = await fetch(`${this.baseUrl}${r.url}`, {
      method: r.method,
      headers,
      ...(r.body !== undefined ? { body: r.body } : {}),
    });
    const setCookie = res.headers.get('set-cookie');
    if (setCookie?.startsWith('trappen_session=') && r.url === '/api/session')
      this.cookie = setCookie.split(';')[0] ?? '';
    const text = await res.text();
    let json: unknown;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }
    return { status: res.status, headers: res.headers, text, json };
  }
}

/** 32-bit FNV-1a: each operation's seed follows from its name, so adding one changes no other. */
export function seedOf(base: number, name: string): number {
  let h = 0x811c9dc5 ^ base;
  for (let i = 0; i < name.length; i++) {
    h ^= name.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}
