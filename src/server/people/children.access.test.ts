import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHILD_KEYS, type ChildKey, USER_KEYS, type UserKey } from '../../testing/fixtures.ts';
import { type ApiClient, loginAs, startTestServer, type TestServer } from '../../testing/server.ts';

/**
 * Every role against every person endpoint, in and out of scope, as domain.md says
 * (see the shape of the test municipality in src/testing/fixtures.ts).
 */
const SEES: Record<UserKey, ChildKey[]> = {
  admin: [],
  analyst: [],
  front: ['inClass', 'inDaycare', 'districtCase', 'other', 'unlinked'],
  leader: ['inClass', 'inDaycare', 'districtCase'],
  preventive: ['inClass', 'inDaycare', 'districtCase'],
  caseworker: ['inClass', 'districtCase'],
  caseworker2: ['other'],
  fosterCare: ['other'],
  teacher: ['inClass'],
  pedagogue: ['inDaycare'],
  dpo: [],
};
const MASKED: UserKey[] = ['teacher', 'pedagogue'];
const NO_PERSON_ACCESS: UserKey[] = ['admin', 'analyst', 'dpo'];

let server: TestServer;
const clients = {} as Record<UserKey, ApiClient>;
beforeAll(async () => {
  server = await startTestServer({ label: 'access' });
  for (const key of USER_KEYS) clients[key] = await loginAs(server, key);
});
afterAll(() => server.close());

describe.each(USER_KEYS)('%s', (userKey) => {
  it.each(CHILD_KEYS)(`GET /api/children/:id for %s`, async (childKey) => {
    const child = server.children[childKey];
    const res = await clients[userKey].get(`/api/children/${child.id}`);
    if (SEES[userKey].includes(childKey)) {
      expect(res.status).toBe(200);
      expect(res.body.child.id).toBe(child.id);
      const masked = MASKED.includes(userKey);
      expect(res.body.child.cprMasked).toBe(masked);
      expect(res.body.child.cpr).toBe(
        masked ? `${child.cpr.slice(0, 6)}-••••` : `${child.cpr.slice(0, 6)}-${child.cpr.slice(6)}`,
      );
    } else {
      expect(res.status).toBe(403);
      expect(res.body).toEqual({ error: { id: 'forbidden', message: expect.any(String) } });
    }
  });

  it('GET /api/children lists exactly the children in scope', async () => {
    const res = await clients[userKey].get('/api/children');
    if (NO_PERSON_ACCESS.includes(userKey)) {
      expect(res.status).toBe(403);
      return;
    }
    expect(res.status).toBe(200);
    const ids = res.body.children.map((c: { id: string }) => c.id).sort();
    expect(ids).toEqual(SEES[userKey].map((k) => server.children[k].id).sort());
  });
});

describe('search', () => {
  it('finds by name prefix and by CPR, case-insensitively', async () => {
    const front = clients.front;
    const { lastName, cpr, id } = server.children.other;
    const byName = await front.get(
      `/api/children?q=${encodeURIComponent(`didrik ${lastName.toLowerCase()}`)}`,
    );
    expect(byName.body.children.map((c: { id: string }) => c.id)).toEqual([id]);
    const byCpr = await front.get(`/api/children?q=${cpr.slice(0, 6)}-${cpr.slice(6)}`);
    expect(byCpr.body.children.map((c: { id: string }) => c.id)).toEqual([id]);
  });

  it('does not let a professional find a child outside their units by CPR', async () => {
    const { cpr } = server.children.other;
    const res = await clients.teacher.get(`/api/children?q=${cpr}`);
    expect(res.body.children).toEqual([]);
  });

  it('rejects unknown query parameters', async () => {
    const res = await clients.front.get('/api/children?q=a&district=x');
    expect(res.status).toBe(400);
    expect(res.body.error.id).toBe('invalid_input');
  });
});

describe('child page', () => {
  it('shows household, persons around the child and groups', async () => {
    const res = await clients.caseworker.get(`/api/children/${server.children.inClass.id}`);
    expect(res.body.child).toMatchObject({
      household: { address: 'Testvej 1', district: { name: 'Nord' } },
      persons: [{ relation: 'mother', relationLabel: 'Mor', hasCustody: true, livesWithChild: true }],
      groups: [{ name: '1.A', unit: { name: 'Nordskolen', kind: 'school' } }],
      access: { via: 'scope', emergency: false },
      openCaseId: server.municipality.cases.inClass,
    });
  });

  it('names the open case only to roles that work cases: never to a professional', async () => {
    const id = server.children.inClass.id;
    expect((await clients.teacher.get(`/api/children/${id}`)).body.child.openCaseId).toBeNull();
    expect((await clients.front.get(`/api/children/${id}`)).body.child.openCaseId).toBeNull();
    expect((await clients.leader.get(`/api/children/${id}`)).body.child.openCaseId).toBe(
      server.municipality.cases.inClass,
    );
    expect((await clients.caseworker.get(`/api/children/${server.children.inDaycare.id}`)).status).toBe(403);
  });

  it('answers 404 for an unknown child and 400 for a malformed id', async () => {
    expect((await clients.front.get('/api/children/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await clients.front.get('/api/children/not-an-id')).status).toBe(400);
  });
});

describe('emergency access', () => {
  it('lets a caseworker read an out-of-scope child with a reason, flagged in the audit log', async () => {
    const child = server.children.unlinked;
    const client = clients.caseworker;
    expect((await client.get(`/api/children/${child.id}`)).status).toBe(403);
    const short = await client.post(`/api/children/${child.id}/emergency-access`, { reason: 'kort' });
    expect(short.status).toBe(400);
    const granted = await client.post(`/api/children/${child.id}/emergency-access`, {
      reason: 'Politiet ringer om akut situation i hjemmet',
    });
    expect(granted.status).toBe(201);
    const read = await client.get(`/api/children/${child.id}`);
    expect(read.status).toBe(200);
    expect(read.body.child.access).toEqual({ via: 'emergency', emergency: true });

    const audit = await clients.dpo.get(`/api/audit?entity=${child.id}`);
    const rows = audit.body.rows as {
      action: string;
      outcome: string;
      emergency: boolean;
      reason: string | null;
      username: string;
    }[];
    expect(rows.find((r) => r.action === 'read' && r.emergency)).toMatchObject({
      outcome: 'allowed',
      reason: 'Politiet ringer om akut situation i hjemmet',
      username: server.users.caseworker.username,
    });
    expect(rows.find((r) => r.action === 'read' && r.outcome === 'denied')).toBeDefined();
  });

  it('is not available to professionals or analysts', async () => {
    for (const key of ['teacher', 'analyst'] as const) {
      const res = await clients[key].post(`/api/children/${server.children.unlinked.id}/emergency-access`, {
        reason: 'Jeg vil gerne se barnet alligevel',
      });
      expect(res.status).toBe(403);
    }
  });
});

describe('audit of reads', () => {
  it('logs every child read and search with user and role, and the audit log is for leaders, the admin and the data-protection officer only', async () => {
    const child = server.children.inDaycare;
    await clients.pedagogue.get(`/api/children/${child.id}`);
    await clients.pedagogue.get('/api/children?q=Bertram');
    const res = await clients.dpo.get(`/api/audit?user=${server.users.pedagogue.username}`);
    expect(res.status).toBe(200);
    const actions = res.body.rows.map(
      (r: { action: string; entityType: string }) => `${r.action}:${r.entityType}`,
    );
    expect(actions).toEqual(expect.arrayContaining(['read:child', 'search:child', 'login:user']));
    expect(res.body.rows[0]).toMatchObject({ role: 'professional', outcome: 'allowed' });
    for (const key of ['caseworker', 'teacher', 'analyst', 'front'] as const) {
      expect((await clients[key].get('/api/audit')).status).toBe(403);
    }
  });

  it('filters by date in Danish calendar days', async () => {
    const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' }).format(new Date());
    const todayRows = await clients.leader.get(`/api/audit?from=${today}&to=${today}`);
    expect(todayRows.body.rows.length).toBeGreaterThan(0);
    const past = await clients.leader.get('/api/audit?from=2020-01-01&to=2020-01-31');
    expect(past.body.rows).toEqual([]);
    const bad = await clients.leader.get('/api/audit?from=1.1.2020');
    expect(bad.status).toBe(400);
  });
});
