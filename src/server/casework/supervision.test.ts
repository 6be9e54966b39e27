import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCalendarDays, todayInCopenhagen } from '../../core/calendar/zone.ts';
import { addCalendarMonths } from '../../core/casework/months.ts';
import { createLadderOffers } from '../../testing/casework.ts';
import { USER_KEYS, type UserKey } from '../../testing/fixtures.ts';
import { type ApiClient, loginAll, startTestServer, type TestServer } from '../../testing/server.ts';
import { addAssessment, addCase, addCases, addJournal, addMeasure, backdateCase } from './mine.testing.ts';

let server: TestServer;
let c: Record<UserKey, ApiClient>;
const today = todayInCopenhagen();
let placed: string;
let elsewhere: string;

beforeAll(async () => {
  server = await startTestServer({ label: 'supervision' });
  c = await loginAll(server, USER_KEYS);
  const m = server.municipality;
  const u = m.users;
  const offers = await createLadderOffers(server.db, m);

  // caseworker (d1): the fixture case, opened a year ago, never a contact; its assessment 5 months old.
  await backdateCase(server.db, m.cases.inClass, addCalendarMonths(today, -12));
  await addAssessment(server.db, m, m.cases.inClass, u.caseworker.id, addCalendarMonths(today, -5));

  // preventive worker (d1) with the foster-care consultant: a foster-family placement 7 months old
  // with neither plan, follow-up nor visit; contact last week.
  const p = await addCase(server.db, m, {
    districtId: m.districts.d1,
    caseworkerId: u.preventive.id,
    fosterCareId: u.fosterCare.id,
    openedOn: addCalendarMonths(today, -8),
  });
  placed = p.caseId;
  await addMeasure(server.db, m, offers, {
    ...p,
    position: 5,
    startOn: addCalendarMonths(today, -7),
    by: u.preventive.id,
  });
  await addJournal(server.db, m, placed, u.preventive.id, 'home_visit', addCalendarDays(today, -7));

  // caseworker2 (d2): an overdue case outside the leader's districts.
  elsewhere = (
    await addCase(server.db, m, {
      districtId: m.districts.d2,
      caseworkerId: u.caseworker2.id,
      openedOn: addCalendarMonths(today, -12),
    })
  ).caseId;
  await addAssessment(server.db, m, elsewhere, u.caseworker2.id, addCalendarMonths(today, -6));
});
afterAll(() => server.close());

type Row = {
  user: { id: string; name: string };
  role: string;
  districts: { name: string }[];
  caseload: { openCases: number; target: number | null; state: string | null };
  overdue: { assessments: number; plans: number; followUps: number; visits: number };
  quietCases: number;
};

describe('the leader’s supervision of cases', () => {
  it('counts per caseworker in the leader’s districts: caseload, overdue by kind, quiet cases', async () => {
    const res = await c.leader.get('/api/supervision/cases');
    expect(res.status).toBe(200);
    const u = server.users;
    const rows = new Map((res.body.caseworkers as Row[]).map((r) => [r.user.id, r]));
    expect([...rows.keys()].sort()).toEqual([u.caseworker.id, u.preventive.id, u.fosterCare.id].sort());
    expect(rows.get(u.caseworker.id)).toMatchObject({
      role: 'caseworker',
      districts: [{ name: 'Nord' }],
      caseload: { openCases: 1, target: 20, state: 'under' },
      overdue: { assessments: 2, plans: 0, followUps: 0, visits: 0 },
      quietCases: 1,
    });
    expect(rows.get(u.preventive.id)).toMatchObject({
      // caseload-20 is the caseworker's target: others get a count only.
      caseload: { openCases: 1, target: null, state: null },
      overdue: { assessments: 0, plans: 1, followUps: 1, visits: 1 },
      quietCases: 0,
    });
    // The consultant's caseload is whole (the d2 case too); the counts are of the leader's districts.
    expect(rows.get(u.fosterCare.id)).toMatchObject({
      districts: [],
      caseload: { openCases: 2, target: null, state: null },
      overdue: { assessments: 0, plans: 1, followUps: 1, visits: 1 },
    });
    expect(res.body).toMatchObject({ quietWeeks: 6, caseloadTarget: 20 });
    expect(res.body.unassigned.map((x: { caseId: string }) => x.caseId)).toEqual([
      server.municipality.cases.districtCase,
    ]);
  });

  it('lists every overdue deadline of the leader’s districts and none elsewhere', async () => {
    const res = await c.leader.get('/api/supervision/cases');
    const items = res.body.overdueItems as {
      caseId: string;
      rule: string;
      dueOn: string;
      caseworker: { id: string } | null;
    }[];
    expect(items.map((i) => [i.caseId, i.rule]).sort()).toEqual(
      [
        [server.municipality.cases.inClass, 'assessment-2m'],
        [server.municipality.cases.inClass, 'assessment-4m'],
        [placed, 'first-follow-up'],
        [placed, 'plan-3m'],
        [placed, 'supervision-visits'],
      ].sort(),
    );
    expect(items.some((i) => i.caseId === elsewhere)).toBe(false);
    const dues = items.map((i) => i.dueOn);
    expect(dues).toEqual([...dues].sort());
    expect(items.find((i) => i.caseId === placed)?.caseworker?.id).toBe(server.users.preventive.id);
  });

  it('is the leader’s only (403 for everyone else)', async () => {
    for (const k of [
      'caseworker',
      'caseworker2',
      'fosterCare',
      'front',
      'analyst',
      'admin',
      'teacher',
    ] as const) {
      expect((await c[k].get('/api/supervision/cases')).status, k).toBe(403);
    }
  });

  // Speed is measured by `npm run bench` (bench-casework.ts), not asserted here.
  it('counts every one of about 450 more open cases: caseloads and the unassigned', async () => {
    const m = server.municipality;
    const before = (await c.leader.get('/api/supervision/cases')).body;
    const caseloadOf = (body: typeof before, id: string) =>
      (body.caseworkers as Row[]).find((r) => r.user.id === id)?.caseload.openCases ?? 0;
    const staff = [m.users.caseworker.id, m.users.preventive.id, null];
    await addCases(
      server.db,
      m,
      Array.from({ length: 450 }, (_, i) => ({
        districtId: m.districts.d1,
        caseworkerId: staff[i % 3] ?? null,
        openedOn: addCalendarMonths(today, -(i % 24)),
        awareOn: addCalendarMonths(today, -(i % 8)),
      })),
    );
    const res = await c.leader.get('/api/supervision/cases');
    expect(res.status).toBe(200);
    for (const id of [m.users.caseworker.id, m.users.preventive.id]) {
      expect(caseloadOf(res.body, id)).toBe(caseloadOf(before, id) + 150);
    }
    expect(res.body.unassigned).toHaveLength(before.unassigned.length + 150);
  });
});
