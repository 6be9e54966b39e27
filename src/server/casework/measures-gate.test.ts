import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCalendarDays, todayInCopenhagen } from '../../core/calendar/zone.ts';
import { createLadderOffers } from '../../testing/casework.ts';
import { type ApiClient, loginAll, startTestServer, type TestServer } from '../../testing/server.ts';
import { addMeasure } from './cases.testing.ts';
import { auditRows, copyOffer, updateOffer } from './measures.testing.ts';
import { insertForumDecision, markSpecialised, setThresholds } from './measures-gate.testing.ts';
import { addCase } from './mine.testing.ts';

/**
 * The escalation gate, the placement's legal basis, emergency decisions and the leader's approval
 * over HTTP (docs/casework.md "The gate and the leader's approval"). The forums' decisions are
 * written as rows (measures-gate.testing.ts): the gate reads them, whoever recorded them.
 */

let server: TestServer;
let offers: Record<number, string>;
let mst: string;
let c: Record<'caseworker' | 'caseworker2' | 'leader' | 'admin', ApiClient>;
const today = todayInCopenhagen();
const daysAgo = (n: number) => addCalendarDays(today, -n);

beforeAll(async () => {
  server = await startTestServer({ label: 'measures-gate' });
  offers = await createLadderOffers(server.db, server.municipality);
  for (const position of [1, 2, 3, 4, 5, 6]) {
    await updateOffer(server.db, offers[position] as string, {
      legal_basis: `Barnets lov, trin ${position}`,
    });
  }
  mst = await copyOffer(server.db, offers[3] as string, { name: 'MST', age_min: 0, age_max: 22 });
  await markSpecialised(server.db, mst);
  c = await loginAll(server, ['caseworker', 'caseworker2', 'leader', 'admin'] as const);
});
afterAll(() => server.close());

const placed = { consent: 'with_consent', placementReasons: ['parents_neglect', 'child_school_problems'] };

function start(client: ApiClient, caseId: string, offerId: string, startDate: string, extra = {}) {
  return client.post(`/api/cases/${caseId}/measures`, {
    offerId,
    startDate,
    reason: 'Besluttet.',
    idempotencyKey: `k-${randomUUID()}`,
    ...extra,
  });
}

/** A fresh child of d1 with an open case held by the fixture's caseworker. */
async function freshCase() {
  const m = server.municipality;
  return addCase(server.db, m, {
    districtId: m.districts.d1,
    caseworkerId: m.users.caseworker.id,
    openedOn: '2025-01-10',
    birthDate: '2012-05-05',
  });
}

describe('the gate', () => {
  it('refuses a specialised offer on step 3 without a council decision, naming Det Kreative Råd', async () => {
    const { caseId } = await freshCase();
    const res = await start(c.caseworker, caseId, mst, daysAgo(10));
    expect(res.status).toBe(422);
    expect(res.body.error.id).toBe('forum_decision_required');
    expect(res.body.error.message).toMatch(/^Indsatsen kræver en godkendende afgørelse fra Det Kreative Råd/);
    // The same step without the specialised mark needs no forum.
    expect((await start(c.caseworker, caseId, offers[3] as string, daysAgo(10))).status).toBe(201);
  });

  it('names the placement committee for a placement, the children committee without consent', async () => {
    const { caseId } = await freshCase();
    const withConsent = await start(c.caseworker, caseId, offers[5] as string, daysAgo(5), placed);
    expect([withConsent.status, withConsent.body.error.id]).toEqual([422, 'forum_decision_required']);
    expect(withConsent.body.error.message).toMatch(/Anbringelses- og efterværnsudvalget/);
    const without = await start(c.caseworker, caseId, offers[5] as string, daysAgo(5), {
      ...placed,
      consent: 'without_consent',
    });
    expect(without.status).toBe(422);
    expect(without.body.error.message).toMatch(/Børne- og ungeudvalget/);
  });

  it('needs the consent and the reasons on a placement, and refuses them elsewhere', async () => {
    const { caseId } = await freshCase();
    const noConsent = await start(c.caseworker, caseId, offers[5] as string, daysAgo(5), {
      placementReasons: ['other'],
    });
    expect([noConsent.status, noConsent.body.error.message]).toEqual([
      422,
      'En anbringelse kræver, at det angives, om den sker med eller uden samtykke.',
    ]);
    const noReasons = await start(c.caseworker, caseId, offers[5] as string, daysAgo(5), {
      consent: 'with_consent',
    });
    expect(noReasons.status).toBe(422);
    expect(noReasons.body.error.message).toMatch(/årsag/);
    const empty = await start(c.caseworker, caseId, offers[5] as string, daysAgo(5), {
      ...placed,
      placementReasons: [],
    });
    expect(empty.status).toBe(400);
    const unknown = await start(c.caseworker, caseId, offers[5] as string, daysAgo(5), {
      ...placed,
      placementReasons: ['bad_luck'],
    });
    expect(unknown.status).toBe(400);
    const homeWithConsent = await start(c.caseworker, caseId, offers[3] as string, daysAgo(5), placed);
    expect(homeWithConsent.status).toBe(422);
  });

  it('refuses a decision of a lower step, an expired, a rejected one and another child’s', async () => {
    const { caseId } = await freshCase();
    const other = await freshCase();
    const committee = { forumKind: 'placement_committee' as const };
    const lower = await insertForumDecision(server, {
      caseId,
      ...committee,
      decidedOn: daysAgo(20),
      stepPosition: 4,
    });
    const expired = await insertForumDecision(server, {
      caseId,
      ...committee,
      decidedOn: addCalendarDays(today, -130),
      stepPosition: 6,
    });
    const rejected = await insertForumDecision(server, {
      caseId,
      ...committee,
      decidedOn: daysAgo(15),
      stepPosition: 5,
      outcome: 'rejected',
    });
    const foreign = await insertForumDecision(server, {
      caseId: other.caseId,
      ...committee,
      decidedOn: daysAgo(15),
      stepPosition: 6,
    });
    const cases: [string, RegExp][] = [
      [lower, /godkendte trin 4, ikke trin 5/],
      [expired, /gjaldt til og med/],
      [rejected, /godkendte ikke indsatsen \(afvist\)/],
      [foreign, /findes ikke for barnet/],
    ];
    for (const [forumDecisionId, message] of cases) {
      const res = await start(c.caseworker, caseId, offers[5] as string, daysAgo(5), {
        ...placed,
        forumDecisionId,
      });
      expect([res.status, res.body.error.id]).toEqual([422, 'forum_decision_required']);
      expect(res.body.error.message).toMatch(message);
    }
    // Without a named decision: the child's newest of the committee is judged (the rejection).
    const none = await start(c.caseworker, caseId, offers[5] as string, daysAgo(5), placed);
    expect(none.status).toBe(422);
    const list = await c.caseworker.get(`/api/cases/${caseId}/measures`);
    expect(list.body).toEqual([]);
  });

  it('starts on a covering decision: the measure names it, the move names it in words', async () => {
    const { caseId, childId } = await freshCase();
    const decidedOn = daysAgo(30);
    const decisionId = await insertForumDecision(server, {
      caseId,
      forumKind: 'placement_committee',
      decidedOn,
      stepPosition: 6,
    });
    const res = await start(c.caseworker, caseId, offers[5] as string, daysAgo(5), {
      ...placed,
      forumDecisionId: decisionId,
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      track: 'placement',
      forumDecisionRef: null,
      forumDecision: {
        id: decisionId,
        forumKind: 'placement_committee',
        forumName: 'Anbringelses- og efterværnsudvalget',
        decidedOn,
      },
      emergencyDecisionId: null,
      consent: 'with_consent',
      placementReasons: ['parents_neglect', 'child_school_problems'],
    });
    const ladder = await c.caseworker.get(`/api/children/${childId}/ladder`);
    const [d, m, y] = [decidedOn.slice(8), decidedOn.slice(5, 7), decidedOn.slice(0, 4)];
    expect(ladder.body.moves.at(-1).forumDecisionRef).toBe(
      `Anbringelses- og efterværnsudvalget, afgørelse af ${d}.${m}.${y}`,
    );
    // A continuation of the running placement (a new provider) rests on the same decision.
    const next = await start(c.caseworker, caseId, offers[5] as string, daysAgo(1), {
      provider: 'Plejefamilien Berg',
    });
    expect(next.status).toBe(201);
    expect(next.body).toMatchObject({ forumDecision: { id: decisionId }, consent: 'with_consent' });
  });

  it('lists the case’s decisions with their labels, and shows them on the chronology', async () => {
    const { caseId } = await freshCase();
    const id = await insertForumDecision(server, {
      caseId,
      forumKind: 'creative_council',
      decidedOn: daysAgo(12),
      stepPosition: 3,
    });
    const res = await c.caseworker.get(`/api/cases/${caseId}/forum-decisions`);
    expect(res.status).toBe(200);
    expect(res.body.decisions).toEqual([
      expect.objectContaining({
        id,
        forumKind: 'creative_council',
        forumName: 'Det Kreative Råd',
        outcome: 'approved',
        outcomeLabel: 'Godkendt',
        stepPosition: 3,
        decidedOn: daysAgo(12),
      }),
    ]);
    expect((await c.caseworker2.get(`/api/cases/${caseId}/forum-decisions`)).status).toBe(403);
    const chronology = await c.caseworker.get(`/api/cases/${caseId}/chronology`);
    expect(chronology.body.events).toContainEqual(
      expect.objectContaining({ kind: 'forum_decision', on: daysAgo(12), entityId: id }),
    );
    // The council's approval covers MST now.
    const started = await start(c.caseworker, caseId, mst, daysAgo(2));
    expect(started.status).toBe(201);
    expect(started.body.forumDecision).toMatchObject({ id, forumName: 'Det Kreative Råd' });
  });
});

describe('emergency decisions', () => {
  it('lets a leader of the district decide, a placement start on it, supervision show the deadline', async () => {
    const { caseId, childId } = await freshCase();
    const decidedOn = daysAgo(10);
    const body = { idempotencyKey: `k-${randomUUID()}`, decidedOn, reason: 'Akut fare for barnet.' };
    expect((await c.caseworker.post(`/api/cases/${caseId}/emergency-decisions`, body)).status).toBe(403);
    const res = await c.leader.post(`/api/cases/${caseId}/emergency-decisions`, body);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      caseId,
      childId,
      decidedOn,
      reachForumBy: addCalendarDays(decidedOn, 7),
    });
    const again = await c.leader.post(`/api/cases/${caseId}/emergency-decisions`, body);
    expect([again.status, again.body.id]).toEqual([200, res.body.id]);
    const reused = await c.leader.post(`/api/cases/${caseId}/emergency-decisions`, {
      ...body,
      reason: 'Andet.',
    });
    expect(reused.status).toBe(409);
    const future = await c.leader.post(`/api/cases/${caseId}/emergency-decisions`, {
      ...body,
      idempotencyKey: `k-${randomUUID()}`,
      decidedOn: addCalendarDays(today, 2),
    });
    expect(future.status).toBe(422);
    const other = server.municipality.cases.other;
    expect(
      (
        await c.leader.post(`/api/cases/${other}/emergency-decisions`, {
          ...body,
          idempotencyKey: `k-${randomUUID()}`,
        })
      ).status,
    ).toBe(403);

    const placement = await start(c.caseworker, caseId, offers[6] as string, decidedOn, {
      ...placed,
      emergencyDecisionId: res.body.id,
    });
    expect(placement.status).toBe(201);
    expect(placement.body).toMatchObject({ emergencyDecisionId: res.body.id, forumDecision: null });
    // After the emergency's week it covers no start.
    const late = await start(c.caseworker, caseId, offers[4] as string, addCalendarDays(decidedOn, 8), {
      ...placed,
      emergencyDecisionId: res.body.id,
    });
    expect(late.status).toBe(422);

    const supervision = await c.leader.get('/api/supervision/gate');
    expect(supervision.status).toBe(200);
    expect(supervision.body.emergencies).toContainEqual({
      emergencyDecisionId: res.body.id,
      caseId,
      child: { id: childId, name: expect.any(String) },
      decidedOn,
      reachForumBy: addCalendarDays(decidedOn, 7),
      overdue: true,
    });
    await insertForumDecision(server, {
      caseId,
      forumKind: 'placement_committee',
      decidedOn: daysAgo(1),
      stepPosition: 6,
    });
    const answered = await c.leader.get('/api/supervision/gate');
    expect(answered.body.emergencies.map((e: { caseId: string }) => e.caseId)).not.toContain(caseId);
    const decisions = await c.caseworker.get(`/api/cases/${caseId}/forum-decisions`);
    expect(decisions.body.emergencies).toEqual([expect.objectContaining({ id: res.body.id, decidedOn })]);
    const chronology = await c.caseworker.get(`/api/cases/${caseId}/chronology`);
    expect(chronology.body.events).toContainEqual(
      expect.objectContaining({ kind: 'emergency_decision', on: decidedOn }),
    );
  });

  it('flags an institutional placement past 12 months on supervision', async () => {
    const { caseId, childId } = await freshCase();
    const measureId = await addMeasure(server.db, server.municipality, {
      caseId,
      offerId: offers[6] as string,
      startOn: addCalendarDays(today, -400),
    });
    const res = await c.leader.get('/api/supervision/gate');
    expect(res.body.longStays).toContainEqual(
      expect.objectContaining({
        caseId,
        measureId,
        child: { id: childId, name: expect.any(String) },
        stepPosition: 6,
      }),
    );
    expect((await c.caseworker.get('/api/supervision/gate')).status).toBe(403);
  });
});

describe("the leader's approval", () => {
  let caseId: string;
  let decisionId: string;
  beforeAll(async () => {
    await setThresholds(server, { 5: 30000 }, null);
    ({ caseId } = await freshCase());
    decisionId = await insertForumDecision(server, {
      caseId,
      forumKind: 'placement_committee',
      decidedOn: daysAgo(20),
      stepPosition: 5,
    });
  });
  afterAll(() => setThresholds(server, {}, null));

  const costly = () => ({
    ...placed,
    forumDecisionId: decisionId,
    monthlyCost: 38000,
    idempotencyKey: `k-${randomUUID()}`,
  });

  it('waits above the threshold (202), a retry the same; the caseworker and the leader see it', async () => {
    const body = costly();
    const res = await c.caseworker.post(`/api/cases/${caseId}/measures`, {
      offerId: offers[5],
      startDate: daysAgo(3),
      reason: 'Anbringelse i plejefamilie.',
      ...body,
    });
    expect(res.status).toBe(202);
    expect(res.body.approval).toMatchObject({
      caseId,
      state: 'pending',
      threshold: 30000,
      monthlyCost: 38000,
      reason: expect.stringMatching(/over grænsen på 30\.000 kr\. for trin 5/),
    });
    const again = await c.caseworker.post(`/api/cases/${caseId}/measures`, {
      offerId: offers[5],
      startDate: daysAgo(3),
      reason: 'Anbringelse i plejefamilie.',
      ...body,
    });
    expect([again.status, again.body.approval.measureId]).toEqual([202, res.body.approval.measureId]);
    expect((await c.caseworker.get(`/api/cases/${caseId}/measures`)).body).toEqual([]);
    const listed = await c.caseworker.get(`/api/cases/${caseId}/measure-approvals`);
    expect(listed.body.map((a: { measureId: string }) => a.measureId)).toEqual([res.body.approval.measureId]);
    const mine = await c.caseworker.get('/api/cases/mine/approvals');
    expect(mine.body.map((a: { measureId: string }) => a.measureId)).toContain(res.body.approval.measureId);
    const supervision = await c.leader.get('/api/supervision/gate');
    expect(supervision.body.approvals.map((a: { measureId: string }) => a.measureId)).toContain(
      res.body.approval.measureId,
    );
  });

  it('is answered by a leader of the district: a rejection needs its reason; an approval starts it', async () => {
    const [pending] = (await c.caseworker.get(`/api/cases/${caseId}/measure-approvals`)).body;
    const id = pending.measureId;
    expect((await c.caseworker.post(`/api/measures/${id}/approval`, { approved: true })).status).toBe(403);
    const noReason = await c.leader.post(`/api/measures/${id}/approval`, { approved: false });
    expect([noReason.status, noReason.body.error.message]).toEqual([
      422,
      'Skriv begrundelsen for, at indsatsen ikke bevilges.',
    ]);
    expect((await c.leader.post(`/api/measures/${randomUUID()}/approval`, { approved: true })).status).toBe(
      404,
    );
    const ok = await c.leader.post(`/api/measures/${id}/approval`, { approved: true, reason: 'Bevilget.' });
    expect(ok.status).toBe(200);
    expect(ok.body.approval).toMatchObject({ state: 'approved', decidedBy: { id: server.users.leader.id } });
    expect(ok.body.measure).toMatchObject({ id, monthlyCost: 38000, forumDecision: { id: decisionId } });
    const twice = await c.leader.post(`/api/measures/${id}/approval`, { approved: true });
    expect([twice.status, twice.body.error.message]).toEqual([
      409,
      'Indsatsen venter ikke på bevilling (bevilget).',
    ]);
    const measures = (await c.caseworker.get(`/api/cases/${caseId}/measures`)).body;
    expect(measures.map((m: { id: string }) => m.id)).toEqual([id]);
    // A refused answer stores nothing, its audit row neither; the approval is audited with the measure.
    const audit = await auditRows(
      server.db,
      server.municipality.id,
      server.users.leader.id,
      'measure_approval',
    );
    expect(audit).toEqual([
      expect.objectContaining({
        action: 'update',
        outcome: 'allowed',
        entity_id: id,
        details: expect.objectContaining({ approved: true }),
      }),
    ]);
    const denied = await auditRows(
      server.db,
      server.municipality.id,
      server.users.caseworker.id,
      'measure_approval',
    );
    expect(denied.map((r) => `${r.action}:${r.outcome}`)).toContain('update:denied');
  });

  it('keeps a rejection with its reason', async () => {
    const res = await c.caseworker.post(`/api/cases/${caseId}/measures`, {
      offerId: offers[5],
      startDate: daysAgo(2),
      reason: 'Endnu en plejefamilie.',
      ...costly(),
      monthlyCost: 45000,
    });
    expect(res.status).toBe(202);
    const id = res.body.approval.measureId;
    const no = await c.leader.post(`/api/measures/${id}/approval`, { approved: false, reason: 'For dyrt.' });
    expect(no.status).toBe(200);
    expect(no.body).toMatchObject({
      approval: { state: 'rejected', decisionReason: 'For dyrt.' },
      measure: null,
    });
    const listed = await c.caseworker.get(`/api/cases/${caseId}/measure-approvals`);
    expect(listed.body.find((a: { measureId: string }) => a.measureId === id).state).toBe('rejected');
  });
});

it('documents the gate routes in the OpenAPI document', async () => {
  const doc = await (await fetch(`${server.url}/api/openapi.json`)).json();
  for (const [method, path] of [
    ['post', '/api/measures/{id}/approval'],
    ['get', '/api/cases/{id}/measure-approvals'],
    ['get', '/api/cases/mine/approvals'],
    ['post', '/api/cases/{id}/emergency-decisions'],
    ['get', '/api/cases/{id}/forum-decisions'],
    ['get', '/api/supervision/gate'],
  ] as const) {
    expect(doc.paths?.[path]?.[method], `${method} ${path}`).toBeDefined();
  }
});
