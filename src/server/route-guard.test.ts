import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Permission, permissionsOf } from '../core/access/permissions.ts';
import { USER_KEYS, type UserKey } from '../testing/fixtures.ts';
import { type ApiClient, loginAll, startTestServer, type TestServer } from '../testing/server.ts';

/**
 * Authorisation before validation (issue #11, item 2): every route a role may never call is
 * guarded by the permission it needs. For each, a user whose role lacks it sends invalid input (an
 * id that is no id, a body that is no request) and gets 403, audited as denied — never the 400
 * that would tell them what the route expects. A user whose role holds it gets past the guard.
 */

type Route = [method: string, path: string, permission: Permission | Permission[]];

const GUARDED: Route[] = [
  ['GET', '/api/ladder', 'catalog:read'],
  ['GET', '/api/ladder/versions', 'catalog:read'],
  ['PUT', '/api/ladder', 'catalog:edit'],
  ['GET', '/api/offers', 'catalog:read'],
  ['GET', '/api/offers/:id', 'catalog:read'],
  ['GET', '/api/offers/export?format=no-such-format', 'catalog:read'],
  ['PATCH', '/api/offers/:id', 'catalog:edit'],
  ['POST', '/api/offers/import', 'catalog:edit'],
  ['GET', '/api/catalog/analysis', 'catalog:analysis'],
  ['PUT', '/api/catalog/settings', 'catalog_settings:edit'],
  ['GET', '/api/offers/match', 'offers:match'],
  ['GET', '/api/audit', 'audit:read'],
  ['GET', '/api/children', 'children:search'],
  ['GET', '/api/children/:id', 'children:read'],
  ['POST', '/api/children/:id/emergency-access', 'emergency_access:request'],
  ['POST', '/api/concerns', 'concerns:create'],
  ['GET', '/api/concerns/mine', 'concerns:create'],
  ['GET', '/api/guide', 'guide:read'],
  ['GET', '/api/groups/mine', 'wellbeing:rate'],
  ['GET', '/api/groups/:id/wellbeing', 'wellbeing:rate'],
  ['POST', '/api/groups/:id/wellbeing', 'wellbeing:rate'],
  ['GET', '/api/signals', 'signals:read'],
  ['GET', '/api/signals/:id', 'signals:read'],
  ['POST', '/api/signals/:id/actions', 'signals:act'],
  ['GET', '/api/children/:id/concerns', 'concerns:read'],
  ['POST', '/api/children/:id/preventive-follow', 'preventive_follow:manage'],
  ['DELETE', '/api/children/:id/preventive-follow', 'preventive_follow:manage'],
  ['POST', '/api/transition-conversations', 'transitions:create'],
  ['GET', '/api/children/:id/transition-conversations', 'transitions:read'],
  ['GET', '/api/detection/settings', 'detection_settings:read'],
  ['PUT', '/api/detection/settings', 'detection_settings:edit'],
  ['POST', '/api/reports', ['reports:create', 'reports:register']],
  ['GET', '/api/intake/queue', 'reports:read'],
  ['POST', '/api/reports/:id/screening', 'reports:screen'],
  ['POST', '/api/reports/:id/receipt', 'receipts:send'],
  ['POST', '/api/reports/:id/feedback', 'receipts:send'],
  ['GET', '/api/supervision/intake', 'intake_supervision:read'],
  ['GET', '/api/districts/:id/meetings/next', 'meetings:decide'],
  ['GET', '/api/districts/:id/meetings', 'meetings:decide'],
  ['POST', '/api/districts/:id/meetings', 'meetings:decide'],
  ['POST', '/api/meetings/:id/decisions', 'meetings:decide'],
  ['POST', '/api/meetings/:id/close', 'meetings:decide'],
  ['GET', '/api/meetings/:id', 'meetings:decide'],
  ['POST', '/api/reports/:id/match', 'reports:match'],
  ['PUT', '/api/intake/settings', 'intake_settings:edit'],
  ['POST', '/api/users/:id/on-call-shifts', 'on_call:manage'],
  ['POST', '/api/on-call-shifts/:id/end', 'on_call:manage'],
  ['POST', '/api/cases', 'cases:open'],
  ['GET', '/api/cases/:id', 'cases:read'],
  ['PATCH', '/api/cases/:id', ['cases:write', 'cases:assign', 'cases:close']],
  ['GET', '/api/cases/:id/assignments', 'cases:read'],
  ['GET', '/api/casework/assignable-users', 'cases:assign'],
  ['POST', '/api/cases/:id/assessments', 'cases:write'],
  ['GET', '/api/cases/:id/assessments', 'cases:read'],
  ['PATCH', '/api/assessments/:id', 'cases:write'],
  ['GET', '/api/cases/:id/assessments/:assessmentId/suggestions', 'cases:read'],
  ['POST', '/api/cases/:id/child-conversations', 'cases:write'],
  ['GET', '/api/cases/:id/child-conversations', 'cases:read'],
  ['POST', '/api/cases/:id/family-meetings', 'cases:network_write'],
  ['GET', '/api/cases/:id/family-meetings', 'cases:read'],
  ['POST', '/api/cases/:id/plans', 'cases:write'],
  ['PATCH', '/api/plans/:id', 'cases:write'],
  ['GET', '/api/cases/:id/plans', 'cases:read'],
  ['POST', '/api/cases/:id/measures', 'cases:write'],
  ['GET', '/api/cases/:id/measures', 'cases:read'],
  ['PATCH', '/api/measures/:id', 'cases:write'],
  ['GET', '/api/children/:id/ladder', 'cases:read'],
  ['POST', '/api/cases/:id/follow-ups', 'cases:network_write'],
  ['GET', '/api/cases/:id/follow-ups', 'cases:read'],
  ['GET', '/api/cases/:id/deadlines', 'cases:read'],
  ['GET', '/api/cases/:id/network', 'cases:read'],
  ['POST', '/api/cases/:id/network', 'cases:network_write'],
  ['PATCH', '/api/network-members/:id', 'cases:network_write'],
  ['GET', '/api/cases/:id/journal', 'cases:read'],
  ['POST', '/api/cases/:id/journal', 'cases:network_write'],
  ['GET', '/api/cases/:id/chronology', 'cases:read'],
  ['GET', '/api/casework/settings', 'casework_settings:read'],
  ['PUT', '/api/casework/settings', 'casework_settings:edit'],
  ['GET', '/api/cases/mine', 'cases:own_overview'],
  ['GET', '/api/cases/mine/caseload', 'cases:own_overview'],
  ['GET', '/api/supervision/cases', 'cases:supervise'],
  ['POST', '/api/offers', 'catalog:edit'],
  ['GET', '/api/figures/F8', 'figures:F8'],
  ['GET', '/api/figures/F9', 'figures:F9'],
  ['GET', '/api/figures/F11', 'figures:F11'],
  ['GET', '/api/figures/F12', 'figures:F12'],
  ['GET', '/api/figures/FR1', 'figures:FR1'],
  ['GET', '/api/figures/FR2', 'figures:FR2'],
  ['GET', '/api/figures/FR3', 'figures:FR3'],
  ['GET', '/api/figures/FR4', 'figures:FR4'],
  ['GET', '/api/reports/:id', ['reports:read', 'reports:screen']],
  ['GET', '/api/forums', ['forums:member', 'forums:manage']],
  ['POST', '/api/forums', 'forums:manage'],
  ['POST', '/api/forums/:id/members', 'forums:manage'],
  ['GET', '/api/forums/:id/meetings', ['forums:member', 'forums:manage']],
  ['POST', '/api/forums/:id/meetings', ['forums:chair', 'forums:manage']],
  ['GET', '/api/forum-meetings/:id', ['forums:member', 'forums:chair']],
  ['POST', '/api/forum-meetings/:id/publish', 'forums:chair'],
  ['POST', '/api/forum-meetings/:id/close', 'forums:chair'],
  ['POST', '/api/cases/:id/emergency-decisions', 'forums:emergency'],
  ['GET', '/api/forum-settings', ['forums:member', 'forums:manage']],
  ['PUT', '/api/forum-settings', 'forums:settings'],
  ['POST', '/api/measures/:id/approval', 'measures:approve'],
  ['GET', '/api/cases/:id/measure-approvals', 'cases:read'],
  ['GET', '/api/cases/:id/forum-decisions', 'cases:read'],
  ['GET', '/api/cases/mine/approvals', 'cases:own_overview'],
  ['GET', '/api/supervision/gate', 'cases:supervise'],
  ['GET', '/api/reports/:id/attachments/:attachmentId', ['reports:read', 'reports:screen']],
];

let server: TestServer;
let c: Record<UserKey, ApiClient>;

beforeAll(async () => {
  server = await startTestServer({ label: 'route-guard' });
  c = await loginAll(server, USER_KEYS);
});
afterAll(async () => {
  await server?.close();
});

const holds = (key: UserKey, permission: Permission | Permission[]) => {
  const held = permissionsOf(server.users[key].role, true);
  return (typeof permission === 'string' ? [permission] : permission).some((p) => held.includes(p));
};

/** The route with every `:param` an id that is no id, and a body that is no request. */
function invalidCall(client: ApiClient, method: string, path: string) {
  const url = path.replace(/:\w+/g, 'no-such-id');
  return method === 'GET' || method === 'DELETE'
    ? client.request(method, url)
    : client.request(method, url, { unexpected: 'felt', idempotencyKey: 7 });
}

describe('a route a role may never call', () => {
  it.each(GUARDED)(
    '%s %s: refused with 403 before the input is validated',
    async (method, path, permission) => {
      const refused = USER_KEYS.filter((k) => !holds(k, permission));
      expect(refused.length).toBeGreaterThan(0);
      for (const key of refused) {
        const res = await invalidCall(c[key], method, path);
        expect([key, res.status, res.body?.error?.id]).toEqual([key, 403, 'forbidden']);
      }
      const allowed = USER_KEYS.find((k) => holds(k, permission));
      expect(allowed).toBeDefined();
      const res = await invalidCall(c[allowed as UserKey], method, path);
      expect([allowed, res.status]).not.toEqual([allowed, 403]);
      expect(res.status).toBeLessThan(500);
    },
  );

  it('audits the refusal as denied, with the permission and the record the route names', async () => {
    const caseId = server.municipality.cases.inClass;
    expect((await c.analyst.post(`/api/cases/${caseId}/journal`, {})).status).toBe(403);
    const row = await server.db
      .selectFrom('audit_log')
      .select(['action', 'entity_type', 'outcome', 'case_id', 'details'])
      .where('municipality_id', '=', server.municipality.id)
      .where('user_id', '=', server.users.analyst.id)
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      action: 'create',
      entity_type: 'journal_entry',
      outcome: 'denied',
      case_id: caseId,
      details: { permission: 'cases:network_write', route: '/api/cases/:id/journal', caseId },
    });
  });
});
