import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { USER_KEYS, type UserKey } from '../../testing/fixtures.ts';
import { type ApiClient, loginAll, startTestServer, type TestServer } from '../../testing/server.ts';
import { sendSchoolReport } from './reports.testing.ts';

/**
 * Who reaches what in intake, per fixture user, written out by hand from domain.md rather than read
 * from the policy under test (nobody is on call here: on call is src/server/access/on-call.test.ts):
 * Front reads and screens the municipality's reports and keeps the district meetings; a preventive
 * worker and a leader read their districts' reports; the caseworker attends its district's meeting;
 * only the leader supervises; only the admin changes the closing days; only Front matches a
 * provisional child. Every refusal is 403.
 */
type Check = 'queue' | 'report' | 'meeting' | 'supervision' | 'settings' | 'match';
const REACHES: Record<UserKey, readonly Check[]> = {
  admin: ['settings'],
  leader: ['queue', 'report', 'meeting', 'supervision'],
  front: ['queue', 'report', 'meeting', 'match'],
  preventive: ['queue', 'report', 'meeting'],
  caseworker: ['meeting'],
  caseworker2: [],
  fosterCare: [],
  analyst: [],
  teacher: [],
  pedagogue: [],
  dpo: [],
};
/** What an allowed call answers: the match of an unknown report is 404 — after the right is checked. */
const ALLOWED_STATUS: Record<Check, number> = {
  queue: 200,
  report: 200,
  meeting: 200,
  supervision: 200,
  settings: 200,
  match: 404,
};

let server: TestServer;
let c: Record<UserKey, ApiClient>;
let reportId: string;
let settings: unknown;
beforeAll(async () => {
  server = await startTestServer({ label: 'intake-access' });
  c = await loginAll(server, USER_KEYS);
  reportId = await sendSchoolReport(c.teacher, server.children.inClass.id, {
    text: 'Barnet kommer ofte sultent i skole.',
  });
  settings = (await c.admin.get('/api/intake/settings')).body.settings;
});
afterAll(() => server.close());

function call(client: ApiClient, check: Check) {
  const d1 = server.municipality.districts.d1;
  switch (check) {
    case 'queue':
      return client.get('/api/intake/queue');
    case 'report':
      return client.get(`/api/reports/${reportId}`);
    case 'meeting':
      return client.get(`/api/districts/${d1}/meetings/next`);
    case 'supervision':
      return client.get('/api/supervision/intake');
    case 'settings':
      return client.put('/api/intake/settings', settings);
    case 'match':
      return client.post(`/api/reports/${randomUUID()}/match`, { childId: server.children.inClass.id });
  }
}

describe.each(USER_KEYS)('%s', (key) => {
  it('reaches exactly what domain.md gives its role in intake', async () => {
    for (const check of Object.keys(ALLOWED_STATUS) as Check[]) {
      const res = await call(c[key], check);
      expect(res.status, check).toBe(REACHES[key].includes(check) ? ALLOWED_STATUS[check] : 403);
    }
  });
});
