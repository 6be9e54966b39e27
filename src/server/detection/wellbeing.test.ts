import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, startTestServer, type TestServer } from '../../testing/server.ts';
import { addChildrenToGroup, clientsFor, groupsOf, key } from './detection.testing.ts';

let server: TestServer;
let c: Record<'teacher' | 'pedagogue' | 'preventive' | 'front' | 'admin', ApiClient>;
let classId: string;
let daycareId: string;
let classmates: string[];
beforeAll(async () => {
  server = await startTestServer({ label: 'wellbeing' });
  c = await clientsFor(server, ['teacher', 'pedagogue', 'preventive', 'front', 'admin'] as const);
  classId = (await groupsOf(c.teacher))[0]?.id as string;
  daycareId = (await groupsOf(c.pedagogue))[0]?.id as string;
  classmates = await addChildrenToGroup(server, classId, 24);
});
afterAll(() => server.close());

const wholeClass = () => [server.children.inClass.id, ...classmates];
const ratingsOf = async (childId: string) =>
  (await c.preventive.get(`/api/children/${childId}/concerns`)).body.ratings;

describe('a professional’s groups', () => {
  it('lists only the professional’s own groups, with their size', async () => {
    const groups = await groupsOf(c.teacher);
    expect(groups).toEqual([
      {
        id: classId,
        name: '1.A',
        unit: { id: expect.any(String), name: 'Nordskolen', kind: 'school' },
        children: 25,
        lastRatedOn: null,
      },
    ]);
    expect((await groupsOf(c.pedagogue)).map((g) => g.name)).toEqual(['Sommerfuglene']);
  });

  it('opens a group with every child and no previous rating yet', async () => {
    const res = await c.teacher.get(`/api/groups/${classId}/wellbeing`);
    expect(res.status).toBe(200);
    expect(res.body.children).toHaveLength(25);
    expect(res.body.children.every((ch: { previous: unknown }) => ch.previous === null)).toBe(true);
    expect(res.body.colors.map((x: { color: string }) => x.color)).toEqual(['green', 'yellow', 'red']);
    expect(res.body.lastRound).toBeNull();
  });

  it('refuses another’s group (403) and an unknown one (404)', async () => {
    expect((await c.teacher.get(`/api/groups/${daycareId}/wellbeing`)).status).toBe(403);
    expect(
      (await c.teacher.post(`/api/groups/${daycareId}/wellbeing`, { idempotencyKey: key(), ratings: [] }))
        .status,
    ).toBe(400);
    const foreign = await c.teacher.post(`/api/groups/${daycareId}/wellbeing`, {
      idempotencyKey: key(),
      ratings: [{ childId: server.children.inDaycare.id, color: 'green' }],
    });
    expect(foreign.status).toBe(403);
    expect((await c.teacher.get('/api/groups/00000000-0000-4000-8000-000000000000/wellbeing')).status).toBe(
      404,
    );
  });
});

describe('saving a round', () => {
  it('stores a class of 25 in one go, and a double submit once', async () => {
    const ids = wholeClass();
    const body = {
      idempotencyKey: key(),
      ratings: ids.map((childId, i) =>
        i === 0 ? { childId, color: 'yellow', note: 'Træt om mandagen' } : { childId, color: 'green' },
      ),
    };
    const [a, b] = await Promise.all([
      c.teacher.post(`/api/groups/${classId}/wellbeing`, body),
      c.teacher.post(`/api/groups/${classId}/wellbeing`, body),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 201]);
    expect(a.body.id).toBe(b.body.id);
    expect(a.body).toMatchObject({ groupId: classId, ratings: 25 });
    expect(await ratingsOf(ids[0] as string)).toHaveLength(1);

    const again = await c.teacher.get(`/api/groups/${classId}/wellbeing`);
    const alma = again.body.children.find((ch: { id: string }) => ch.id === ids[0]);
    expect(alma.previous).toMatchObject({ color: 'yellow', note: 'Træt om mandagen' });
    expect(again.body.lastRound).toMatchObject({ id: a.body.id, ratedBy: { name: 'Test teacher' } });
  });

  it('refuses the same key for another batch (409)', async () => {
    const k = key();
    const first = await c.teacher.post(`/api/groups/${classId}/wellbeing`, {
      idempotencyKey: k,
      ratings: [{ childId: classmates[0], color: 'green' }],
    });
    expect(first.status).toBe(201);
    const reuse = await c.teacher.post(`/api/groups/${classId}/wellbeing`, {
      idempotencyKey: k,
      ratings: [{ childId: classmates[0], color: 'yellow' }],
    });
    expect(reuse.status).toBe(409);
  });

  it('stores nothing when one child is outside the group (422)', async () => {
    const before = await ratingsOf(classmates[1] as string);
    const res = await c.teacher.post(`/api/groups/${classId}/wellbeing`, {
      idempotencyKey: key(),
      ratings: [
        { childId: classmates[1], color: 'red' },
        { childId: server.children.inDaycare.id, color: 'green' },
      ],
    });
    expect(res.status).toBe(422);
    expect(res.body.error).toEqual({
      id: 'unprocessable',
      message: expect.stringMatching(/går ikke i gruppen/),
    });
    expect(await ratingsOf(classmates[1] as string)).toEqual(before);
  });

  it('refuses a note on green and a child rated twice (422)', async () => {
    const noted = await c.teacher.post(`/api/groups/${classId}/wellbeing`, {
      idempotencyKey: key(),
      ratings: [{ childId: classmates[2], color: 'green', note: 'fin' }],
    });
    expect(noted.status).toBe(422);
    const twice = await c.teacher.post(`/api/groups/${classId}/wellbeing`, {
      idempotencyKey: key(),
      ratings: [
        { childId: classmates[2], color: 'green' },
        { childId: classmates[2], color: 'yellow' },
      ],
    });
    expect(twice.status).toBe(422);
  });

  it('refuses roles that rate no groups', async () => {
    for (const client of [c.preventive, c.front, c.admin]) {
      expect((await client.get('/api/groups/mine')).status).toBe(403);
      expect((await client.get(`/api/groups/${classId}/wellbeing`)).status).toBe(403);
    }
  });

  it('raises a signal for red after yellow, into the district’s queue', async () => {
    const child = classmates[3] as string;
    for (const color of ['yellow', 'red'] as const) {
      const res = await c.teacher.post(`/api/groups/${classId}/wellbeing`, {
        idempotencyKey: key(),
        ratings: [{ childId: child, color, ...(color === 'red' ? { note: 'Græder i frikvarteret' } : {}) }],
      });
      expect(res.status).toBe(201);
    }
    const queue = await c.preventive.get('/api/signals');
    const signal = queue.body.signals.find((s: { child: { id: string } }) => s.child.id === child);
    expect(signal).toMatchObject({ rule: 'red_after_yellow', ruleLabel: 'Rød efter gul', ratingCount: 2 });
  });
});
