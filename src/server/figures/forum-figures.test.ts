import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLadderOffers } from '../../testing/casework.ts';
import { USER_KEYS, type UserKey } from '../../testing/fixtures.ts';
import { type ApiClient, loginAll, startTestServer, type TestServer } from '../../testing/server.ts';
import { addCase, addMeasure } from '../casework/mine.testing.ts';
import { addDecision, addForum, addMeeting, addProposal } from './forum-figures.testing.ts';

/**
 * FR1–FR4 over HTTP against a small tenant built by hand, the counts worked out in the comments.
 * The period is the first half of 2025; FR3 and FR4 are counted on its last day, 2025-06-30.
 */

let server: TestServer;
let c: Record<UserKey, ApiClient>;
let d1: string;
let d2: string;
const PERIOD = 'from=2025-01-01&to=2025-06-30';

beforeAll(async () => {
  server = await startTestServer({ label: 'forum-figures' });
  c = await loginAll(server, USER_KEYS);
  const m = server.municipality;
  const db = server.db;
  ({ d1, d2 } = m.districts);
  const me = m.users.caseworker.id;
  const offers = await createLadderOffers(db, m);
  const ch = server.children;
  const inClass = { caseId: m.cases.inClass, childId: ch.inClass.id, districtId: d1 };
  const districtCase = { caseId: m.cases.districtCase, childId: ch.districtCase.id, districtId: d1 };
  const other = { caseId: m.cases.other, childId: ch.other.id, districtId: d2 };
  const x = {
    ...(await addCase(db, m, { districtId: d1, caseworkerId: me, openedOn: '2024-05-01' })),
    districtId: d1,
  };

  const council1 = await addForum(db, m, 'creative_council', d1);
  const council2 = await addForum(db, m, 'creative_council', d2);
  const dec04 = await addMeeting(db, m, council1, '2024-12-04');
  const feb05 = await addMeeting(db, m, council1, '2025-02-05');
  const feb19 = await addMeeting(db, m, council1, '2025-02-19');
  const feb06 = await addMeeting(db, m, council2, '2025-02-06');
  const propose = (s: typeof inClass, step: number, on: string) =>
    addProposal(db, m, { ...s, offerId: offers[step] as string, step, on });

  // P5 before the period (approved 2024-12-04), and a review of x the same day.
  const p5 = await propose(inClass, 6, '2024-11-30');
  await addDecision(db, m, dec04, { ...inClass, proposalId: p5, outcome: 'approved', step: 6 });
  await addDecision(db, m, dec04, { ...x, outcome: 'approved', step: 5 });
  // P1: 7 days, an alternative at step 2. P2: postponed, then approved after 18 days.
  const p1 = await propose(inClass, 3, '2025-01-29');
  await addDecision(db, m, feb05, { ...inClass, proposalId: p1, outcome: 'alternative', step: 2 });
  const p2 = await propose(inClass, 6, '2025-02-01');
  await addDecision(db, m, feb05, { ...inClass, proposalId: p2, outcome: 'postponed', step: 6 });
  await addDecision(db, m, feb19, { ...inClass, proposalId: p2, outcome: 'approved', step: 6 });
  // P3: rejected after 9 days. P4 (d2): approved after 7 days. P6: still waiting.
  const p3 = await propose(districtCase, 4, '2025-02-10');
  await addDecision(db, m, feb19, { ...districtCase, proposalId: p3, outcome: 'rejected', step: 4 });
  const p4 = await propose(other, 6, '2025-01-30');
  await addDecision(db, m, feb06, { ...other, proposalId: p4, outcome: 'approved', step: 6 });
  await propose(districtCase, 4, '2025-03-01');

  // The measures on 2025-06-30:
  // inClass: step 5 from 2024-10-01, then step 6 from 2025-01-01 — one specialised stay, last
  //   looked at 2025-02-19: on time; on an institution for 6 months: not long.
  // districtCase: step 4 from 2025-03-01: its first review is not due yet.
  // x: step 5 from 2024-06-01, reviewed 2024-12-04: due 2025-06-04, overdue.
  // other (d2): step 6 from 2024-03-01, looked at 2025-02-06: on time; institution 16 months: long.
  const measure = (s: typeof inClass, position: number, startOn: string, endedOn: string | null = null) =>
    addMeasure(db, m, offers, { ...s, position, startOn, endedOn, by: me });
  await measure(inClass, 5, '2024-10-01', '2025-01-01');
  await measure(inClass, 6, '2025-01-01');
  await measure(districtCase, 4, '2025-03-01');
  await measure(x, 5, '2024-06-01');
  await measure(other, 6, '2024-03-01');
  await measure(other, 2, '2025-01-10'); // beside, not specialised: changes nothing
});
afterAll(() => server.close());

const rowsOf = (body: { rows: { scope: string; districtId: string | null }[] }) => {
  const find = (id: string | null, scope = 'district') =>
    body.rows.find((r) => r.scope === scope && r.districtId === id);
  return { d1: find(d1), d2: find(d2), total: find(null, 'total') };
};

describe('the forums’ figures over HTTP', () => {
  it('FR1: the share of the council’s decided proposals where an alternative was found', async () => {
    const res = await c.leader.get(`/api/figures/FR1?${PERIOD}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ figure: 'FR1', from: '2025-01-01', to: '2025-06-30' });
    const r = rowsOf(res.body);
    // d1: P1 alternative, P2 approved, P3 rejected (the postponement and P5 before the period do not count)
    expect(r.d1).toMatchObject({ decided: 3, alternatives: 1, share: 1 / 3, suppressed: false });
    expect(r.d2).toMatchObject({ decided: 1, alternatives: 0, share: 0 });
    expect(r.total).toMatchObject({ decided: 4, alternatives: 1, share: 0.25 });
    expect(res.body.districts.map((d: { id: string }) => d.id).sort()).toEqual([d1, d2].sort());
  });

  it('FR2: days from proposal to decision, median and 90th percentile', async () => {
    const r = rowsOf((await c.leader.get(`/api/figures/FR2?${PERIOD}`)).body);
    // d1: 7, 9, 18; d2: 7; all: 7, 7, 9, 18
    expect(r.d1).toMatchObject({ proposals: 3, medianDays: 9, p90Days: 18 });
    expect(r.d2).toMatchObject({ proposals: 1, medianDays: 7, p90Days: 7 });
    expect(r.total).toMatchObject({ proposals: 4, medianDays: 7, p90Days: 18 });
    const d2only = rowsOf((await c.leader.get(`/api/figures/FR2?${PERIOD}&district=${d2}`)).body);
    expect(d2only.d1).toBeUndefined();
    expect(d2only.total).toMatchObject({ proposals: 1 });
  });

  it('FR3: children in specialised offers reviewed on time, on the period’s last day', async () => {
    const res = await c.leader.get(`/api/figures/FR3?${PERIOD}`);
    expect(res.body.asOf).toBe('2025-06-30');
    const r = rowsOf(res.body);
    expect(r.d1).toMatchObject({ children: 2, onTime: 1, share: 0.5 });
    expect(r.d2).toMatchObject({ children: 1, onTime: 1, share: 1 });
    expect(r.total).toMatchObject({ children: 3, onTime: 2 });
  });

  it('FR4: institutional placements past 12 months', async () => {
    const r = rowsOf((await c.leader.get(`/api/figures/FR4?${PERIOD}`)).body);
    expect(r.d1).toMatchObject({ institutional: 1, long: 0, share: 0 });
    expect(r.d2).toMatchObject({ institutional: 1, long: 1, share: 1 });
    expect(r.total).toMatchObject({ institutional: 2, long: 1, share: 0.5 });
  });

  it('hides small counts from the analyst and refuses the roles without figures', async () => {
    for (const figure of ['FR1', 'FR2', 'FR3', 'FR4']) {
      const res = await c.analyst.get(`/api/figures/${figure}?${PERIOD}`);
      expect(res.status, figure).toBe(200);
      expect(
        res.body.rows.every((row: { suppressed: boolean }) => row.suppressed),
        figure,
      ).toBe(true);
      expect((await c.caseworker.get(`/api/figures/${figure}`)).status).toBe(403);
      expect((await c.front.get(`/api/figures/${figure}`)).status).toBe(403);
    }
  });
});
