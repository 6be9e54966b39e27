import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAll, startTestServer, type TestServer } from '../../testing/server.ts';
import {
  addUserMember,
  councilBody,
  createForum,
  EVERY_SECOND_TUESDAY,
  meetingIn,
  newKey,
} from './forums.testing.ts';

let server: TestServer;
let c: Awaited<ReturnType<typeof loginAll<'admin' | 'leader' | 'caseworker' | 'caseworker2' | 'preventive'>>>;
let d1: string;
let d2: string;
beforeAll(async () => {
  server = await startTestServer({ label: 'forums' });
  c = await loginAll(server, ['admin', 'leader', 'caseworker', 'caseworker2', 'preventive']);
  ({ d1, d2 } = server.municipality.districts);
});
afterAll(() => server.close());

const committee = (key = newKey(), name = 'Anbringelses- og efterværnsudvalget') => ({
  idempotencyKey: key,
  kind: 'placement_committee',
  name,
  rhythm: { kind: 'monthly', weekday: 3, nth: 'last', from: '2027-01-01' },
});

function lastAudit(userId: string) {
  return server.db
    .selectFrom('audit_log')
    .select(['action', 'entity_type', 'entity_id', 'outcome', 'details'])
    .where('municipality_id', '=', server.municipality.id)
    .where('user_id', '=', userId)
    .orderBy('seq', 'desc')
    .executeTakeFirstOrThrow();
}

describe('creating a forum', () => {
  it('is idempotent: the same key and request is the same forum (200), another request under it 409', async () => {
    const body = committee();
    const first = await c.admin.post('/api/forums', body);
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({
      kind: 'placement_committee',
      kindLabel: 'Anbringelses- og efterværnsudvalget',
      district: null,
      rhythmText: 'Den sidste onsdag i hver måned fra 01.01.2027',
      active: true,
      members: [],
    });
    const again = await c.admin.post('/api/forums', body);
    expect([again.status, again.body]).toEqual([200, first.body]);
    const other = await c.admin.post('/api/forums', { ...body, name: 'Et andet navn' });
    expect([other.status, other.body.error.id]).toEqual([409, 'conflict']);
    expect((await lastAudit(server.users.admin.id)).details).toMatchObject({ retry: true });
  });

  it('keeps one of each municipality-wide forum', async () => {
    const res = await c.admin.post('/api/forums', committee());
    expect(res.status).toBe(409);
    expect(res.body.error.message).toBe('Kommunen har allerede Anbringelses- og efterværnsudvalget.');
  });

  it('keeps one council per district, set up by the admin or the leader of that district', async () => {
    const own = await c.leader.post('/api/forums', councilBody(d1, 'Kreativt Råd Nord'));
    expect(own.status).toBe(201);
    expect(own.body).toMatchObject({
      kind: 'creative_council',
      district: { id: d1, name: 'Nord' },
      rhythmText: 'Hver anden tirsdag fra 05.01.2027',
    });
    const second = await c.admin.post('/api/forums', councilBody(d1, 'Endnu et råd'));
    expect([second.status, second.body.error.message]).toEqual([
      409,
      'Distrikt Nord har allerede Det Kreative Råd; der er ét pr. distrikt.',
    ]);
    // The leader has d1 only, and sets up no municipality-wide forum.
    expect((await c.leader.post('/api/forums', councilBody(d2))).status).toBe(403);
    expect((await c.leader.post('/api/forums', { ...committee(), kind: 'children_committee' })).status).toBe(
      403,
    );
    const denied = await lastAudit(server.users.leader.id);
    expect(denied).toMatchObject({ action: 'create', entity_type: 'forum', outcome: 'denied' });
    expect((await c.admin.post('/api/forums', councilBody(d2, 'Kreativt Råd Syd'))).status).toBe(201);
  });

  it.each([
    ['a council without a district', () => ({ ...councilBody(d1), districtId: undefined })],
    [
      'a committee with a district',
      () => ({ ...committee(), kind: 'school_visitation_committee', districtId: d1 }),
    ],
    ['an unknown kind', () => ({ ...committee(), kind: 'tea_party' })],
    ['a weekend day', () => ({ ...councilBody(d1), rhythm: { ...EVERY_SECOND_TUESDAY, weekday: 6 } })],
    ['13 weeks apart', () => ({ ...councilBody(d1), rhythm: { ...EVERY_SECOND_TUESDAY, everyWeeks: 13 } })],
    [
      'a date that is none',
      () => ({ ...councilBody(d1), rhythm: { ...EVERY_SECOND_TUESDAY, from: '2027-02-30' } }),
    ],
    [
      'the 5th weekday',
      () => ({ ...committee(), rhythm: { kind: 'monthly', weekday: 1, nth: 5, from: '2027-01-01' } }),
    ],
    ['an unknown rhythm', () => ({ ...committee(), rhythm: { kind: 'daily', from: '2027-01-01' } })],
    ['an empty name', () => ({ ...councilBody(d1), name: '' })],
    ['an unknown field', () => ({ ...councilBody(d1), secret: true })],
    ['a district that is no id', () => ({ ...councilBody(d1), districtId: 'nord' })],
    ['no idempotency key', () => ({ ...councilBody(d1), idempotencyKey: undefined })],
  ])('refuses %s with 400 and a Danish message', async (_, body) => {
    const res = await c.admin.post('/api/forums', body());
    expect([res.status, res.body.error.id]).toEqual([400, 'invalid_input']);
    expect(res.body.error.message).toMatch(/^Oplysningerne er ikke gyldige\. .+/);
    expect(res.body.error.message).not.toMatch(/invalid|expected|required|received/i);
  });
});

describe('members', () => {
  let forumId: string;
  beforeAll(async () => {
    forumId = (await c.admin.get('/api/forums')).body.forums.find(
      (f: { kind: string }) => f.kind === 'placement_committee',
    ).id;
  });

  it('are users (the chair a leader) or external participants by name and role, listed with the forum', async () => {
    await addUserMember(c.admin, forumId, server.users.leader.id, true);
    const external = await c.admin.post(`/api/forums/${forumId}/members`, {
      idempotencyKey: newKey(),
      name: 'Karen Skov',
      role: 'Centerchef',
    });
    expect(external.status).toBe(201);
    const forum = (await c.caseworker.get('/api/forums')).body.forums.find(
      (f: { id: string }) => f.id === forumId,
    );
    expect(forum.members).toEqual([
      {
        id: expect.any(String),
        user: { id: server.users.leader.id, name: expect.any(String) },
        name: expect.any(String),
        role: expect.any(String),
        chair: true,
      },
      { id: external.body.id, user: null, name: 'Karen Skov', role: 'Centerchef', chair: false },
    ]);
  });

  it('refuse a second membership, a chair who is no leader, an unknown user and mixed input', async () => {
    const post = (body: object) =>
      c.admin.post(`/api/forums/${forumId}/members`, { idempotencyKey: newKey(), ...body });
    const twice = await post({ userId: server.users.leader.id });
    expect([twice.status, twice.body.error.message]).toEqual([
      409,
      'Brugeren er allerede medlem af forummet.',
    ]);
    const chair = await post({ userId: server.users.caseworker.id, chair: true });
    expect([chair.status, chair.body.error.message]).toEqual([422, 'Formanden skal være en leder.']);
    expect((await post({ userId: '00000000-0000-4000-8000-000000000000' })).status).toBe(422);
    expect((await post({ userId: server.users.caseworker.id, name: 'X', role: 'Y' })).status).toBe(400);
    expect((await post({ name: 'Ekstern', role: 'PPR', chair: true })).status).toBe(400);
    expect((await post({ name: 'Uden rolle' })).status).toBe(400);
    expect(
      (
        await c.leader.post(`/api/forums/${forumId}/members`, {
          idempotencyKey: newKey(),
          name: 'A',
          role: 'B',
        })
      ).status,
    ).toBe(403);
  });
});

describe('meetings', () => {
  let forumId: string;
  beforeAll(async () => {
    forumId = await createForum(c.admin, {
      idempotencyKey: newKey(),
      kind: 'school_visitation_committee',
      name: 'Visitationsudvalget',
      // Every Thursday: Skærtorsdag 25 March 2027 moves past Easter to Tuesday 30 March.
      rhythm: { kind: 'weekly', weekday: 4, everyWeeks: 1, from: '2027-03-18' },
    });
    await addUserMember(c.admin, forumId, server.users.leader.id, true);
    await addUserMember(c.admin, forumId, server.users.caseworker.id);
  });

  it('lists the rhythm days, moved off holidays, with the meetings planned on them and on other days', async () => {
    const planned = await c.leader.post(`/api/forums/${forumId}/meetings`, { heldOn: '2027-03-31' });
    expect(planned.status).toBe(201);
    expect(planned.body).toMatchObject({
      heldOn: '2027-03-31',
      status: 'planned',
      publishedAt: null,
      closedAt: null,
    });
    const res = await c.caseworker.get(`/api/forums/${forumId}/meetings?from=2027-03-18&to=2027-04-08`);
    expect(res.status).toBe(200);
    // The forum comes with its members, so the page knows its chair from this one answer.
    expect(res.body.forum).toMatchObject({ id: forumId, members: expect.any(Array) });
    expect(res.body.forum.members.some((m: { chair: boolean }) => m.chair)).toBe(true);
    expect(
      res.body.meetings.map((m: { heldOn: string; inRhythm: boolean; meeting: unknown }) => [
        m.heldOn,
        m.inRhythm,
        m.meeting !== null,
      ]),
    ).toEqual([
      ['2027-03-18', true, false],
      ['2027-03-30', true, false],
      ['2027-03-31', false, true],
      ['2027-04-01', true, false],
      ['2027-04-08', true, false],
    ]);
    expect(await lastAudit(server.users.caseworker.id)).toMatchObject({
      action: 'read',
      entity_type: 'forum',
      entity_id: forumId,
      outcome: 'allowed',
    });
  });

  it('refuses a period that ends before it begins or is longer than a year, and a bad date, with 400', async () => {
    for (const query of [
      'from=2027-04-01&to=2027-03-01',
      'from=2027-01-01&to=2028-06-01',
      'from=2027-13-01',
      'to=i-morgen',
    ]) {
      const res = await c.leader.get(`/api/forums/${forumId}/meetings?${query}`);
      expect([query, res.status]).toEqual([query, 400]);
    }
  });

  it('plans once per day (200 for the same day again) and only on working days', async () => {
    const again = await c.leader.post(`/api/forums/${forumId}/meetings`, { heldOn: '2027-03-31' });
    expect(again.status).toBe(200);
    expect((await c.leader.post(`/api/forums/${forumId}/meetings`, { heldOn: '2027-03-25' })).status).toBe(
      422,
    );
    expect((await c.leader.post(`/api/forums/${forumId}/meetings`, { heldOn: '2027-03-27' })).status).toBe(
      422,
    );
    // A member who is not its chair plans nothing.
    expect(
      (await c.caseworker.post(`/api/forums/${forumId}/meetings`, { heldOn: '2027-04-06' })).status,
    ).toBe(403);
  });

  it('goes planned → published → closed by its chair, and a closed meeting is locked', async () => {
    const id = await meetingIn(c.leader, forumId, '2027-04-13');
    const step = (s: 'publish' | 'close', client = c.leader, body?: object) =>
      client.post(`/api/forum-meetings/${id}/${s}`, body);
    // Before publication only the chair reads it; closing it is refused.
    expect((await c.caseworker.get(`/api/forum-meetings/${id}`)).status).toBe(403);
    expect((await c.leader.get(`/api/forum-meetings/${id}`)).status).toBe(200);
    expect((await step('close')).status).toBe(409);
    expect((await step('publish', c.caseworker)).status).toBe(403);
    const published = await step('publish');
    expect([published.status, published.body.meeting.status]).toEqual([200, 'published']);
    expect((await step('publish')).status).toBe(409);
    const read = await c.caseworker.get(`/api/forum-meetings/${id}`);
    expect([read.status, read.body.meeting.status]).toEqual([200, 'published']);
    expect((await lastAudit(server.users.caseworker.id)).details).toMatchObject({
      as: 'member',
      view: 'case_summary',
    });
    const attended = [
      { userId: server.users.leader.id, name: 'Leder', role: 'Formand' },
      { name: 'PPR-psykolog', role: 'PPR' },
    ];
    const closed = await step('close', c.leader, { participants: attended });
    expect(closed.status).toBe(200);
    expect(closed.body.meeting).toMatchObject({
      status: 'closed',
      participants: attended,
      closedAt: expect.any(String),
    });
    for (const s of ['close', 'publish'] as const) {
      const locked = await step(s);
      expect([s, locked.status, locked.body.error.message]).toEqual([
        s,
        409,
        'Mødet er afsluttet og låst; det kan ikke ændres.',
      ]);
    }
    // The members read it no more; the chair still does (the minutes).
    expect((await c.caseworker.get(`/api/forum-meetings/${id}`)).status).toBe(403);
    expect((await c.leader.get(`/api/forum-meetings/${id}`)).status).toBe(200);
  });

  it('answers 404 for a meeting or forum that does not exist, and 400 for bad input', async () => {
    const none = '00000000-0000-4000-8000-000000000000';
    expect((await c.leader.get(`/api/forum-meetings/${none}`)).status).toBe(404);
    expect((await c.admin.get(`/api/forums/${none}/meetings`)).status).toBe(404);
    expect((await c.leader.post(`/api/forums/${forumId}/meetings`, { heldOn: '31.03.2027' })).status).toBe(
      400,
    );
    expect(
      (await c.leader.post(`/api/forums/${forumId}/meetings`, { heldOn: '2027-04-20', extra: 1 })).status,
    ).toBe(400);
  });
});
