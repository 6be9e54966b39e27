import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ChildKey, USER_KEYS, type UserKey } from '../../testing/fixtures.ts';
import { type ApiClient, loginAs, startTestServer, type TestServer } from '../../testing/server.ts';
import { concernBody, del, groupsOf, key, patch, put } from './detection.testing.ts';

/**
 * Every role against every detection endpoint, in and out of scope (domain.md; the shape of the
 * test municipality is in src/testing/fixtures.ts). Written out by hand, not derived from the
 * policy file, so that a change to the policy must change this specification too.
 */

type Right =
  | 'concern_create'
  | 'guide_read'
  | 'concerns_read'
  | 'transition_create'
  | 'transition_read'
  | 'follow_manage';

const PROFESSIONAL: Right[] = ['concern_create', 'guide_read', 'transition_create', 'transition_read'];
const READER: Right[] = ['concerns_read', 'transition_read'];

/** Each user's child in scope and one outside every scope. */
const ROLE: Record<UserKey, { inChild: ChildKey; outChild: ChildKey | null; rights: Right[] }> = {
  admin: { inChild: 'inClass', outChild: 'other', rights: [] },
  dpo: { inChild: 'inClass', outChild: 'other', rights: [] },
  analyst: { inChild: 'inClass', outChild: 'other', rights: [] },
  // Front reads the concerns of the children it has a report about (inClass, reported below).
  front: { inChild: 'inClass', outChild: 'inDaycare', rights: READER },
  leader: { inChild: 'inClass', outChild: 'other', rights: READER },
  preventive: {
    inChild: 'inClass',
    outChild: 'other',
    // What a professional may, and reading concerns and following the child.
    rights: [...PROFESSIONAL, 'concerns_read', 'follow_manage'],
  },
  caseworker: { inChild: 'inClass', outChild: 'inDaycare', rights: READER },
  caseworker2: { inChild: 'other', outChild: 'inClass', rights: READER },
  fosterCare: { inChild: 'other', outChild: 'inClass', rights: [] },
  teacher: { inChild: 'inClass', outChild: 'inDaycare', rights: PROFESSIONAL },
  pedagogue: { inChild: 'inDaycare', outChild: 'inClass', rights: PROFESSIONAL },
};

/** Endpoints without a child of one's own scope: who gets through. */
const MAY: Record<string, UserKey[]> = {
  mine: ['teacher', 'pedagogue', 'preventive'],
  queue: ['preventive', 'leader'],
  signalRead: ['preventive', 'leader'],
  signalAct: ['preventive'],
  groups: ['teacher', 'pedagogue'],
  classRead: ['teacher'],
  classRate: ['teacher'],
  concernRead: ['teacher', 'front', 'leader', 'preventive', 'caseworker'],
  concernEdit: ['pedagogue'],
  settingsRead: USER_KEYS.filter((k) => k !== 'dpo'),
  settingsEdit: ['admin'],
};

let server: TestServer;
const clients = {} as Record<UserKey, ApiClient>;
let classId: string;
let teacherConcern: string;
let pedagogueConcern: string;
let signalId: string;
const refusals = {} as Record<UserKey, number>;

beforeAll(async () => {
  server = await startTestServer({ label: 'detection-access' });
  for (const k of USER_KEYS) {
    clients[k] = await loginAs(server, k);
    refusals[k] = 0;
  }
  classId = (await groupsOf(clients.teacher))[0]?.id as string;
  const inClass = server.children.inClass.id;
  const report = await clients.teacher.post('/api/reports', {
    idempotencyKey: crypto.randomUUID(),
    childId: inClass,
    source: 'school',
    reporter: { kind: 'professional', organisation: 'Nordskolen' },
    acute: false,
    text: 'Barnet virker bange for at gå hjem.',
  });
  expect(report.status).toBe(201);
  teacherConcern = (await clients.teacher.post('/api/concerns', concernBody(inClass, { level: 7 }))).body.id;
  await clients.preventive.post('/api/concerns', concernBody(inClass, { level: 7 }));
  pedagogueConcern = (
    await clients.pedagogue.post('/api/concerns', concernBody(server.children.inDaycare.id, { level: 9 }))
  ).body.id;
  signalId = (await clients.preventive.get('/api/signals')).body.signals[0].id;
});
afterAll(() => server.close());

async function expectStatus(
  user: UserKey,
  res: Promise<{ status: number }>,
  allowed: number[],
  denied = 403,
) {
  const { status } = await res;
  if (allowed.length > 0) expect(allowed, `${user}: got ${status}`).toContain(status);
  else {
    expect(status, user).toBe(denied);
    if (denied === 403) refusals[user] += 1;
  }
}

const transition = (childId: string) => ({
  childId,
  kind: 'home_to_daycare',
  heldOn: '2026-01-10',
  participants: [{ name: 'Far', role: 'parent' }],
});

describe.each(USER_KEYS)('%s', (user) => {
  const { inChild, outChild, rights } = ROLE[user];
  const cases: [ChildKey, boolean][] = [
    [inChild, true],
    ...(outChild ? [[outChild, false] as [ChildKey, boolean]] : []),
  ];

  it.each(cases)('child-scoped endpoints for %s (in scope: %s)', async (childKey, inScope) => {
    const client = clients[user];
    const id = server.children[childKey].id;
    const may = (r: Right) => inScope && rights.includes(r);
    await expectStatus(
      user,
      client.post('/api/concerns', concernBody(id, { level: 8 })),
      may('concern_create') ? [201] : [],
    );
    await expectStatus(user, client.get(`/api/guide?childId=${id}&level=6`), may('guide_read') ? [200] : []);
    await expectStatus(user, client.get(`/api/children/${id}/concerns`), may('concerns_read') ? [200] : []);
    await expectStatus(
      user,
      client.post('/api/transition-conversations', transition(id)),
      may('transition_create') ? [201] : [],
    );
    await expectStatus(
      user,
      client.get(`/api/children/${id}/transition-conversations`),
      may('transition_read') ? [200] : [],
    );
    await expectStatus(
      user,
      client.post(`/api/children/${id}/preventive-follow`, {}),
      may('follow_manage') ? [201] : [],
    );
    await expectStatus(
      user,
      del(client, `/api/children/${id}/preventive-follow`),
      may('follow_manage') ? [204] : [],
    );
  });

  it('endpoints of concerns, signals, groups and settings', async () => {
    const client = clients[user];
    const ok = (what: string, statuses: number[]) => (MAY[what]?.includes(user) ? statuses : []);
    await expectStatus(user, client.get('/api/concerns/mine'), ok('mine', [200]));
    await expectStatus(user, client.get(`/api/concerns/${teacherConcern}`), ok('concernRead', [200]));
    await expectStatus(
      user,
      patch(client, `/api/concerns/${pedagogueConcern}`, { parentsInformed: false }),
      ok('concernEdit', [200]),
    );
    await expectStatus(
      user,
      client.post(`/api/concerns/${pedagogueConcern}/corrections`, { text: 'Rettelse' }),
      ok('concernEdit', [201]),
    );
    await expectStatus(user, client.get('/api/signals'), ok('queue', [200]));
    await expectStatus(user, client.get(`/api/signals/${signalId}`), ok('signalRead', [200]));
    await expectStatus(
      user,
      client.post(`/api/signals/${signalId}/actions`, { kind: 'acknowledge' }),
      ok('signalAct', [200, 201]),
    );
    await expectStatus(user, client.get('/api/groups/mine'), ok('groups', [200]));
    await expectStatus(user, client.get(`/api/groups/${classId}/wellbeing`), ok('classRead', [200]));
    await expectStatus(
      user,
      client.post(`/api/groups/${classId}/wellbeing`, {
        idempotencyKey: key(),
        ratings: [{ childId: server.children.inClass.id, color: 'green' }],
      }),
      ok('classRate', [201]),
    );
    await expectStatus(user, client.get('/api/detection/settings'), ok('settingsRead', [200]));
    const settings = (await clients.admin.get('/api/detection/settings')).body.settings;
    await expectStatus(user, put(client, '/api/detection/settings', settings), ok('settingsEdit', [200]));
  });

  it('has every refusal in the audit log', async () => {
    const audit = await clients.dpo.get(`/api/audit?user=${server.users[user].username}`);
    const denied = audit.body.rows.filter((r: { outcome: string }) => r.outcome === 'denied');
    expect(denied).toHaveLength(refusals[user]);
  });
});

it('refuses an unauthenticated client (401) and a write without the CSRF token (403)', async () => {
  expect((await fetch(`${server.url}/api/signals`)).status).toBe(401);
  const res = await fetch(`${server.url}/api/concerns`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(concernBody(server.children.inClass.id)),
  });
  expect(res.status).toBe(403);
});

it('logs every read of a child’s concerns, flagged when under emergency access', async () => {
  const child = server.children.unlinked.id;
  const caseworker = clients.caseworker;
  expect((await caseworker.get(`/api/children/${child}/concerns`)).status).toBe(403);
  await caseworker.post(`/api/children/${child}/emergency-access`, {
    reason: 'Politiet ringer om en akut situation',
  });
  const read = await caseworker.get(`/api/children/${child}/concerns`);
  expect(read.status).toBe(200);
  expect(read.body.access).toEqual({ via: 'emergency', emergency: true });
  const audit = await clients.dpo.get(`/api/audit?entity=${child}`);
  expect(
    audit.body.rows.find(
      (r: { action: string; emergency: boolean }) => r.action === 'read_concerns' && r.emergency,
    ),
  ).toMatchObject({
    outcome: 'allowed',
    reason: 'Politiet ringer om en akut situation',
  });
  // A grant lets nobody write: the caseworker still may not register a concern.
  expect((await caseworker.post('/api/concerns', concernBody(child))).status).toBe(403);
});
