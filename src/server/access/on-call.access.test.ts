import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { USER_KEYS, type UserKey } from '../../testing/fixtures.ts';
import { type ApiClient, loginAll, startTestServer, type TestServer } from '../../testing/server.ts';

/**
 * Who keeps the on-call rota, per fixture user, written out by hand from domain.md and issue #10:
 * an administrator or a leader puts someone else on call and reads the rota; the user reads its own
 * shifts; everyone else is refused (403). Rules of the shifts themselves: on-call.test.ts.
 */
const KEEPERS: readonly UserKey[] = ['admin', 'leader'];

let server: TestServer;
let c: Record<UserKey, ApiClient>;
beforeAll(async () => {
  server = await startTestServer({ label: 'on-call-access' });
  c = await loginAll(server, USER_KEYS);
});
afterAll(() => server.close());

describe.each(USER_KEYS)('%s', (key) => {
  it(KEEPERS.includes(key) ? 'keeps the rota' : 'is refused the rota of others', async () => {
    const who = server.users.caseworker2;
    const hours = 100 + USER_KEYS.indexOf(key) * 24;
    const at = (h: number) => new Date(Date.now() + h * 3_600_000).toISOString();
    const planned = await c[key].post(`/api/users/${who.id}/on-call-shifts`, {
      startsAt: at(hours),
      endsAt: at(hours + 8),
      idempotencyKey: randomUUID(),
    });
    const keeps = KEEPERS.includes(key) && key !== 'caseworker2';
    expect(planned.status).toBe(keeps ? 201 : 403);
    const read = await c[key].get(`/api/users/${who.id}/on-call-shifts`);
    expect(read.status).toBe(keeps || key === 'caseworker2' ? 200 : 403);
  });
});
