import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIGURE_IDS } from '../../core/access/figures-policy.ts';
import type { Role } from '../../core/access/roles.ts';
import { USER_KEYS, type UserKey } from '../../testing/fixtures.ts';
import { type ApiClient, loginAll, startTestServer, type TestServer } from '../../testing/server.ts';

/**
 * domain.md, written out by hand rather than read from the policy under test: the leader and the
 * analyst read every figure, Front reads F8, nobody else any — refused before the query is
 * validated, and every refusal audited.
 */
const READS: Record<Role, readonly string[]> = {
  professional: [],
  front: ['F8'],
  preventive_worker: [],
  caseworker: [],
  foster_care_consultant: [],
  leader: ['F8', 'F9', 'F11', 'F12', 'FR1', 'FR2', 'FR3', 'FR4'],
  analyst: ['F8', 'F9', 'F11', 'F12', 'FR1', 'FR2', 'FR3', 'FR4'],
  admin: [],
  data_protection_officer: [],
};

let server: TestServer;
let c: Record<UserKey, ApiClient>;
beforeAll(async () => {
  server = await startTestServer({ label: 'figures-access' });
  c = await loginAll(server, USER_KEYS);
});
afterAll(() => server.close());

describe.each(USER_KEYS)('%s', (key) => {
  it('reads exactly the figures domain.md gives its role', async () => {
    const role = server.users[key].role;
    for (const figure of FIGURE_IDS) {
      const allowed = READS[role].includes(figure);
      expect((await c[key].get(`/api/figures/${figure}`)).status, figure).toBe(allowed ? 200 : 403);
      // A refused role learns nothing about the query either: 403, not 400.
      expect((await c[key].get(`/api/figures/${figure}?from=nonsense`)).status, figure).toBe(
        allowed ? 400 : 403,
      );
    }
  });
});

it('audits every refusal of a figure', async () => {
  const denied = async () => {
    const audit = await c.dpo.get(`/api/audit?user=${server.users.teacher.username}`);
    return audit.body.rows.filter(
      (r: { outcome: string; entityType: string }) => r.outcome === 'denied' && r.entityType === 'figure',
    ).length;
  };
  const before = await denied();
  expect((await c.teacher.get('/api/figures/F9')).status).toBe(403);
  expect(await denied()).toBe(before + 1);
});
