import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INTAKE_POLICY } from '../../core/access/intake-policy.ts';
import { permissionsOf } from '../../core/access/permissions.ts';
import { ROLES } from '../../core/access/roles.ts';
import { asSystem } from '../../store/database.ts';
import { type ApiClient, loginAll, startTestServer, type TestServer } from '../../testing/server.ts';
import { sendSchoolReport } from '../intake/reports.testing.ts';

// The on-call rota (issue #10, item 9): set by someone else for a period, ended early or at its
// end, and every read it allows flagged on_call in the audit log.

let server: TestServer;
type Key = 'admin' | 'leader' | 'front' | 'caseworker' | 'caseworker2' | 'teacher' | 'analyst';
let c: Record<Key, ApiClient>;
let reportId: string;
beforeAll(async () => {
  server = await startTestServer({ label: 'on-call' });
  c = await loginAll(server, ['admin', 'leader', 'front', 'caseworker', 'caseworker2', 'teacher', 'analyst']);
  // A report about a child of d1: caseworker2 (d2) reaches it only while on call.
  reportId = await sendSchoolReport(c.teacher, server.children.inClass.id, {
    text: 'Barnet har blå mærker på armene.',
  });
});
afterAll(() => server.close());

const inHours = (h: number) => new Date(Date.now() + h * 3_600_000).toISOString();
const plan = (client: ApiClient, userId: string, body: Record<string, unknown>) =>
  client.post(`/api/users/${userId}/on-call-shifts`, body);

async function auditOf(userId: string, action: string, entityId: string) {
  return server.db
    .selectFrom('audit_log')
    .select(['outcome', 'on_call', 'entity_type'])
    .where('municipality_id', '=', server.municipality.id)
    .where('user_id', '=', userId)
    .where('action', '=', action)
    .where('entity_id', '=', entityId)
    .orderBy('seq')
    .execute();
}

describe('the session’s permissions on call', () => {
  it('widen screening while a shift runs, only where the intake policy says, and nothing else', () => {
    for (const role of ROLES) {
      const policy = INTAKE_POLICY[role];
      const off = permissionsOf(role, false);
      const on = permissionsOf(role, true);
      expect(off.includes('reports:screen'), role).toBe(policy.screen === 'always');
      expect(on.includes('reports:screen'), role).toBe(policy.screen !== 'never');
      expect(on.filter((p) => p !== 'reports:screen')).toEqual(off.filter((p) => p !== 'reports:screen'));
      expect(off.includes('reports:read'), role).toBe(policy.reportRead !== null);
      expect(off.includes('intake_supervision:read'), role).toBe(policy.supervision !== null);
    }
  });
});

describe('a shift of the rota', () => {
  it('lets the user screen while it runs, flags every read it allows, and ends when ended', async () => {
    const who = server.users.caseworker2;
    expect((await c.caseworker2.get(`/api/reports/${reportId}`)).status).toBe(403);
    const shift = await plan(c.leader, who.id, { endsAt: inHours(8) });
    expect(shift.status).toBe(201);
    expect(shift.body).toMatchObject({
      user: { id: who.id, role: 'caseworker' },
      setBy: { id: server.users.leader.id },
      endedEarlyAt: null,
      current: true,
    });
    expect((await c.caseworker2.get('/api/session')).body.user).toMatchObject({
      onCall: true,
      permissions: expect.arrayContaining(['reports:screen']),
    });
    expect((await c.caseworker2.get(`/api/reports/${reportId}`)).status).toBe(200);
    expect((await c.caseworker2.get(`/api/reports/${reportId}/attachments`)).status).toBe(200);
    expect((await c.front.get(`/api/reports/${reportId}`)).status).toBe(200);
    // The shift's read is flagged; Front's own read is not.
    expect(await auditOf(who.id, 'read', reportId)).toEqual([
      { outcome: 'denied', on_call: false, entity_type: 'report' },
      { outcome: 'allowed', on_call: true, entity_type: 'report' },
    ]);
    expect((await auditOf(server.users.front.id, 'read', reportId)).map((r) => r.on_call)).toEqual([false]);
    const listed = await server.db
      .selectFrom('audit_log')
      .select('on_call')
      .where('municipality_id', '=', server.municipality.id)
      .where('user_id', '=', who.id)
      .where('entity_type', '=', 'report_attachment')
      .execute();
    expect(listed).toEqual([{ on_call: true }]);

    const ended = await c.admin.post(`/api/on-call-shifts/${shift.body.id}/end`, {});
    expect(ended.status).toBe(200);
    expect(ended.body).toMatchObject({ current: false, endedBy: { id: server.users.admin.id } });
    expect((await c.caseworker2.get('/api/session')).body.user.onCall).toBe(false);
    expect((await c.caseworker2.get(`/api/reports/${reportId}`)).status).toBe(403);
    expect((await c.admin.post(`/api/on-call-shifts/${shift.body.id}/end`, {})).status).toBe(409);
  });

  it('ends by itself at its end', async () => {
    const who = server.users.caseworker2;
    const shift = await plan(c.admin, who.id, { endsAt: inHours(1) });
    expect(shift.status).toBe(201);
    expect((await c.caseworker2.get(`/api/reports/${reportId}`)).status).toBe(200);
    await asSystem(server.db, 'test-shift-over', (tx) =>
      tx
        .updateTable('on_call_shift')
        .set({
          starts_at: sql<Date>`now() - interval '2 hours'`,
          ends_at: sql<Date>`now() - interval '1 second'`,
        })
        .where('municipality_id', '=', server.municipality.id)
        .where('id', '=', shift.body.id)
        .execute(),
    );
    expect((await c.caseworker2.get(`/api/reports/${reportId}`)).status).toBe(403);
    expect((await c.caseworker2.get('/api/session')).body.user.onCall).toBe(false);
  });

  it('to come grants nothing yet, lists as coming, and is cancelled by ending it', async () => {
    const who = server.users.caseworker;
    const shift = await plan(c.admin, who.id, { startsAt: inHours(24), endsAt: inHours(36) });
    expect(shift.status).toBe(201);
    expect(shift.body.current).toBe(false);
    expect((await c.caseworker.get('/api/session')).body.user.onCall).toBe(false);
    const mine = await c.caseworker.get(`/api/users/${who.id}/on-call-shifts`);
    expect(mine.body.shifts.map((s: { id: string }) => s.id)).toEqual([shift.body.id]);
    expect((await c.admin.post(`/api/on-call-shifts/${shift.body.id}/end`, {})).status).toBe(200);
    expect((await c.caseworker.get(`/api/users/${who.id}/on-call-shifts`)).body.shifts).toEqual([]);
  });
});

describe('who keeps the rota', () => {
  it('is an administrator or a leader, never for themselves; everyone else is refused (403, audited)', async () => {
    const leaderSelf = await plan(c.leader, server.users.leader.id, { endsAt: inHours(8) });
    expect(leaderSelf.status).toBe(403);
    for (const key of ['front', 'caseworker', 'teacher', 'analyst'] as const) {
      expect((await plan(c[key], server.users.caseworker2.id, { endsAt: inHours(8) })).status, key).toBe(403);
    }
    const denied = await server.db
      .selectFrom('audit_log')
      .select(['user_id'])
      .where('municipality_id', '=', server.municipality.id)
      .where('action', '=', 'on_call_set')
      .where('outcome', '=', 'denied')
      .execute();
    expect(denied.map((d) => d.user_id).sort()).toEqual(
      [
        server.users.leader.id,
        server.users.front.id,
        server.users.caseworker.id,
        server.users.teacher.id,
        server.users.analyst.id,
      ].sort(),
    );
    expect((await c.caseworker.get(`/api/users/${server.users.caseworker2.id}/on-call-shifts`)).status).toBe(
      403,
    );
    const rows = await server.db
      .selectFrom('on_call_shift')
      .select('id')
      .where('municipality_id', '=', server.municipality.id)
      .where('user_id', '=', server.users.leader.id)
      .execute();
    expect(rows).toEqual([]);
  });

  it('refuses users who never screen on call, overlaps, the past, over 14 days and bad input', async () => {
    const who = server.users.caseworker;
    expect((await plan(c.admin, server.users.teacher.id, { endsAt: inHours(8) })).status).toBe(422);
    expect((await plan(c.admin, server.users.front.id, { endsAt: inHours(8) })).status).toBe(422);
    expect((await plan(c.admin, randomUUID(), { endsAt: inHours(8) })).status).toBe(404);
    const first = await plan(c.admin, who.id, { startsAt: inHours(48), endsAt: inHours(60) });
    expect(first.status).toBe(201);
    const overlap = await plan(c.leader, who.id, { startsAt: inHours(59), endsAt: inHours(70) });
    expect(overlap.status).toBe(409);
    expect((await plan(c.admin, who.id, { startsAt: inHours(-2), endsAt: inHours(3) })).status).toBe(422);
    expect(
      (await plan(c.admin, who.id, { startsAt: inHours(100), endsAt: inHours(100 + 15 * 24) })).status,
    ).toBe(422);
    expect((await plan(c.admin, who.id, { startsAt: inHours(80), endsAt: inHours(79) })).status).toBe(422);
    expect((await plan(c.admin, who.id, { endsAt: 'i morgen' })).status).toBe(400);
    expect((await plan(c.admin, who.id, { onCall: true })).status).toBe(400);
  });

  it('stores a retried shift once (same idempotency key)', async () => {
    const who = server.users.caseworker2;
    const body = { startsAt: inHours(200), endsAt: inHours(210), idempotencyKey: `shift-${randomUUID()}` };
    const [a, b] = await Promise.all([plan(c.admin, who.id, body), plan(c.admin, who.id, body)]);
    expect([a.status, b.status].sort()).toEqual([200, 201]);
    expect(a.body.id).toBe(b.body.id);
  });
});
