import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NON_PERSONAL_ENTITY_TYPES } from '../../core/access/audit-policy.ts';
import type { AuditRow } from '../../core/api/audit.ts';
import { type ChildKey, USER_KEYS, type UserKey } from '../../testing/fixtures.ts';
import { type ApiClient, loginAll, startTestServer, type TestServer } from '../../testing/server.ts';

/**
 * Issue #10, item 10: each role sees exactly the audit rows src/core/access/audit-policy.ts gives
 * it. The test municipality has rows about children of both districts, logins, a settings change,
 * a case read and an emergency read with its free-text reason; the expected rows are computed
 * from the table written out below, not from the policy.
 */
let server: TestServer;
let c: Record<UserKey, ApiClient>;
const REASON = 'Politiet ringer om en akut situation i hjemmet';

const CHILD_DISTRICT: Record<ChildKey, 'd1' | 'd2'> = {
  inClass: 'd1',
  inDaycare: 'd1',
  districtCase: 'd1',
  other: 'd2',
  unlinked: 'd2',
};
/** The staff of district d1: by user_district, or by a unit in it (teacher, pedagogue). */
const D1_STAFF: UserKey[] = ['leader', 'preventive', 'caseworker', 'teacher', 'pedagogue'];

let all: AuditRow[];

beforeAll(async () => {
  server = await startTestServer({ label: 'audit-access' });
  c = await loginAll(server, USER_KEYS);
  const ch = server.children;
  expect((await c.caseworker.get(`/api/children/${ch.inClass.id}`)).status).toBe(200);
  expect((await c.caseworker.get(`/api/cases/${server.municipality.cases.inClass}/journal`)).status).toBe(
    200,
  );
  expect((await c.caseworker2.get(`/api/children/${ch.other.id}`)).status).toBe(200);
  expect((await c.teacher.get(`/api/children/${ch.inClass.id}`)).status).toBe(200);
  // A d1 caseworker reads a d2 child by emergency access: the reason is free text.
  expect((await c.caseworker.get(`/api/children/${ch.unlinked.id}`)).status).toBe(403);
  expect(
    (await c.caseworker.post(`/api/children/${ch.unlinked.id}/emergency-access`, { reason: REASON })).status,
  ).toBe(201);
  expect((await c.caseworker.get(`/api/children/${ch.unlinked.id}`)).status).toBe(200);
  const settings = (await c.admin.get('/api/detection/settings')).body.settings;
  expect((await c.admin.put('/api/detection/settings', settings)).status).toBe(200);
  all = (await c.dpo.get('/api/audit')).body.rows;
});
afterAll(() => server.close());

function childKeyOf(id: string | null): ChildKey | undefined {
  return (Object.keys(server.children) as ChildKey[]).find((k) => server.children[k].id === id);
}

function writtenByD1Staff(row: AuditRow): boolean {
  return D1_STAFF.some((k) => server.users[k].id === row.userId);
}

const NON_PERSONAL = new Set<string>(NON_PERSONAL_ENTITY_TYPES);
const SEES: Partial<Record<UserKey, (row: AuditRow) => boolean>> = {
  dpo: () => true,
  leader: (row) => {
    const child = childKeyOf(row.childId);
    return row.childId ? child !== undefined && CHILD_DISTRICT[child] === 'd1' : writtenByD1Staff(row);
  },
  admin: (row) => row.childId === null && row.caseId === null && NON_PERSONAL.has(row.entityType),
};

describe('who sees which audit rows', () => {
  it('has rows of both districts, logins, a settings change, a case read and an emergency read', () => {
    const kinds = all.map((r) => `${r.action}:${r.entityType}:${childKeyOf(r.childId) ?? '-'}`);
    expect(kinds).toEqual(
      expect.arrayContaining([
        'read:child:inClass',
        'read:child:other',
        'read:journal_entry:inClass',
        'login:user:-',
        'change:detection_setting:-',
        'emergency_access:child:unlinked',
      ]),
    );
    expect(all.find((r) => r.emergency && r.action === 'read')).toMatchObject({ reason: REASON });
  });

  it.each(USER_KEYS)('%s sees exactly its rows', async (key) => {
    const res = await c[key].get('/api/audit');
    const sees = SEES[key];
    if (!sees) {
      expect(res.status).toBe(403);
      return;
    }
    expect(res.status).toBe(200);
    // Rows written after the data-protection officer's list (searches of the log) are not compared.
    const last = Math.max(...all.map((r) => r.seq));
    const got = (res.body.rows as AuditRow[]).filter((r) => r.seq <= last).map((r) => r.seq);
    expect(got).toEqual(all.filter(sees).map((r) => r.seq));
  });

  it('shows the leader of d1 the d1 staff’s logins and the d1 children, never the d2 child’s emergency reason', async () => {
    const rows: AuditRow[] = (await c.leader.get('/api/audit')).body.rows;
    const logins = rows.filter((r) => r.action === 'login').map((r) => r.userId);
    expect(logins).toContain(server.users.caseworker.id);
    expect(logins).not.toContain(server.users.caseworker2.id);
    expect(rows.some((r) => r.reason === REASON)).toBe(false);
    expect(rows.some((r) => r.childId === server.children.other.id)).toBe(false);
    const byChild = await c.leader.get(`/api/audit?entity=${server.children.unlinked.id}`);
    expect(byChild.body.rows).toEqual([]);
  });

  it('shows the admin logins and settings, and no row with a child, a case or person data', async () => {
    const rows: AuditRow[] = (await c.admin.get('/api/audit')).body.rows;
    expect(rows.some((r) => r.action === 'login')).toBe(true);
    expect(rows.some((r) => r.entityType === 'detection_setting')).toBe(true);
    expect(rows.filter((r) => r.childId || r.caseId || r.reason)).toEqual([]);
    expect((await c.admin.get(`/api/audit?entity=${server.children.inClass.id}`)).body.rows).toEqual([]);
  });
});
