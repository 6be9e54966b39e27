import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCalendarDays, todayInCopenhagen } from '../../core/calendar/zone.ts';
import { addCalendarMonths, addWeeks } from '../../core/casework/months.ts';
import { asSystem } from '../../store/database.ts';
import { createLadderOffers } from '../../testing/casework.ts';
import { USER_KEYS, type UserKey } from '../../testing/fixtures.ts';
import { type ApiClient, loginAll, startTestServer, type TestServer } from '../../testing/server.ts';
import { addAssessment, addCase, addJournal, addMeasure, backdateCase } from './mine.testing.ts';

let server: TestServer;
let c: Record<UserKey, ApiClient>;
const today = todayInCopenhagen();
const yearAgo = addCalendarMonths(today, -12);
let overdueCase: string;
let quietCase: string;
let busyCase: string;
let quietContactOn: string;

beforeAll(async () => {
  server = await startTestServer({ label: 'mine' });
  c = await loginAll(server, USER_KEYS);
  const m = server.municipality;
  const me = m.users.caseworker.id;
  const offers = await createLadderOffers(server.db, m);

  // Busy: a home-based measure a month ago (next: plan and first follow-up in 2 months), contact last week.
  busyCase = m.cases.inClass;
  await backdateCase(server.db, busyCase, yearAgo);
  await addMeasure(server.db, m, offers, {
    caseId: busyCase,
    childId: server.children.inClass.id,
    position: 3,
    startOn: addCalendarMonths(today, -1),
    by: me,
  });
  await addJournal(server.db, m, busyCase, me, 'phone', addCalendarDays(today, -7));

  // Quiet: an assessment due in a month; the last contact 10 weeks ago, a note (not contact) since.
  quietCase = (
    await addCase(server.db, m, {
      districtId: m.districts.d1,
      caseworkerId: me,
      openedOn: yearAgo,
      name: 'Bo',
    })
  ).caseId;
  await addAssessment(server.db, m, quietCase, me, addCalendarMonths(today, -1));
  quietContactOn = addWeeks(today, -10);
  await addJournal(server.db, m, quietCase, me, 'home_visit', quietContactOn);
  await addJournal(server.db, m, quietCase, me, 'note', addCalendarDays(today, -3));

  // Overdue: an assessment aware 5 months ago, neither finished (both assessment deadlines overdue).
  overdueCase = (
    await addCase(server.db, m, {
      districtId: m.districts.d2,
      caseworkerId: me,
      openedOn: addCalendarDays(today, -2),
      name: 'Åse',
    })
  ).caseId;
  await addAssessment(server.db, m, overdueCase, me, addCalendarMonths(today, -5));
});
afterAll(() => server.close());

type Mine = {
  caseId: string;
  overdue: boolean;
  overdueCount: number;
  quietSince: string | null;
  currentStep: number;
  noProgressMeasures: number;
  nextDeadline: { rule: string; label: string; dueOn: string; dueAt: string } | null;
  child: { name: string; age: number };
};

describe('Mit overblik', () => {
  it('lists the caseworker’s open cases, overdue first, then by the next deadline', async () => {
    const res = await c.caseworker.get('/api/cases/mine');
    expect(res.status).toBe(200);
    const rows = res.body as Mine[];
    expect(rows.map((r) => r.caseId)).toEqual([overdueCase, quietCase, busyCase]);
    const [overdue, quiet, busy] = rows as [Mine, Mine, Mine];
    expect(overdue).toMatchObject({
      overdue: true,
      overdueCount: 2,
      quietSince: null,
      nextDeadline: { rule: 'assessment-2m', dueOn: addCalendarMonths(addCalendarMonths(today, -5), 2) },
    });
    expect(overdue.nextDeadline?.dueAt).toMatch(/T23:59:59\.999\+0[12]:00$/);
    expect(quiet).toMatchObject({
      overdue: false,
      overdueCount: 0,
      quietSince: quietContactOn,
      nextDeadline: { rule: 'assessment-2m', label: 'Børnefaglig undersøgelse afsluttet (lokalt mål)' },
    });
    expect(busy).toMatchObject({ overdue: false, quietSince: null, currentStep: 3, noProgressMeasures: 0 });
    expect(busy.nextDeadline?.rule).toBe('plan-3m');
  });

  it('shows a case opened long ago without any contact as quiet since its opening', async () => {
    const m = server.municipality;
    const { caseId } = await addCase(server.db, m, {
      districtId: m.districts.d1,
      caseworkerId: m.users.caseworker2.id,
      openedOn: addWeeks(today, -7),
    });
    const rows = (await c.caseworker2.get('/api/cases/mine')).body as Mine[];
    expect(rows.find((r) => r.caseId === caseId)?.quietSince).toBe(addWeeks(today, -7));
    // caseworker2's fixture case was opened today: not quiet yet.
    expect(rows.find((r) => r.caseId === m.cases.other)?.quietSince).toBeNull();
  });

  it('follows the municipality’s quiet limit', async () => {
    const put = (quietWeeks: number) =>
      c.leader.put('/api/casework/settings', {
        quietWeeks,
        caseloadTarget: 20,
        homeFollowUpMonths: 3,
        placementFollowUpWeeks: 6,
      });
    expect((await put(12)).status).toBe(200);
    const rows = (await c.caseworker.get('/api/cases/mine')).body as Mine[];
    expect(rows.find((r) => r.caseId === quietCase)?.quietSince).toBeNull();
    expect((await put(6)).status).toBe(200);
  });

  it('lists the foster-care consultant’s cases; refuses roles without an own overview', async () => {
    const rows = (await c.fosterCare.get('/api/cases/mine')).body as Mine[];
    expect(rows.map((r) => r.caseId)).toEqual([server.municipality.cases.other]);
    expect((await c.preventive.get('/api/cases/mine')).body).toEqual([]);
    for (const k of ['leader', 'front', 'analyst', 'admin', 'teacher'] as const) {
      expect((await c[k].get('/api/cases/mine')).status, k).toBe(403);
      expect((await c[k].get('/api/cases/mine/caseload')).status, k).toBe(403);
    }
  });

  it('audits one read listing the cases', async () => {
    await c.caseworker.get('/api/cases/mine');
    const rows = await asSystem(server.db, 'test', (tx) =>
      tx
        .selectFrom('audit_log')
        .select('details')
        .where('municipality_id', '=', server.municipality.id)
        .where('user_id', '=', server.users.caseworker.id)
        .where('entity_type', '=', 'case_overview')
        .execute(),
    );
    expect(rows.length).toBeGreaterThan(0);
    expect(((rows.at(-1)?.details ?? {}) as { caseIds?: string[] }).caseIds?.sort()).toEqual(
      [overdueCase, quietCase, busyCase].sort(),
    );
  });

  it('gives the caseload against the target, for caseworkers (caseload-20)', async () => {
    expect((await c.caseworker.get('/api/cases/mine/caseload')).body).toEqual({
      openCases: 3,
      target: 20,
      state: 'under',
    });
    expect((await c.fosterCare.get('/api/cases/mine/caseload')).body).toEqual({
      openCases: 1,
      target: null,
      state: null,
    });
    const body = { quietWeeks: 6, caseloadTarget: 3, homeFollowUpMonths: 3, placementFollowUpWeeks: 6 };
    expect((await c.admin.put('/api/casework/settings', body)).status).toBe(200);
    expect((await c.caseworker.get('/api/cases/mine/caseload')).body).toMatchObject({
      target: 3,
      state: 'at',
    });
    await c.admin.put('/api/casework/settings', { ...body, caseloadTarget: 20 });
  });

  // Speed is measured by `npm run bench` (bench-casework.ts), not asserted here.
  it('lists all of 25 own cases, each with its next deadline', async () => {
    const m = server.municipality;
    const me = m.users.preventive.id;
    for (let i = 0; i < 25; i++) {
      const { caseId } = await addCase(server.db, m, {
        districtId: m.districts.d1,
        caseworkerId: me,
        openedOn: yearAgo,
      });
      await addAssessment(server.db, m, caseId, me, addCalendarMonths(today, -(i % 6)));
      await addJournal(server.db, m, caseId, me, 'phone', addWeeks(today, -1 - (i % 10)));
    }
    const res = await c.preventive.get('/api/cases/mine');
    expect(res.body).toHaveLength(25);
    for (const row of res.body as Mine[]) expect(row.nextDeadline?.rule).toBe('assessment-2m');
  });
});

describe('casework settings', () => {
  it('are read by case workers and leaders, changed by the leader and the admin only, and audited', async () => {
    expect((await c.caseworker.get('/api/casework/settings')).body).toEqual({
      quietWeeks: 6,
      caseloadTarget: 20,
      homeFollowUpMonths: 3,
      placementFollowUpWeeks: 6,
    });
    const body = { quietWeeks: 8, caseloadTarget: 18, homeFollowUpMonths: 3, placementFollowUpWeeks: 6 };
    for (const k of ['caseworker', 'front', 'analyst', 'teacher'] as const) {
      expect((await c[k].put('/api/casework/settings', body)).status, k).toBe(403);
    }
    expect((await c.teacher.get('/api/casework/settings')).status).toBe(403);
    expect((await c.leader.put('/api/casework/settings', { ...body, quietWeeks: 0 })).status).toBe(400);
    expect((await c.leader.put('/api/casework/settings', { ...body, extra: 1 })).status).toBe(400);
    expect((await c.leader.put('/api/casework/settings', body)).body).toEqual(body);
    const audit = await c.admin.get(`/api/audit?user=${server.users.leader.username}`);
    expect(
      audit.body.rows.some(
        (r: { entityType: string; action: string }) =>
          r.entityType === 'casework_setting' && r.action === 'update',
      ),
    ).toBe(true);
    await c.leader.put('/api/casework/settings', { ...body, quietWeeks: 6, caseloadTarget: 20 });
  });
});
