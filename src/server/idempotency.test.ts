import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, loginAs, startTestServer, type TestServer } from '../testing/server.ts';
import { addChild, auditRows } from './casework/cases.testing.ts';
import { type CreateOnce, createOnce, requestHash } from './idempotency.ts';

/**
 * A retried create never makes a second record (migration 010): plans, child conversations, family
 * meetings, the network map and assessments, each with the same three cases — a retry returns the
 * first record with 200, two at once make one, and the key reused for another request is 409.
 */

let server: TestServer;
let caseworker: ApiClient;
let caseworker2: ApiClient;

beforeAll(async () => {
  server = await startTestServer({ label: 'casework-idempotency' });
  caseworker = await loginAs(server, 'caseworker');
  caseworker2 = await loginAs(server, 'caseworker2');
});
afterAll(() => server?.close());

async function ownCase(): Promise<string> {
  const child = await addChild(server.db, server.municipality, {
    openCase: true,
    caseworkerId: server.users.caseworker.id,
  });
  return child.caseId as string;
}

describe('requestHash', () => {
  it('hashes an object by content, not by its key order, and text or bytes as they are', () => {
    expect(requestHash({ a: 1, b: [2, { c: 3, d: 4 }] })).toBe(requestHash({ b: [2, { d: 4, c: 3 }], a: 1 }));
    expect(requestHash({ a: 1 })).not.toBe(requestHash({ a: 2 }));
    // The SHA-256 of "abc" (FIPS 180-2): stored hashes stay comparable with the ones already stored.
    const abc = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad';
    expect(requestHash('abc')).toBe(abc);
    expect(requestHash(new TextEncoder().encode('abc'))).toBe(abc);
  });
});

describe('createOnce', () => {
  type Row = { id: string; text: string };
  function store(text: string, rows: Map<string, Row>): CreateOnce<Row, Row> {
    return {
      key: 'key-1',
      byKey: async (key) => rows.get(key),
      sameRequest: (row) => row.text === text,
      what: 'noget andet',
      view: (row) => row,
    };
  }
  const opened: string[] = [];
  const open = async (id: string, details: Record<string, unknown>) => {
    opened.push(`${id}:${JSON.stringify(details)}`);
  };

  it('makes the record once, replays it for the same request and refuses another (409)', async () => {
    const rows = new Map<string, Row>();
    const make = async (id: string) => {
      const row = { id, text: 'a' };
      rows.set('key-1', row);
      return row;
    };
    const first = await createOnce(store('a', rows), open, make);
    expect(first.created).toBe(true);
    const retry = await createOnce(store('a', rows), open, make);
    expect(retry).toEqual({ created: false, body: first.body });
    expect(opened.at(-1)).toBe(`${first.body.id}:{"idempotencyKey":"key-1","retry":true}`);
    await expect(createOnce(store('b', rows), open, make)).rejects.toMatchObject({ id: 'conflict' });
  });

  it('returns the winner of a race as a retry, and 409 when the winner is gone', async () => {
    const rows = new Map<string, Row>();
    const raced = await createOnce(store('a', rows), open, async () => {
      rows.set('key-1', { id: 'winner', text: 'a' });
      return undefined;
    });
    expect(raced).toEqual({ created: false, body: { id: 'winner', text: 'a' } });
    const empty = new Map<string, Row>();
    await expect(createOnce(store('a', empty), open, async () => undefined)).rejects.toMatchObject({
      id: 'conflict',
    });
  });
});

const participants = [{ name: 'Mor', relation: 'mor' }];

interface Endpoint {
  path: string;
  table: 'plan' | 'child_conversation' | 'family_meeting' | 'network_member' | 'assessment';
  body: Record<string, unknown>;
  /** the same key with this body is another request */
  other: Record<string, unknown>;
}

const ENDPOINTS: Endpoint[] = [
  {
    path: 'plans',
    table: 'plan',
    body: {
      kind: 'child_plan',
      agreedOn: '2026-01-10',
      participants,
      goals: [{ icsArea: 'development', text: 'Kommer i skole hver dag.' }],
    },
    other: { agreedOn: '2026-01-11' },
  },
  {
    path: 'child-conversations',
    table: 'child_conversation',
    body: { heldOn: '2026-01-12', form: 'walk_and_talk', childWords: 'Jeg vil gerne bo hjemme.' },
    other: { childWords: 'Noget andet.' },
  },
  {
    path: 'family-meetings',
    table: 'family_meeting',
    body: { heldOn: '2026-01-13', purpose: 'Hvem kan hjælpe?', participants, agreements: 'Mormor henter.' },
    other: { purpose: 'Et andet møde' },
  },
  {
    path: 'network',
    table: 'network_member',
    body: { name: 'Mormor Inge', relation: 'mormor', closeness: 'close', contributions: ['pick_up'] },
    other: { name: 'Morfar Ib' },
  },
  {
    path: 'assessments',
    table: 'assessment',
    body: { kind: 'assessment', development: 'Trives i skolen.' },
    other: { kind: 'clarification' },
  },
];

async function countOf(table: Endpoint['table'], caseId: string): Promise<number> {
  const row = await server.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('case_id', '=', caseId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

describe.each(ENDPOINTS)('POST /api/cases/:id/$path with an idempotency key', (e) => {
  it('returns the same record for a retry (200), and the audit names it', async () => {
    const caseId = await ownCase();
    const body = { ...e.body, idempotencyKey: randomUUID() };
    const first = await caseworker.post(`/api/cases/${caseId}/${e.path}`, body);
    expect(first.status).toBe(201);
    const retry = await caseworker.post(`/api/cases/${caseId}/${e.path}`, body);
    expect(retry.status).toBe(200);
    expect(retry.body).toEqual(first.body);
    expect(await countOf(e.table, caseId)).toBe(1);
    const audit = await auditRows(server.db, server.municipality, first.body.id);
    expect(audit.map((a) => [a.action, a.outcome, a.details.retry ?? false])).toEqual([
      ['create', 'allowed', false],
      ['create', 'allowed', true],
    ]);
    expect(audit[0]?.details.idempotencyKey).toBe(body.idempotencyKey);
  });

  it('makes one record of two identical requests at once', async () => {
    const caseId = await ownCase();
    const body = { ...e.body, idempotencyKey: randomUUID() };
    const [a, b] = await Promise.all([
      caseworker.post(`/api/cases/${caseId}/${e.path}`, body),
      caseworker.post(`/api/cases/${caseId}/${e.path}`, body),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 201]);
    expect(a.body.id).toBe(b.body.id);
    expect(await countOf(e.table, caseId)).toBe(1);
  });

  it('refuses the key reused for another request, another case or by another user (409)', async () => {
    const caseId = await ownCase();
    const key = randomUUID();
    const first = await caseworker.post(`/api/cases/${caseId}/${e.path}`, { ...e.body, idempotencyKey: key });
    expect(first.status).toBe(201);
    const changed = await caseworker.post(`/api/cases/${caseId}/${e.path}`, {
      ...e.body,
      ...e.other,
      idempotencyKey: key,
    });
    expect(changed.status).toBe(409);
    expect(changed.body.error.id).toBe('conflict');
    const elsewhere = await caseworker.post(`/api/cases/${await ownCase()}/${e.path}`, {
      ...e.body,
      idempotencyKey: key,
    });
    expect(elsewhere.status).toBe(409);
    const otherUser = await caseworker2.post(`/api/cases/${server.municipality.cases.other}/${e.path}`, {
      ...e.body,
      idempotencyKey: key,
    });
    expect(otherUser.status).toBe(409);
    expect(await countOf(e.table, caseId)).toBe(1);
  });

  it('still makes a new record for each request without a key, and refuses a malformed key (400)', async () => {
    const caseId = await ownCase();
    const bad = await caseworker.post(`/api/cases/${caseId}/${e.path}`, {
      ...e.body,
      idempotencyKey: 'kort',
    });
    expect(bad.status).toBe(400);
    expect((await caseworker.post(`/api/cases/${caseId}/${e.path}`, e.body)).status).toBe(201);
    expect(await countOf(e.table, caseId)).toBe(1);
  });
});
