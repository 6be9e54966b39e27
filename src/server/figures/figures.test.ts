import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asSystem } from '../../store/database.ts';
import { createLadderOffers } from '../../testing/casework.ts';
import { USER_KEYS, type UserKey } from '../../testing/fixtures.ts';
import { type ApiClient, loginAll, startTestServer, type TestServer } from '../../testing/server.ts';
import { addAssessment, addCase, addLadderMove, addMeasure } from '../casework/mine.testing.ts';

let server: TestServer;
let c: Record<UserKey, ApiClient>;
let d1: string;
let d2: string;

beforeAll(async () => {
  server = await startTestServer({ label: 'figures' });
  c = await loginAll(server, USER_KEYS);
  const m = server.municipality;
  ({ d1, d2 } = m.districts);
  const me = m.users.caseworker.id;
  const { inClass, districtCase, other } = m.cases;
  const ch = server.children;

  // F9: three assessments in d1 in January (on time, late, never finished), one in d2 in February,
  // a clarification (not counted) and one outside the period.
  await addAssessment(server.db, m, inClass, me, '2025-01-10', '2025-02-20');
  await addAssessment(server.db, m, inClass, me, '2025-01-15', '2025-04-01');
  await addAssessment(server.db, m, districtCase, me, '2025-01-20');
  await addAssessment(server.db, m, other, me, '2025-02-05', '2025-03-01');
  await addAssessment(server.db, m, other, me, '2024-11-05', '2024-12-01');
  await asSystem(server.db, 'test-fixture', (tx) =>
    tx
      .insertInto('assessment')
      .values({
        municipality_id: m.id,
        case_id: inClass,
        kind: 'clarification',
        aware_on: '2025-01-25',
        created_by: me,
      })
      .execute(),
  );

  // F11: the caseworker gets two more open cases in d1 (three in all); caseworker2 keeps one in d2.
  await addCase(server.db, m, { districtId: d1, caseworkerId: me, openedOn: '2025-01-01' });
  await addCase(server.db, m, { districtId: d1, caseworkerId: me, openedOn: '2025-01-01' });

  // F12: moves in Q1 2025 (and one before the period); measures behind "below the highest step".
  const offers = await createLadderOffers(server.db, m);
  const move = (caseId: string, childId: string, on: string, from: number, to: number) =>
    addLadderMove(server.db, m, { caseId, childId, on, from, to, by: me });
  await move(inClass, ch.inClass.id, '2024-12-01', 0, 1);
  await move(inClass, ch.inClass.id, '2025-01-05', 0, 3);
  await move(inClass, ch.inClass.id, '2025-02-10', 3, 5);
  await move(inClass, ch.inClass.id, '2025-03-31', 5, 3);
  await move(other, ch.other.id, '2025-03-01', 6, 4);
  const measure = (
    caseId: string,
    childId: string,
    position: number,
    startOn: string,
    endedOn: string | null,
  ) => addMeasure(server.db, m, offers, { caseId, childId, position, startOn, endedOn, by: me });
  await measure(inClass, ch.inClass.id, 3, '2025-01-05', null);
  await measure(inClass, ch.inClass.id, 5, '2025-02-10', '2025-03-31');
  await measure(other, ch.other.id, 6, '2024-06-01', '2025-03-01');
  await measure(other, ch.other.id, 4, '2025-03-01', null);
  await measure(districtCase, ch.districtCase.id, 2, '2025-02-01', null);
});
afterAll(() => server.close());

const share = (total: number, onTime: number) => ({
  total,
  onTime,
  share: onTime / total,
  suppressed: false,
});
const hidden = { total: null, onTime: null, share: null, suppressed: true };

describe('figure F9', () => {
  it('counts assessments within 2 and 4 months per district and month of awareness', async () => {
    const res = await c.leader.get('/api/figures/F9?from=2025-01-01&to=2025-03-31');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ figure: 'F9', from: '2025-01-01', to: '2025-03-31' });
    expect(res.body.cells).toEqual([
      { districtId: d1, month: '2025-01', within2: share(3, 1), within4: share(3, 2) },
      { districtId: d2, month: '2025-02', within2: share(1, 1), within4: share(1, 1) },
    ]);
    expect(res.body.districts.map((d: { name: string }) => d.name)).toEqual(['Nord', 'Syd']);
    const d2only = await c.leader.get(`/api/figures/F9?from=2025-01-01&to=2025-03-31&district=${d2}`);
    expect(d2only.body.cells.map((x: { districtId: string }) => x.districtId)).toEqual([d2]);
  });

  it('suppresses counts below 5 for the analyst', async () => {
    const res = await c.analyst.get('/api/figures/F9?from=2025-01-01&to=2025-03-31');
    expect(res.status).toBe(200);
    for (const cell of res.body.cells) expect(cell).toMatchObject({ within2: hidden, within4: hidden });
  });

  it('refuses a reversed or too long period and unknown parameters', async () => {
    expect((await c.leader.get('/api/figures/F9?from=2025-03-01&to=2025-01-01')).status).toBe(400);
    expect((await c.leader.get('/api/figures/F9?from=2020-01-01&to=2025-01-01')).status).toBe(400);
    expect((await c.leader.get('/api/figures/F9?month=2025-01')).status).toBe(400);
  });
});

describe('figure F11', () => {
  it('gives mean, max and share over the target per district and in total, naming no caseworker', async () => {
    const body = { quietWeeks: 6, caseloadTarget: 2, homeFollowUpMonths: 3, placementFollowUpWeeks: 6 };
    expect((await c.leader.put('/api/casework/settings', body)).status).toBe(200);
    const res = await c.leader.get('/api/figures/F11');
    await c.leader.put('/api/casework/settings', { ...body, caseloadTarget: 20 });
    expect(res.status).toBe(200);
    expect(res.body.target).toBe(2);
    const row = (scope: string, districtId: string | null) =>
      res.body.rows.find(
        (r: { scope: string; districtId: string | null }) => r.scope === scope && r.districtId === districtId,
      );
    expect(row('district', d1)).toMatchObject({
      caseworkers: 1,
      mean: 3,
      max: 3,
      shareOver: 1,
      suppressed: false,
    });
    expect(row('district', d2)).toMatchObject({ caseworkers: 1, mean: 1, max: 1, shareOver: 0 });
    expect(row('total', null)).toMatchObject({ caseworkers: 2, mean: 2, max: 3, shareOver: 0.5 });
    const text = JSON.stringify(res.body);
    expect(text).not.toContain(server.users.caseworker.id);
    expect(text).not.toContain(server.users.caseworker2.id);
  });

  it('suppresses groups under 5 caseworkers for the analyst', async () => {
    const res = await c.analyst.get('/api/figures/F11');
    for (const r of res.body.rows)
      expect(r).toMatchObject({ caseworkers: null, mean: null, max: null, suppressed: true });
  });
});

describe('figure F12', () => {
  it('counts moves up and down per quarter and children below their highest step', async () => {
    const res = await c.leader.get('/api/figures/F12?from=2025-01-01&to=2025-06-30');
    expect(res.status).toBe(200);
    const q = (districtId: string) =>
      res.body.quarters.find(
        (x: { districtId: string; quarter: string }) =>
          x.districtId === districtId && x.quarter === '2025-Q1',
      );
    expect(res.body.quarters).toHaveLength(2);
    expect(q(d1)).toEqual({
      districtId: d1,
      quarter: '2025-Q1',
      up: 2,
      down: 1,
      downShare: 1 / 3,
      suppressed: false,
    });
    expect(q(d2)).toEqual({
      districtId: d2,
      quarter: '2025-Q1',
      up: 0,
      down: 1,
      downShare: 1,
      suppressed: false,
    });
    const b = (districtId: string) =>
      res.body.belowHighest.find((x: { districtId: string }) => x.districtId === districtId);
    expect(b(d1)).toEqual({ districtId: d1, children: 2, belowHighest: 1, share: 0.5, suppressed: false });
    expect(b(d2)).toEqual({ districtId: d2, children: 1, belowHighest: 1, share: 1, suppressed: false });
  });

  it('counts moves by the step they left, per district and quarter and over the period', async () => {
    const res = await c.leader.get('/api/figures/F12?from=2025-01-01&to=2025-06-30');
    expect(res.body.byOrigin).toEqual(
      [
        { districtId: d1, quarter: '2025-Q1', fromPosition: 0, up: 1, down: 0, suppressed: false },
        { districtId: d1, quarter: '2025-Q1', fromPosition: 3, up: 1, down: 0, suppressed: false },
        { districtId: d1, quarter: '2025-Q1', fromPosition: 5, up: 0, down: 1, suppressed: false },
        { districtId: d2, quarter: '2025-Q1', fromPosition: 6, up: 0, down: 1, suppressed: false },
      ].sort((a, b) => (a.districtId === b.districtId ? 0 : a.districtId < b.districtId ? -1 : 1)),
    );
    // The move of December 2024 (0 → 1) lies before the period.
    expect(res.body.byOriginPeriod).toEqual([
      { fromPosition: 0, up: 1, down: 0, suppressed: false },
      { fromPosition: 3, up: 1, down: 0, suppressed: false },
      { fromPosition: 5, up: 0, down: 1, suppressed: false },
      { fromPosition: 6, up: 0, down: 1, suppressed: false },
    ]);
    const d2Only = await c.leader.get(`/api/figures/F12?from=2025-01-01&to=2025-06-30&district=${d2}`);
    expect(d2Only.body.byOriginPeriod).toEqual([{ fromPosition: 6, up: 0, down: 1, suppressed: false }]);
  });

  it('suppresses small groups for the analyst', async () => {
    const res = await c.analyst.get('/api/figures/F12?from=2025-01-01&to=2025-06-30');
    for (const x of res.body.quarters) expect(x).toMatchObject({ up: null, down: null, suppressed: true });
    for (const x of [...res.body.byOrigin, ...res.body.byOriginPeriod]) {
      expect(x).toMatchObject({ up: null, down: null, suppressed: true });
    }
    for (const x of res.body.belowHighest) expect(x).toMatchObject({ children: null, suppressed: true });
  });
});

describe('who may read the figures', () => {
  it('is the leader and the analyst; every other role gets 403', async () => {
    for (const f of ['F9', 'F11', 'F12']) {
      for (const k of ['caseworker', 'fosterCare', 'front', 'admin', 'teacher'] as const) {
        expect((await c[k].get(`/api/figures/${f}`)).status, `${k} ${f}`).toBe(403);
      }
      expect((await c.leader.get(`/api/figures/${f}`)).status).toBe(200);
      expect((await c.analyst.get(`/api/figures/${f}`)).status).toBe(200);
    }
  });
});
