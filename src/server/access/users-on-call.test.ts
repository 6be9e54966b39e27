import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INTAKE_POLICY } from '../../core/access/intake-policy.ts';
import { ROLES } from '../../core/access/roles.ts';
import { type ApiClient, loginAs, startTestServer, type TestServer } from '../../testing/server.ts';
import { intakeOfSession } from './session.ts';

let server: TestServer;
type Key = 'admin' | 'leader' | 'front' | 'caseworker' | 'teacher' | 'analyst';
let c: Record<Key, ApiClient>;
beforeAll(async () => {
  server = await startTestServer({ label: 'on-call' });
  const keys: Key[] = ['admin', 'leader', 'front', 'caseworker', 'teacher', 'analyst'];
  c = Object.fromEntries(await Promise.all(keys.map(async (k) => [k, await loginAs(server, k)]))) as typeof c;
});
afterAll(() => server.close());

const onCall = (client: ApiClient, userId: string, value: unknown) =>
  client.request('PUT', `/api/users/${userId}/on-call`, { onCall: value });

describe('the session’s intake rights', () => {
  it('follow the intake policy for every role, with screening on call only where the policy says', () => {
    for (const role of ROLES) {
      const policy = INTAKE_POLICY[role];
      const off = intakeOfSession(role, false);
      const on = intakeOfSession(role, true);
      expect(off.screen).toBe(policy.screen === 'always');
      expect(on.screen).toBe(policy.screen !== 'never');
      expect({ ...on, screen: off.screen }).toEqual(off);
      expect(off.reportRead).toBe(policy.reportRead !== null);
      expect(off.supervision).toBe(policy.supervision !== null);
    }
    expect(intakeOfSession('front', false)).toEqual({
      reportCreate: true,
      reportCreateUnknownChild: true,
      reportRead: true,
      screen: true,
      receiptSend: true,
      meeting: true,
      supervision: false,
      figures: true,
    });
    expect(intakeOfSession('professional', true)).toMatchObject({
      reportCreate: true,
      reportRead: false,
      screen: false,
    });
  });

  it('are in GET /api/session with the on-call mark', async () => {
    const res = await c.caseworker.get('/api/session');
    expect(res.body.user).toMatchObject({
      onCall: false,
      intake: { screen: false, meeting: true, reportRead: false, reportCreate: false },
    });
    const teacher = await c.teacher.get('/api/session');
    expect(teacher.body.user.intake).toMatchObject({ reportCreate: true, screen: false, reportRead: false });
  });
});

describe('PUT /api/users/:id/on-call', () => {
  it('lets an administrator or a leader mark a caseworker on call, who may then screen', async () => {
    const caseworker = server.users.caseworker.id;
    const set = await onCall(c.admin, caseworker, true);
    expect(set.status).toBe(200);
    expect(set.body).toMatchObject({ id: caseworker, role: 'caseworker', onCall: true, changed: true });
    const session = await c.caseworker.get('/api/session');
    expect(session.body.user).toMatchObject({ onCall: true, intake: { screen: true } });
    // The same value again changes nothing, and says so.
    expect((await onCall(c.leader, caseworker, true)).body.changed).toBe(false);
    const off = await onCall(c.leader, caseworker, false);
    expect(off.body).toMatchObject({ onCall: false, changed: true });
    expect((await c.caseworker.get('/api/session')).body.user).toMatchObject({
      onCall: false,
      intake: { screen: false },
    });
    const audit = await c.admin.get(`/api/audit?entity=${caseworker}`);
    const rows = (audit.body.rows as { action: string; username: string; outcome: string }[]).filter(
      (r) => r.action === 'update_on_call',
    );
    expect(rows.map((r) => r.username).sort()).toEqual(
      [server.users.admin.username, server.users.leader.username, server.users.leader.username].sort(),
    );
  });

  it('refuses everyone else (403, audited), users who never screen (422) and bad input (400)', async () => {
    const caseworker = server.users.caseworker.id;
    for (const key of ['front', 'caseworker', 'teacher', 'analyst'] as const) {
      const res = await onCall(c[key], caseworker, true);
      expect(res.status, key).toBe(403);
    }
    const denied = await c.admin.get(`/api/audit?user=${server.users.front.username}`);
    expect(
      denied.body.rows.some(
        (r: { action: string; outcome: string }) => r.action === 'update_on_call' && r.outcome === 'denied',
      ),
    ).toBe(true);
    const teacher = await onCall(c.admin, server.users.teacher.id, true);
    expect(teacher.status).toBe(422);
    expect(teacher.body.error.message).toContain('screene');
    expect((await onCall(c.admin, randomUUID(), true)).status).toBe(404);
    expect((await onCall(c.admin, caseworker, 'ja')).status).toBe(400);
    expect(
      (await c.admin.request('PUT', `/api/users/${caseworker}/on-call`, { onCall: true, from: 'nu' })).status,
    ).toBe(400);
  });
});
