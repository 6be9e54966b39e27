import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { USER_KEYS, type UserKey } from '../../testing/fixtures.ts';
import { type ApiClient, loginAll, startTestServer, type TestServer } from '../../testing/server.ts';

/**
 * Who reaches what in case work, per fixture user, written out by hand from domain.md rather than
 * read from the policy under test (emergency access is cases.test.ts's). The fixture's cases:
 * `inClass` in d1 with `caseworker`, `other` in d2 with `caseworker2` and `fosterCare`.
 * - A case is read by those assigned to it and by the caseworkers and the leader of its district.
 * - "Mit overblik" is for those who work cases; the supervision for the leader.
 * - The rules are read by everyone who works or steers cases, changed by the leader and the admin.
 * - Opening a case needs the child in the opener's reach: Front the municipality, a caseworker
 *   or a leader their districts. `other` has an open case: a reach answers 409, anyone else 403.
 * - The case's forum decisions are read as the case; one's own pending approvals are on "Mit
 *   overblik"; the gate's supervision is the leader's; only a leader answers an approval (an
 *   unknown one: 404).
 */
type Check =
  | 'readInClass'
  | 'journalInClass'
  | 'readOther'
  | 'mine'
  | 'supervision'
  | 'settingsRead'
  | 'settingsEdit'
  | 'openOther'
  | 'decisionsInClass'
  | 'myApprovals'
  | 'gateSupervision'
  | 'answerApproval';
const REACHES: Record<UserKey, readonly Check[]> = {
  admin: ['settingsRead', 'settingsEdit'],
  leader: [
    'readInClass',
    'journalInClass',
    'supervision',
    'settingsRead',
    'settingsEdit',
    'decisionsInClass',
    'gateSupervision',
    'answerApproval',
  ],
  front: ['openOther'],
  preventive: ['mine', 'settingsRead', 'myApprovals'],
  caseworker: ['readInClass', 'journalInClass', 'mine', 'settingsRead', 'decisionsInClass', 'myApprovals'],
  caseworker2: ['readOther', 'mine', 'settingsRead', 'openOther', 'myApprovals'],
  fosterCare: ['readOther', 'mine', 'settingsRead', 'myApprovals'],
  analyst: ['settingsRead'],
  teacher: [],
  pedagogue: [],
  dpo: [],
};
const ALLOWED_STATUS: Record<Check, number> = {
  readInClass: 200,
  journalInClass: 200,
  readOther: 200,
  mine: 200,
  supervision: 200,
  settingsRead: 200,
  settingsEdit: 200,
  openOther: 409,
  decisionsInClass: 200,
  myApprovals: 200,
  gateSupervision: 200,
  answerApproval: 404,
};

let server: TestServer;
let c: Record<UserKey, ApiClient>;
let settings: unknown;
beforeAll(async () => {
  server = await startTestServer({ label: 'casework-access' });
  c = await loginAll(server, USER_KEYS);
  settings = (await c.admin.get('/api/casework/settings')).body;
});
afterAll(() => server.close());

function call(client: ApiClient, check: Check) {
  const { inClass, other } = server.municipality.cases;
  switch (check) {
    case 'readInClass':
      return client.get(`/api/cases/${inClass}`);
    case 'journalInClass':
      return client.get(`/api/cases/${inClass}/journal`);
    case 'readOther':
      return client.get(`/api/cases/${other}`);
    case 'mine':
      return client.get('/api/cases/mine');
    case 'supervision':
      return client.get('/api/supervision/cases');
    case 'settingsRead':
      return client.get('/api/casework/settings');
    case 'settingsEdit':
      return client.put('/api/casework/settings', settings);
    case 'decisionsInClass':
      return client.get(`/api/cases/${inClass}/forum-decisions`);
    case 'myApprovals':
      return client.get('/api/cases/mine/approvals');
    case 'gateSupervision':
      return client.get('/api/supervision/gate');
    case 'answerApproval':
      return client.post(`/api/measures/${randomUUID()}/approval`, { approved: true });
    case 'openOther':
      return client.post('/api/cases', {
        childId: server.children.other.id,
        reason: 'Ny underretning',
        awareOn: '2026-11-20',
      });
  }
}

describe.each(USER_KEYS)('%s', (key) => {
  it('reaches exactly what domain.md gives its role in case work', async () => {
    for (const check of Object.keys(ALLOWED_STATUS) as Check[]) {
      const res = await call(c[key], check);
      expect(res.status, check).toBe(REACHES[key].includes(check) ? ALLOWED_STATUS[check] : 403);
    }
  });
});
