import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, loginAs, startTestServer, type TestServer } from '../../testing/server.ts';
import { screenToMeeting } from './reports.testing.ts';

let server: TestServer;
let c: Record<'front' | 'preventive' | 'leader' | 'caseworker2' | 'teacher' | 'analyst', ApiClient>;
let d1: string;
beforeAll(async () => {
  server = await startTestServer({ label: 'intake-minutes' });
  const keys = ['front', 'preventive', 'leader', 'caseworker2', 'teacher', 'analyst'] as const;
  c = Object.fromEntries(await Promise.all(keys.map(async (k) => [k, await loginAs(server, k)]))) as typeof c;
  d1 = server.municipality.districts.d1;
});
afterAll(() => server.close());

async function screenedReport(child: { childId: string } | { child: { name: string; birthDate: string } }) {
  const res = await c.front.post('/api/reports', {
    idempotencyKey: randomUUID(),
    ...child,
    source: 'citizen',
    reporter: { kind: 'citizen', name: 'En nabo' },
    acute: false,
    text: 'Naboen hører råb og gråd om aftenen.',
  });
  expect(res.status).toBe(201);
  await screenToMeeting(c.front, res.body.id);
  return res.body.id as string;
}

async function auditOf(entityId: string, action: string) {
  return server.db
    .selectFrom('audit_log')
    .select(['action', 'outcome', 'details', 'user_id'])
    .where('municipality_id', '=', server.municipality.id)
    .where('entity_id', '=', entityId)
    .where('action', '=', action)
    .execute();
}

describe('closing the district meeting and its minutes', () => {
  it('closes once with corrected participants, and the minutes list every decision with child and reasons', async () => {
    const reportId = await screenedReport({ childId: server.children.inDaycare.id });
    const opened = await c.preventive.post(`/api/districts/${d1}/meetings`, {
      heldOn: '2026-04-07',
      participants: [{ name: 'Test preventive', role: 'Forebyggende socialrådgiver' }],
    });
    expect(opened.status).toBe(201);
    expect(opened.body).toMatchObject({ closed: false, closedAt: null });
    const meetingId = opened.body.id as string;
    const decided = await c.front.post(`/api/meetings/${meetingId}/decisions`, {
      reportId,
      decision: 'no_action',
      reasons: 'Forholdene er afklaret med familien.',
    });
    expect(decided.status).toBe(201);

    const participants = [
      { name: 'Test preventive', role: 'Forebyggende socialrådgiver' },
      { name: 'Test front', role: 'Modtagelsen' },
    ];
    expect((await c.caseworker2.post(`/api/meetings/${meetingId}/close`, {})).status).toBe(403);
    expect((await c.front.post(`/api/meetings/${meetingId}/close`, { participants, extra: 1 })).status).toBe(
      400,
    );
    const closed = await c.front.post(`/api/meetings/${meetingId}/close`, { participants });
    expect(closed.status).toBe(200);
    expect(closed.body.meeting).toMatchObject({ id: meetingId, closed: true, participants });
    expect(closed.body.meeting.closedAt).toMatch(/^\d{4}-\d{2}-\d{2}T.*[+-]\d{2}:\d{2}$/);

    const twice = await c.front.post(`/api/meetings/${meetingId}/close`, {});
    expect(twice.status).toBe(409);
    expect(twice.body.error.id).toBe('conflict');
    const late = await c.front.post(`/api/meetings/${meetingId}/decisions`, {
      reportId: await screenedReport({ childId: server.children.inDaycare.id }),
      decision: 'no_action',
      reasons: 'For sent.',
    });
    expect(late.status).toBe(409);

    const minutes = await c.leader.get(`/api/meetings/${meetingId}`);
    expect(minutes.status).toBe(200);
    expect(minutes.body.meeting).toMatchObject({
      id: meetingId,
      district: { id: d1 },
      heldOn: '2026-04-07',
      participants,
      closed: true,
      chairedBy: { id: server.users.preventive.id },
    });
    expect(minutes.body.decisions).toEqual([
      expect.objectContaining({
        reportId,
        decision: 'no_action',
        decisionLabel: 'Ingen yderligere handling',
        reasons: 'Forholdene er afklaret med familien.',
        sourceLabel: 'Anden borger',
        child: expect.objectContaining({ id: server.children.inDaycare.id, provisional: false }),
        decidedBy: { id: server.users.front.id, name: expect.any(String) },
      }),
    ]);

    // The next meeting of the district is no longer this one.
    const next = await c.preventive.get(`/api/districts/${d1}/meetings/next`);
    expect(next.body.meeting?.id ?? null).not.toBe(meetingId);

    const closeAudit = await auditOf(meetingId, 'close');
    expect(closeAudit.map((a) => a.outcome).sort()).toEqual(['allowed', 'denied']);
    const readAudit = await auditOf(meetingId, 'read');
    expect(readAudit.find((a) => a.user_id === server.users.leader.id)?.details).toMatchObject({
      minutes: true,
      reportIds: [reportId],
      childIds: [server.children.inDaycare.id],
    });
  });

  it('shows a provisional child in the minutes, and keeps the participants when none are sent', async () => {
    const reportId = await screenedReport({ child: { name: 'Ukendt Referatbarn', birthDate: '2018-02-03' } });
    // A provisional report has no district until matched: match it first.
    expect(
      (await c.front.post(`/api/reports/${reportId}/match`, { childId: server.children.inDaycare.id }))
        .status,
    ).toBe(200);
    const opened = await c.front.post(`/api/districts/${d1}/meetings`, {
      heldOn: '2026-04-14',
      participants: [{ name: 'Test front', role: 'Modtagelsen' }],
    });
    await c.front.post(`/api/meetings/${opened.body.id}/decisions`, {
      reportId,
      decision: 'clarification',
      reasons: 'Afdækning af familiens situation.',
    });
    const closed = await c.preventive.post(`/api/meetings/${opened.body.id}/close`, {});
    expect(closed.status).toBe(200);
    expect(closed.body.meeting.participants).toEqual([{ name: 'Test front', role: 'Modtagelsen' }]);
    const minutes = await c.front.get(`/api/meetings/${opened.body.id}`);
    expect(minutes.body.decisions[0]).toMatchObject({
      decisionLabel: 'Afdækning (BL § 19)',
      child: { id: server.children.inDaycare.id },
    });
  });

  it('refuses the minutes outside the meeting policy and answers 404 for an unknown meeting', async () => {
    const opened = await c.front.post(`/api/districts/${d1}/meetings`, { heldOn: '2026-04-21' });
    for (const who of ['teacher', 'analyst', 'caseworker2'] as const) {
      expect((await c[who].get(`/api/meetings/${opened.body.id}`)).status, who).toBe(403);
    }
    expect((await c.front.get(`/api/meetings/${randomUUID()}`)).status).toBe(404);
    expect((await c.front.post(`/api/meetings/${randomUUID()}/close`, {})).status).toBe(404);
  });

  it('lists the district’s meetings newest first with their decision counts', async () => {
    const list = await c.leader.get(`/api/districts/${d1}/meetings`);
    expect(list.status).toBe(200);
    const dates = list.body.meetings.map((m: { heldOn: string }) => m.heldOn);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(list.body.meetings.find((m: { heldOn: string }) => m.heldOn === '2026-04-07')).toMatchObject({
      closed: true,
      decisionCount: 1,
      district: { id: d1 },
    });
    expect((await c.caseworker2.get(`/api/districts/${d1}/meetings`)).status).toBe(403);
    expect((await c.analyst.get(`/api/districts/${d1}/meetings`)).status).toBe(403);
  });

  it('documents closing and the minutes in the OpenAPI document', async () => {
    const doc = await (await fetch(`${server.url}/api/openapi.json`)).json();
    expect(doc.paths?.['/api/meetings/{id}/close']?.post).toBeDefined();
    expect(doc.paths?.['/api/meetings/{id}']?.get).toBeDefined();
    expect(doc.paths?.['/api/districts/{id}/meetings']?.get).toBeDefined();
  });
});
