import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { USER_KEYS, type UserKey } from '../../testing/fixtures.ts';
import { type ApiClient, loginAll, startTestServer, type TestServer } from '../../testing/server.ts';
import { addUserMember, councilBody, createForum, meetingIn, newKey } from './forums.testing.ts';

/**
 * Who reaches what of the forums, per fixture user, written out by hand from domain.md ("forum
 * member", `leader`: chair forums; `admin`: rules) and docs/forums.md rather than read from the
 * policy under test. District d1's council has the leader as chair and the caseworker as member.
 * Everyone who may sit in a forum lists the forums; the admin and the leader of d1 set the council
 * up; its members, chair and those who set it up see its meeting days; its chair and members read
 * a published meeting (the admin sees no meeting: it holds children's data from the next slice on);
 * only the chair closes, and a closed meeting is locked (409). Every refusal is 403.
 */
type Check =
  | 'list'
  | 'create'
  | 'member'
  | 'meetings'
  | 'plan'
  | 'meeting'
  | 'close'
  | 'agenda'
  | 'closedAgenda'
  | 'decide'
  | 'propose'
  | 'proposals';
/**
 * The agenda as the meeting: the chair always, members while published (a closed meeting's only
 * to the chair); decisions by the chair alone; proposals by who writes the case (the caseworker
 * assigned to Alma's), read by who reads it (and the leader of its district).
 */
const REACHES: Record<UserKey, readonly Check[]> = {
  admin: ['list', 'create', 'member', 'meetings', 'plan'],
  leader: [
    'list',
    'create',
    'member',
    'meetings',
    'plan',
    'meeting',
    'close',
    'agenda',
    'closedAgenda',
    'decide',
    'proposals',
  ],
  front: [],
  preventive: ['list'],
  caseworker: ['list', 'meetings', 'meeting', 'agenda', 'propose', 'proposals'],
  caseworker2: ['list'],
  fosterCare: ['list'],
  analyst: [],
  teacher: ['list'],
  pedagogue: ['list'],
  dpo: [],
};
/**
 * What an allowed call answers: d1 has its council already (409), planning its meeting's day again
 * is the same meeting (200), and closing a closed meeting is refused by the lock — all after the
 * right is checked.
 */
const ALLOWED_STATUS: Record<Check, number> = {
  list: 200,
  create: 409,
  member: 201,
  meetings: 200,
  plan: 200,
  meeting: 200,
  close: 409,
  agenda: 200,
  closedAgenda: 200,
  // past the right: an item that is not on the agenda, an offer that is not in the catalog
  decide: 422,
  propose: 422,
  proposals: 200,
};

let server: TestServer;
let c: Record<UserKey, ApiClient>;
let councilId: string;
let publishedId: string;
let closedId: string;
beforeAll(async () => {
  server = await startTestServer({ label: 'forums-access' });
  c = await loginAll(server, USER_KEYS);
  councilId = await createForum(c.admin, councilBody(server.municipality.districts.d1));
  await addUserMember(c.admin, councilId, server.users.leader.id, true);
  await addUserMember(c.admin, councilId, server.users.caseworker.id);
  publishedId = await meetingIn(c.leader, councilId, '2027-03-02', 'published');
  closedId = await meetingIn(c.leader, councilId, '2027-03-16', 'closed');
});
afterAll(() => server.close());

function call(client: ApiClient, check: Check) {
  switch (check) {
    case 'list':
      return client.get('/api/forums');
    case 'create':
      return client.post('/api/forums', councilBody(server.municipality.districts.d1, 'Endnu et råd'));
    case 'member':
      return client.post(`/api/forums/${councilId}/members`, {
        idempotencyKey: newKey(),
        name: 'Sundhedsplejerske Ida Holm',
        role: 'Sundhedsplejen',
      });
    case 'meetings':
      return client.get(`/api/forums/${councilId}/meetings?from=2027-03-01&to=2027-03-31`);
    case 'plan':
      return client.post(`/api/forums/${councilId}/meetings`, { heldOn: '2027-03-02' });
    case 'meeting':
      return client.get(`/api/forum-meetings/${publishedId}`);
    case 'close':
      return client.post(`/api/forum-meetings/${closedId}/close`);
    case 'agenda':
      return client.get(`/api/forum-meetings/${publishedId}/agenda`);
    case 'closedAgenda':
      return client.get(`/api/forum-meetings/${closedId}/agenda`);
    case 'decide':
      return client.post(`/api/forum-meetings/${publishedId}/decisions`, {
        idempotencyKey: newKey(),
        rule: 'specialised_review',
        sourceId: server.children.inClass.id,
        outcome: 'approved',
        reasons: 'Fortsætter.',
      });
    case 'propose':
      return client.post(`/api/cases/${server.municipality.cases.inClass}/proposals`, {
        idempotencyKey: newKey(),
        offerIds: ['00000000-0000-4000-8000-000000000000'],
        reason: 'Prøv noget andet.',
      });
    case 'proposals':
      return client.get(`/api/cases/${server.municipality.cases.inClass}/proposals`);
  }
}

describe.each(USER_KEYS)('%s', (key) => {
  it('reaches exactly what domain.md gives its role in the forums', async () => {
    for (const check of Object.keys(ALLOWED_STATUS) as Check[]) {
      const res = await call(c[key], check);
      expect(res.status, check).toBe(REACHES[key].includes(check) ? ALLOWED_STATUS[check] : 403);
    }
  });
});
