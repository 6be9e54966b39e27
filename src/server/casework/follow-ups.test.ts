import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asSystem } from '../../store/database.ts';
import { createLadderOffers } from '../../testing/casework.ts';
import { type ApiClient, loginAll, startTestServer, type TestServer } from '../../testing/server.ts';
import { loadCaseFacts } from './deadlines.queries.ts';
import { auditRows, insertPlanGoals, updateOffer } from './measures.testing.ts';
import { insertForumDecision } from './measures-gate.testing.ts';

let server: TestServer;
let offers: Record<number, string>;
let c: Record<'caseworker' | 'caseworker2' | 'fosterCare' | 'leader', ApiClient>;
let caseId: string;

beforeAll(async () => {
  server = await startTestServer({ label: 'follow-ups' });
  offers = await createLadderOffers(server.db, server.municipality);
  for (const position of [1, 2, 3, 4, 5, 6]) {
    await updateOffer(server.db, offers[position] as string, {
      legal_basis: `Barnets lov, trin ${position}`,
    });
  }
  const keys = ['caseworker', 'caseworker2', 'fosterCare', 'leader'] as const;
  c = await loginAll(server, keys);
  caseId = server.municipality.cases.inClass;
});
afterAll(() => server.close());

async function startMeasure(
  client: ApiClient,
  onCase: string,
  position: number,
  startDate: string,
  extra = {},
) {
  const res = await client.post(`/api/cases/${onCase}/measures`, {
    offerId: offers[position],
    startDate,
    reason: 'Besluttet på baggrund af undersøgelsen.',
    ...extra,
  });
  expect(res.status).toBe(201);
  return res.body as { id: string; version: number };
}

async function deadlines(client: ApiClient, onCase: string) {
  const res = await client.get(`/api/cases/${onCase}/deadlines`);
  expect(res.status).toBe(200);
  return res.body as {
    rule: string;
    dueOn: string;
    dueAt: string;
    doneAt: string | null;
    overdue: boolean;
    subject: { id: string | null };
  }[];
}

describe('follow-ups and their deadlines', () => {
  let measure: { id: string; version: number };
  let goals: string[];

  it('puts the first follow-up of a measure started 31 January on 30 April (calendar month, clamped)', async () => {
    goals = await insertPlanGoals(server, caseId, [
      'Alma kommer i skole hver dag.',
      'Mor og Alma spiser sammen.',
    ]);
    measure = await startMeasure(c.caseworker, caseId, 3, '2026-01-31', { goalIds: goals });
    const first = (await deadlines(c.caseworker, caseId)).find(
      (d) => d.rule === 'first-follow-up' && d.subject.id === measure.id,
    );
    expect(first).toMatchObject({ dueOn: '2026-04-30', doneAt: null, overdue: true });
    expect(first?.dueAt).toBe('2026-04-30T23:59:59.999+02:00');
  });

  it('records the first follow-up with ratings and a cadence: the next one falls that many weeks later', async () => {
    const res = await c.caseworker.post(`/api/cases/${caseId}/follow-ups`, {
      kind: 'first',
      measureId: measure.id,
      heldOn: '2026-04-20',
      decision: 'continue',
      nextCadenceWeeks: 8,
      ratings: [
        { goalId: goals[0], rater: 'child', score: 5 },
        { goalId: goals[0], rater: 'caseworker', score: 4 },
        { goalId: goals[1], rater: 'parent', score: 6 },
      ],
      idempotencyKey: randomUUID(),
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      kind: 'first',
      progress: null,
      heldBy: { id: server.users.caseworker.id },
    });
    expect(res.body.ratings).toHaveLength(3);
    const all = await deadlines(c.caseworker, caseId);
    expect(all.find((d) => d.rule === 'first-follow-up')).toMatchObject({
      dueOn: '2026-04-30',
      doneAt: '2026-04-20T23:59:59.999+02:00',
      overdue: false,
    });
    // 8 weeks after 20 April, not the track's 3 months (20 July).
    expect(all.find((d) => d.rule === 'follow-up-home')).toMatchObject({ dueOn: '2026-06-15', doneAt: null });
    const measures = await c.caseworker.get(`/api/cases/${caseId}/measures`);
    expect(measures.body[0]).toMatchObject({ followUpCadenceWeeks: 8, version: measure.version + 1 });
  });

  it('refuses a second first follow-up, one without a decision, and ratings of another case’s goals', async () => {
    const base = { measureId: measure.id, heldOn: '2026-05-01', decision: 'continue' };
    expect(
      (await c.caseworker.post(`/api/cases/${caseId}/follow-ups`, { ...base, kind: 'first' })).status,
    ).toBe(409);
    const noDecision = await c.caseworker.post(`/api/cases/${caseId}/follow-ups`, {
      kind: 'regular',
      measureId: measure.id,
      heldOn: '2026-05-01',
    });
    expect(noDecision.status).toBe(422);
    const [foreign] = await insertPlanGoals(server, server.municipality.cases.other, ['Et andet barns mål.']);
    const wrongGoal = await c.caseworker.post(`/api/cases/${caseId}/follow-ups`, {
      ...base,
      kind: 'regular',
      ratings: [{ goalId: foreign, rater: 'child', score: 3 }],
    });
    expect(wrongGoal.status).toBe(422);
  });

  it('flags the measure after two follow-ups in a row without progress', async () => {
    const regular = (heldOn: string, scores: [number, number, number]) =>
      c.caseworker.post(`/api/cases/${caseId}/follow-ups`, {
        kind: 'regular',
        measureId: measure.id,
        heldOn,
        decision: 'adjust',
        ratings: [
          { goalId: goals[0], rater: 'child', score: scores[0] },
          { goalId: goals[0], rater: 'caseworker', score: scores[1] },
          { goalId: goals[1], rater: 'parent', score: scores[2] },
        ],
      });
    const second = await regular('2026-06-15', [5, 4, 5]);
    expect(second.status).toBe(201);
    expect(second.body.progress).toBe(false);
    let list = await c.caseworker.get(`/api/cases/${caseId}/measures`);
    expect(list.body[0].noProgressFlag).toBe(false);
    const third = await regular('2026-08-10', [5, 4, 5]);
    expect(third.body.progress).toBe(false);
    list = await c.caseworker.get(`/api/cases/${caseId}/measures`);
    expect(list.body[0].noProgressFlag).toBe(true);
    const followUps = await c.caseworker.get(`/api/cases/${caseId}/follow-ups`);
    expect(followUps.body.map((f: { progress: boolean | null }) => f.progress)).toEqual([null, false, false]);
    // The cadence of 8 weeks runs from the latest follow-up.
    const next = (await deadlines(c.caseworker, caseId)).find((d) => d.rule === 'follow-up-home');
    expect(next?.dueOn).toBe('2026-10-05');
  });

  it('stops the measure at a follow-up deciding so: ended that day, and the child moves down the ladder', async () => {
    const res = await c.caseworker.post(`/api/cases/${caseId}/follow-ups`, {
      kind: 'regular',
      measureId: measure.id,
      heldOn: '2026-09-01',
      decision: 'stop',
      endReason: 'no_effect',
      notes: 'Ingen fremgang; vi prøver en anden indsats.',
    });
    expect(res.status).toBe(201);
    const list = await c.caseworker.get(`/api/cases/${caseId}/measures`);
    expect(list.body[0]).toMatchObject({ endedOn: '2026-09-01', endReason: 'no_effect' });
    const ladder = await c.caseworker.get(`/api/children/${server.children.inClass.id}/ladder`);
    expect(ladder.body.moves.at(-1)).toMatchObject({
      movedOn: '2026-09-01',
      fromPosition: 3,
      toPosition: 0,
      direction: 'down',
      reason: 'Ingen fremgang; vi prøver en anden indsats.',
    });
    expect((await deadlines(c.caseworker, caseId)).some((d) => d.rule === 'follow-up-home')).toBe(false);
  });

  it('returns the same follow-up for a retried request with the same key', async () => {
    const body = {
      kind: 'regular',
      measureId: measure.id,
      heldOn: '2026-08-20',
      decision: 'continue',
      idempotencyKey: randomUUID(),
    };
    const [a, b] = await Promise.all([
      c.caseworker.post(`/api/cases/${caseId}/follow-ups`, body),
      c.caseworker.post(`/api/cases/${caseId}/follow-ups`, body),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 201]);
    expect(a.body.id).toBe(b.body.id);
  });
});

describe('supervision visits and aftercare', () => {
  const other = () => server.municipality.cases.other;

  it('refuses a supervision visit to a child who is not placed', async () => {
    const res = await c.caseworker.post(`/api/cases/${caseId}/follow-ups`, {
      kind: 'supervision_visit',
      heldOn: '2026-10-01',
    });
    expect(res.status).toBe(422);
  });

  it('lets the foster-care consultant record a supervision visit to a placed child, but not a follow-up', async () => {
    const forumDecisionId = await insertForumDecision(server, {
      caseId: other(),
      forumKind: 'placement_committee',
      decidedOn: '2026-01-28',
      stepPosition: 5,
    });
    const placement = await startMeasure(c.caseworker2, other(), 5, '2026-02-01', {
      forumDecisionId,
      consent: 'with_consent',
      placementReasons: ['parents_insufficient_care'],
    });
    const visit = await c.fosterCare.post(`/api/cases/${other()}/follow-ups`, {
      kind: 'supervision_visit',
      heldOn: '2026-05-12',
      notes: 'Trives i plejefamilien.',
    });
    expect(visit.status).toBe(201);
    const review = await c.fosterCare.post(`/api/cases/${other()}/follow-ups`, {
      kind: 'first',
      measureId: placement.id,
      heldOn: '2026-05-12',
      decision: 'continue',
    });
    expect(review.status).toBe(403);
    const rows = await auditRows(server.db, server.municipality.id, server.users.fosterCare.id, 'follow_up');
    expect(rows.map((r) => `${r.action}:${r.outcome}`)).toEqual(['create:allowed', 'create:denied']);
    const visits = (await deadlines(c.caseworker2, other())).filter((d) => d.rule === 'supervision-visits');
    expect(visits).toEqual([expect.objectContaining({ dueOn: '2026-11-12' })]);
  });

  it('refuses the aftercare decision for a placed child under 17', async () => {
    const res = await c.caseworker2.post(`/api/cases/${other()}/follow-ups`, {
      kind: 'aftercare',
      heldOn: '2026-06-01',
    });
    expect(res.status).toBe(422);
  });
});

describe('access to follow-ups and deadlines', () => {
  it('lets the district leader read but not record (403, audited as denied); another district gets 403', async () => {
    expect((await c.leader.get(`/api/cases/${caseId}/follow-ups`)).status).toBe(200);
    expect((await c.leader.get(`/api/cases/${caseId}/deadlines`)).status).toBe(200);
    const res = await c.leader.post(`/api/cases/${caseId}/follow-ups`, {
      kind: 'supervision_visit',
      heldOn: '2026-06-01',
    });
    expect(res.status).toBe(403);
    const rows = await auditRows(server.db, server.municipality.id, server.users.leader.id, 'follow_up');
    expect(rows.map((r) => `${r.action}:${r.outcome}`)).toEqual(['read:allowed', 'create:denied']);
    expect((await c.caseworker2.get(`/api/cases/${caseId}/deadlines`)).status).toBe(403);
    expect((await c.caseworker2.get(`/api/cases/${caseId}/follow-ups`)).status).toBe(403);
  });
});

describe('loadCaseFacts', () => {
  it('loads the facts of several cases at once, and none of an unknown id', async () => {
    const m = server.municipality;
    const ids = [m.cases.inClass, m.cases.other, m.cases.districtCase, randomUUID()];
    const facts = await asSystem(server.db, 'test', async (tx) => {
      const { sql } = await import('kysely');
      await sql`SELECT set_config('app.municipality_id', ${m.id}, true)`.execute(tx);
      return loadCaseFacts(tx, ids);
    });
    expect([...facts.keys()].sort()).toEqual(ids.slice(0, 3).sort());
    expect(facts.get(m.cases.inClass)?.measures).toHaveLength(1);
    // Per (measure, kind) the earliest and the latest only: the first, and of four regular ones two.
    const held = facts.get(m.cases.inClass)?.followUps.map((f) => `${f.kind} ${f.heldOn}`);
    expect(held?.sort()).toEqual(['first 2026-04-20', 'regular 2026-06-15', 'regular 2026-09-01']);
    expect(facts.get(m.cases.other)?.measures[0]).toMatchObject({
      track: 'placement',
      startOn: '2026-02-01',
    });
    expect(facts.get(m.cases.districtCase)).toMatchObject({ measures: [], followUps: [], plans: [] });
  });
});
