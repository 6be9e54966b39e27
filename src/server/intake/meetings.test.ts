import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, loginAs, startTestServer, type TestServer } from '../../testing/server.ts';
import { addChild } from '../casework/cases.testing.ts';
import { screenToMeeting, sendSchoolReport } from './reports.testing.ts';

let server: TestServer;
let c: Record<'teacher' | 'front' | 'preventive' | 'caseworker2' | 'analyst', ApiClient>;
let d1: string;
beforeAll(async () => {
  server = await startTestServer({ label: 'intake-meetings' });
  const keys = ['teacher', 'front', 'preventive', 'caseworker2', 'analyst'] as const;
  c = Object.fromEntries(await Promise.all(keys.map(async (k) => [k, await loginAs(server, k)]))) as typeof c;
  d1 = server.municipality.districts.d1;
});
afterAll(() => server.close());

async function screenedReport(childId: string, reporter: ApiClient = c.teacher, receivedAt?: string) {
  const id = await sendSchoolReport(reporter, childId, {
    ...(receivedAt ? { receivedAt } : {}),
    text: 'Barnet fortæller, at der er meget uro derhjemme.',
  });
  await screenToMeeting(c.front, id);
  return id;
}

describe('the district meeting', () => {
  it('builds its agenda from the district’s screened reports and opens a case on an assessment', async () => {
    const reportId = await screenedReport(server.children.inDaycare.id, c.front);
    const opened = await c.preventive.post(`/api/districts/${d1}/meetings`, {
      heldOn: '2026-03-03',
      participants: [
        { name: 'Test front', role: 'Modtagelsen' },
        { name: 'Test preventive', role: 'Forebyggende socialrådgiver' },
      ],
    });
    expect(opened.status).toBe(201);
    expect((await c.preventive.post(`/api/districts/${d1}/meetings`, { heldOn: '2026-03-03' })).body.id).toBe(
      opened.body.id,
    );
    const next = await c.preventive.get(`/api/districts/${d1}/meetings/next`);
    expect(next.status).toBe(200);
    expect(next.body.meeting.id).toBe(opened.body.id);
    const item = next.body.agenda.find((a: { reportId: string }) => a.reportId === reportId);
    expect(item).toMatchObject({ sourceLabel: 'Skole', screening: { decision: 'district_meeting' } });

    const decided = await c.front.post(`/api/meetings/${opened.body.id}/decisions`, {
      reportId,
      decision: 'assessment',
      reasons: 'Bekymringen for hjemmet kræver en børnefaglig undersøgelse.',
    });
    expect(decided.status).toBe(201);
    expect(decided.body.decision).toMatchObject({ decision: 'assessment', caseId: expect.any(String) });
    const again = await c.front.post(`/api/meetings/${opened.body.id}/decisions`, {
      reportId,
      decision: 'no_action',
      reasons: 'x',
    });
    expect(again.status).toBe(409);
    const after = await c.preventive.get(`/api/districts/${d1}/meetings/next`);
    expect(after.body.agenda.some((a: { reportId: string }) => a.reportId === reportId)).toBe(false);
    expect(after.body.decisions.map((d: { reportId: string }) => d.reportId)).toContain(reportId);
  });

  it('opens the case through case work, aware from the Copenhagen date of the earliest open report, by the decider', async () => {
    const child = (await addChild(server.db, server.municipality)).id;
    // 23.30 UTC on 2 November is 00.30 on 3 November in Copenhagen: the case starts on the 3rd.
    const first = await screenedReport(child, c.front, '2026-11-02T23:30:00.000Z');
    const second = await screenedReport(child, c.front, '2026-11-04T10:00:00.000Z');
    const meeting = await c.front.post(`/api/districts/${d1}/meetings`, { heldOn: '2026-11-10' });
    const decided = await c.front.post(`/api/meetings/${meeting.body.id}/decisions`, {
      reportId: second,
      decision: 'assessment',
      reasons: 'Gentagne bekymringer.',
    });
    expect(decided.status).toBe(201);
    const caseId = decided.body.decision.caseId as string;
    const row = await server.db
      .selectFrom('cases')
      .select(['aware_on', 'created_by', 'caseworker_id', 'opened_reason'])
      .where('municipality_id', '=', server.municipality.id)
      .where('id', '=', caseId)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      aware_on: '2026-11-03',
      created_by: server.users.front.id,
      caseworker_id: null,
    });
    expect(row.opened_reason).toContain('distriktsmøde 2026-11-10');
    const created = await server.db
      .selectFrom('audit_log')
      .select(['user_id', 'outcome'])
      .where('municipality_id', '=', server.municipality.id)
      .where('entity_type', '=', 'case')
      .where('entity_id', '=', caseId)
      .where('action', '=', 'create')
      .execute();
    expect(created).toEqual([{ user_id: server.users.front.id, outcome: 'allowed' }]);
    // The first report, decided on after, continues the same case.
    const again = await c.front.post(`/api/meetings/${meeting.body.id}/decisions`, {
      reportId: first,
      decision: 'assessment',
      reasons: 'Samme forhold.',
    });
    expect(again.body.decision.caseId).toBe(caseId);
  });

  it('continues the child’s open case instead of opening a second one', async () => {
    const reportId = await screenedReport(server.children.inClass.id);
    const meeting = await c.front.post(`/api/districts/${d1}/meetings`, { heldOn: '2026-03-10' });
    const decided = await c.front.post(`/api/meetings/${meeting.body.id}/decisions`, {
      reportId,
      decision: 'assessment',
      reasons: 'Indgår i den åbne sag.',
    });
    expect(decided.status).toBe(201);
    const again = await c.front.post(`/api/meetings/${meeting.body.id}/decisions`, {
      reportId: await screenedReport(server.children.inClass.id),
      decision: 'assessment',
      reasons: 'Samme sag.',
    });
    expect(again.body.decision.caseId).toBe(decided.body.decision.caseId);
    expect((await c.teacher.post(`/api/reports/${reportId}/feedback`, {})).status).toBe(403);
    const feedback = await c.front.post(`/api/reports/${reportId}/feedback`, {});
    expect(feedback.status).toBe(201);
    expect(feedback.body.feedback.outcome).toBe('assessment');
    expect((await c.front.post(`/api/reports/${reportId}/feedback`, {})).status).toBe(409);
    const mine = await c.teacher.get('/api/reports/mine');
    expect(mine.body.reports.find((r: { id: string }) => r.id === reportId)).toMatchObject({
      status: 'closed',
      statusLabel: 'Afsluttet',
      feedback: { outcome: 'assessment', outcomeLabel: 'Der er iværksat en børnefaglig undersøgelse' },
    });
  });

  it('records preventive work and refuses roles outside the district', async () => {
    const reportId = await screenedReport(server.children.inDaycare.id, c.front);
    const meeting = await c.preventive.post(`/api/districts/${d1}/meetings`, { heldOn: '2026-03-17' });
    expect((await c.caseworker2.get(`/api/districts/${d1}/meetings/next`)).status).toBe(403);
    expect((await c.teacher.get(`/api/districts/${d1}/meetings/next`)).status).toBe(403);
    expect(
      (
        await c.analyst.post(`/api/meetings/${meeting.body.id}/decisions`, {
          reportId,
          decision: 'no_action',
          reasons: 'x',
        })
      ).status,
    ).toBe(403);
    const decided = await c.preventive.post(`/api/meetings/${meeting.body.id}/decisions`, {
      reportId,
      decision: 'preventive',
      reasons: 'Forebyggende samtaler i distriktet.',
    });
    expect(decided.status).toBe(201);
    expect(decided.body.decision).toMatchObject({
      decision: 'preventive',
      caseId: null,
      decisionLabel: 'Forebyggende arbejde i distriktet',
    });
  });
});

describe('matching and settings', () => {
  it('lets Front match a provisional child, after which the report belongs to the child’s district', async () => {
    const res = await c.front.post('/api/reports', {
      idempotencyKey: randomUUID(),
      child: { name: 'Helt Ukendt', birthDate: '2019-01-01' },
      source: 'citizen',
      reporter: { kind: 'citizen', name: 'En nabo' },
      acute: false,
      text: 'Barnet er alene hjemme om aftenen.',
    });
    expect(res.status).toBe(201);
    expect(
      (
        await c.preventive.post(`/api/reports/${res.body.id}/match`, {
          childId: server.children.inDaycare.id,
        })
      ).status,
    ).toBe(403);
    const matched = await c.front.post(`/api/reports/${res.body.id}/match`, {
      childId: server.children.inDaycare.id,
    });
    expect(matched.status).toBe(200);
    expect(matched.body).toMatchObject({
      child: { id: server.children.inDaycare.id, provisional: false },
      district: { id: d1 },
    });
    expect(
      (await c.front.post(`/api/reports/${res.body.id}/match`, { childId: server.children.inClass.id }))
        .status,
    ).toBe(409);
    expect((await c.preventive.get(`/api/reports/${res.body.id}`)).status).toBe(200);
  });

  it('lets the admin close 24 and 31 December, which moves later receipt deadlines only', async () => {
    const body = (key: string) => ({
      idempotencyKey: key,
      childId: server.children.other.id,
      source: 'police',
      reporter: { kind: 'professional', organisation: 'Politiet' },
      receivedAt: '2025-12-22T12:00:00+01:00',
      acute: false,
      text: 'Politiet har været på adressen.',
    });
    const before = await c.front.post('/api/reports', body(randomUUID()));
    expect(before.body.receiptDueAt).toBe('2026-01-02T23:59:59.999+01:00');
    const admin = await loginAs(server, 'admin');
    expect((await c.front.get('/api/intake/settings')).body.isDefault).toBe(true);
    const settings = { constitutionDayClosed: false, christmasEveClosed: true, newYearsEveClosed: true };
    expect((await c.front.request('PUT', '/api/intake/settings', settings)).status).toBe(403);
    const changed = await admin.request('PUT', '/api/intake/settings', settings);
    expect(changed.status).toBe(200);
    expect(changed.body).toEqual({ settings, isDefault: false });
    const after = await c.front.post('/api/reports', body(randomUUID()));
    expect(after.body.receiptDueAt).toBe('2026-01-06T23:59:59.999+01:00');
  });
});
