import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLadderOffers } from '../testing/casework.ts';
import { type ApiClient, loginAll, startTestServer, type TestServer } from '../testing/server.ts';
import { sendSchoolReport } from './intake/reports.testing.ts';

/**
 * The 5xx a client could cause (issue #10, item 11), each now a 400 `invalid_input` in Danish:
 * a NUL byte in a string (PostgreSQL refuses 0x00), a lone surrogate where the value reaches jsonb
 * (the audit row's details, a meeting's participants), year 0000/0001 and 30 February, integers
 * beyond int4; and an id in upper case, which is now the same id as in lower case (item 2).
 */

let server: TestServer;
let c: Record<'admin' | 'leader' | 'front' | 'teacher' | 'caseworker', ApiClient>;
let offerId: string;
let reportId: string;
let memberId: string;

beforeAll(async () => {
  server = await startTestServer({ label: 'edge' });
  c = await loginAll(server, ['admin', 'leader', 'front', 'teacher', 'caseworker']);
  offerId = (await createLadderOffers(server.db, server.municipality))[1] as string;
  reportId = await sendSchoolReport(c.teacher, server.children.inClass.id);
  const member = await c.caseworker.post(`/api/cases/${server.municipality.cases.inClass}/network`, {
    name: 'Mormor',
    relation: 'mormor',
    closeness: 'close',
    contributions: ['weekends'],
  });
  expect(member.status).toBe(201);
  memberId = member.body.id;
});
afterAll(() => server.close());

const NUL = 'Notat\u0000med nul';
const LONE = 'før\ud800efter';

function expectInvalid(
  res: { status: number; body: { error?: { id: string; message: string } } },
  text: RegExp,
) {
  expect(res.status).toBe(400);
  expect(res.body.error?.id).toBe('invalid_input');
  expect(res.body.error?.message).toMatch(text);
}

describe('a NUL byte or a lone surrogate in a string', () => {
  const UNSTORABLE = /tegn, der ikke kan gemmes/;

  it('is refused at login, in a search and in the audit search', async () => {
    const anonymous = new (c.admin.constructor as new (url: string) => ApiClient)(server.url);
    expectInvalid(await anonymous.post('/api/session', { username: NUL, password: 'x' }), UNSTORABLE);
    expectInvalid(await c.caseworker.get(`/api/children?q=${encodeURIComponent(NUL)}`), UNSTORABLE);
    expectInvalid(await c.admin.get(`/api/audit?user=${encodeURIComponent(NUL)}`), UNSTORABLE);
    expectInvalid(await c.admin.get(`/api/audit?entity=${encodeURIComponent(NUL)}`), UNSTORABLE);
  });

  it('is refused in what is written: a reason, a report, a journal entry, a meeting, an offer', async () => {
    const { inClass } = server.children;
    // Front may never ask for emergency access: refused before the reason is read (403); a caseworker,
    // who may, gets the 400.
    const reason = { reason: `Akut bekymring ${NUL}` };
    const front = await c.front.post(`/api/children/${inClass.id}/emergency-access`, reason);
    expect(front.status).toBe(403);
    expect(front.body.error.id).toBe('forbidden');
    expectInvalid(
      await c.caseworker.post(`/api/children/${inClass.id}/emergency-access`, reason),
      UNSTORABLE,
    );
    expectInvalid(
      await c.teacher.post('/api/reports', {
        idempotencyKey: randomUUID(),
        childId: inClass.id,
        source: 'school',
        reporter: { kind: 'professional' },
        acute: false,
        text: NUL,
      }),
      UNSTORABLE,
    );
    expectInvalid(
      await c.caseworker.post(`/api/cases/${server.municipality.cases.inClass}/journal`, {
        kind: 'note',
        occurredAt: new Date().toISOString(),
        text: NUL,
      }),
      UNSTORABLE,
    );
    expectInvalid(
      await c.leader.post(`/api/districts/${server.municipality.districts.d1}/meetings`, {
        heldOn: '2026-03-02',
        participants: [{ name: LONE, role: 'Leder' }],
      }),
      UNSTORABLE,
    );
    // A teacher may never create offers: refused before the body is read (403, audited); before,
    // the refusal's audit row (jsonb) failed on the name. The administrator, who may, gets 400.
    const offer = { name: LONE, providerKind: 'own', providerName: 'X', stepId: randomUUID() };
    const refused = await c.teacher.post('/api/offers', offer);
    expect(refused.status).toBe(403);
    expect(refused.body.error.id).toBe('forbidden');
    expectInvalid(await c.admin.post('/api/offers', offer), UNSTORABLE);
    expectInvalid(
      await c.teacher.post(`/api/reports/${reportId}/attachments`, {
        fileName: 'notat\ud800.txt',
        mediaType: 'text/plain',
        contentBase64: Buffer.from('Notat').toString('base64'),
      }),
      UNSTORABLE,
    );
  });

  it('in a catalog file is one of the import’s own errors, with its line and column', async () => {
    const admin = await sessionOf('admin');
    const exported = await fetch(`${server.url}/api/offers/export?format=csv`, {
      headers: { cookie: admin.cookie },
    });
    const [header, first] = (await exported.text()).split(/\r?\n/);
    const spoilt = (first as string).replace('Testkommunen', 'Test\u0000kommunen');
    const res = await fetch(`${server.url}/api/offers/import?dryRun=true`, {
      method: 'POST',
      headers: {
        cookie: admin.cookie,
        'x-csrf-token': admin.csrfToken,
        'content-type': 'text/csv',
      },
      body: `${header}\r\n${spoilt}\r\n`,
    });
    expect(res.status).toBe(422);
    const body = await res.json();
    expect(body.error.id).toBe('invalid_import');
    expect(body.errors).toEqual([
      { line: 2, column: 'Leverandør', message: expect.stringMatching(UNSTORABLE) },
    ]);
  });
});

/** A fresh session's cookie and CSRF token, for requests that are not JSON. */
async function sessionOf(key: 'admin') {
  const user = server.users[key];
  const res = await fetch(`${server.url}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: user.username, password: user.password }),
  });
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return { csrfToken, cookie: (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '' };
}

describe('dates', () => {
  it('of year 0000 or 0001, or that do not exist, are refused, figures’ periods included', async () => {
    const base = { childId: server.children.unlinked.id, reason: 'Ny sag' };
    expectInvalid(await c.front.post('/api/cases', { ...base, awareOn: '0000-01-01' }), /1900 og 2200/);
    expectInvalid(await c.admin.get('/api/audit?from=2026-02-30'), /Datoen findes ikke/);
    expectInvalid(await c.admin.get('/api/audit?to=0000-01-01'), /1900 og 2200/);
    for (const figure of ['F8', 'F9', 'F12']) {
      expectInvalid(await c.leader.get(`/api/figures/${figure}?to=0001-01-01`), /1900 og 2200/);
      expectInvalid(
        await c.leader.get(`/api/figures/${figure}?from=0001-01-01&to=0001-02-01`),
        /1900 og 2200/,
      );
    }
    expectInvalid(await c.leader.get('/api/figures/F8?from=0000-01-01&to=0000-02-01'), /1900 og 2200/);
    expectInvalid(
      await c.caseworker.post(`/api/cases/${server.municipality.cases.inClass}/journal`, {
        kind: 'note',
        occurredAt: '0000-01-01T00:00:00Z',
        text: 'Samtale',
      }),
      /1900 og 2200/,
    );
  });
});

describe('whole numbers', () => {
  it('beyond an integer column (2147483647) are refused: versions and capacity', async () => {
    expectInvalid(
      await c.caseworker.patch(`/api/network-members/${memberId}`, { version: 2 ** 31, name: 'Morfar' }),
      /Versionen skal være et helt tal fra 1 til 2147483647/,
    );
    expectInvalid(await c.admin.patch(`/api/offers/${offerId}`, { capacity: 2 ** 31 }), /Kapaciteten/);
    expect((await c.admin.patch(`/api/offers/${offerId}`, { capacity: 2 ** 31 - 1 })).status).toBe(200);
  });
});

describe('an id in upper case', () => {
  it('is the same id: a group’s wellbeing page and a child’s page answer as for the lower-case id', async () => {
    const groups = await c.teacher.get('/api/groups/mine');
    const groupId = groups.body.groups[0].id as string;
    const lower = await c.teacher.get(`/api/groups/${groupId}/wellbeing`);
    const upper = await c.teacher.get(`/api/groups/${groupId.toUpperCase()}/wellbeing`);
    expect(lower.status).toBe(200);
    expect(upper.status).toBe(200);
    expect(upper.body).toEqual(lower.body);

    const child = server.children.inClass.id;
    const page = await c.caseworker.get(`/api/children/${child.toUpperCase()}`);
    expect(page.status).toBe(200);
    expect(page.body).toEqual((await c.caseworker.get(`/api/children/${child}`)).body);
  });

  it('reaches the use case in lower case, so the audit search finds the read', async () => {
    const child = server.children.districtCase.id;
    expect((await c.caseworker.get(`/api/children/${child.toUpperCase()}`)).status).toBe(200);
    const rows = await server.db
      .selectFrom('audit_log')
      .select(['entity_id'])
      .where('municipality_id', '=', server.municipality.id)
      .where('user_id', '=', server.users.caseworker.id)
      .where('entity_type', '=', 'child')
      .execute();
    expect(rows.map((r) => r.entity_id)).toContain(child);
    expect(rows.map((r) => r.entity_id)).not.toContain(child.toUpperCase());
    const found = await c.admin.get(`/api/audit?entity=${child.toUpperCase()}`);
    expect(found.status === 200 || found.status === 403).toBe(true);
  });
});
