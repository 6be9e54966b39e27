import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLadderOffers } from '../../testing/casework.ts';
import { type ApiClient, loginAll, startTestServer, type TestServer } from '../../testing/server.ts';
import { auditRows, copyOffer, insertPlanGoals, updateOffer } from './measures.testing.ts';
import { insertForumDecision } from './measures-gate.testing.ts';

let server: TestServer;
let offers: Record<number, string>;
let c: Record<'caseworker' | 'caseworker2' | 'leader', ApiClient>;
let caseId: string;
let childId: string;

beforeAll(async () => {
  server = await startTestServer({ label: 'measures' });
  offers = await createLadderOffers(server.db, server.municipality);
  for (const position of [1, 2, 3, 4, 5, 6]) {
    await updateOffer(server.db, offers[position] as string, {
      legal_basis: `Barnets lov, trin ${position}`,
    });
  }
  const keys = ['caseworker', 'caseworker2', 'leader'] as const;
  c = await loginAll(server, keys);
  caseId = server.municipality.cases.inClass;
  childId = server.children.inClass.id;
});
afterAll(() => server.close());

function measure(position: number, startDate: string, extra: Record<string, unknown> = {}) {
  return { offerId: offers[position], startDate, reason: `Trin ${position} besluttet.`, ...extra };
}

async function ladder() {
  const res = await c.caseworker.get(`/api/children/${childId}/ladder`);
  expect(res.status).toBe(200);
  return res.body;
}

describe('measures on the ladder', () => {
  let home: { id: string; version: number };
  let placement: { id: string; version: number };

  it('starts a home-based measure at step 3 from the catalog: 0 → 3 up', async () => {
    const res = await c.caseworker.post(`/api/cases/${caseId}/measures`, measure(3, '2026-01-31'));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      caseId,
      version: 1,
      offer: { id: offers[3], name: 'Tilbud trin 3' },
      step: { position: 3, name: 'Hjemmebaserede indsatser' },
      track: 'home',
      startOn: '2026-01-31',
      endedOn: null,
      provider: 'Testkommunen',
      legalBasis: 'Barnets lov, trin 3',
      monthlyCost: 15000,
      noProgressFlag: false,
    });
    home = res.body;
    const l = await ladder();
    expect(l.current).toEqual({ position: 3, name: 'Hjemmebaserede indsatser' });
    expect(l.moves).toEqual([
      expect.objectContaining({
        movedOn: '2026-01-31',
        fromPosition: 0,
        toPosition: 3,
        direction: 'up',
        measureId: home.id,
      }),
    ]);
  });

  const placed = { consent: 'with_consent', placementReasons: ['parents_neglect'] };

  it('refuses a placement without the forum decision (422, Danish), nothing stored', async () => {
    const res = await c.caseworker.post(`/api/cases/${caseId}/measures`, measure(5, '2026-03-01', placed));
    expect(res.status).toBe(422);
    expect(res.body.error.id).toBe('forum_decision_required');
    expect(res.body.error.message).toMatch(/Anbringelses- og efterværnsudvalget/);
    expect((await ladder()).moves).toHaveLength(1);
  });

  it('places the child in foster care at step 5 on the committee decision: 3 → 5 up, the decision on the move', async () => {
    const forumDecisionId = await insertForumDecision(server, {
      caseId,
      forumKind: 'placement_committee',
      decidedOn: '2026-02-26',
      stepPosition: 5,
    });
    const res = await c.caseworker.post(
      `/api/cases/${caseId}/measures`,
      measure(5, '2026-03-01', { ...placed, forumDecisionId, monthlyCost: 38000 }),
    );
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      track: 'placement',
      monthlyCost: 38000,
      forumDecisionRef: null,
      forumDecision: {
        id: forumDecisionId,
        forumKind: 'placement_committee',
        forumName: 'Anbringelses- og efterværnsudvalget',
        decidedOn: '2026-02-26',
      },
      consent: 'with_consent',
      placementReasons: ['parents_neglect'],
    });
    placement = res.body;
    const l = await ladder();
    expect(l.moves[1]).toMatchObject({
      movedOn: '2026-03-01',
      fromPosition: 3,
      toPosition: 5,
      direction: 'up',
      forumDecisionRef: 'Anbringelses- og efterværnsudvalget, afgørelse af 26.02.2026',
    });
  });

  it('ends the placement: 5 → 3 down with the note as reason', async () => {
    const res = await c.caseworker.patch(`/api/measures/${placement.id}`, {
      version: placement.version,
      end: { on: '2026-06-01', reason: 'step_down', note: 'Hjem igen med familiebehandling.' },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      endedOn: '2026-06-01',
      endReason: 'step_down',
      version: placement.version + 1,
    });
    const l = await ladder();
    expect(l.moves[2]).toMatchObject({
      movedOn: '2026-06-01',
      fromPosition: 5,
      toPosition: 3,
      direction: 'down',
      reason: 'Hjem igen med familiebehandling.',
    });
    expect(l.current.position).toBe(3);
    expect(l.highestPosition).toBe(5);
  });

  it('swaps one step-3 measure for another the same day without a move', async () => {
    const next = await c.caseworker.post(`/api/cases/${caseId}/measures`, measure(3, '2026-07-01'));
    expect(next.status).toBe(201);
    const end = await c.caseworker.patch(`/api/measures/${home.id}`, {
      version: home.version,
      end: { on: '2026-07-01', reason: 'other', note: 'Skiftet til en anden familiebehandler.' },
    });
    expect(end.status).toBe(200);
    const l = await ladder();
    expect(l.moves).toHaveLength(3);
    expect(l.current.position).toBe(3);
  });

  it('refuses a stale version with 409 and the current measure, and saves nothing', async () => {
    const res = await c.caseworker.patch(`/api/measures/${placement.id}`, {
      version: placement.version,
      provider: 'Plejefamilien Hansen',
    });
    expect(res.status).toBe(409);
    expect(res.body.error.id).toBe('version_conflict');
    expect(res.body.current).toMatchObject({
      id: placement.id,
      version: placement.version + 1,
      endedOn: '2026-06-01',
    });
    // The read behind `current` stays in the audit log (the 409 is answered after the commit).
    const audit = await auditRows(server.db, server.municipality.id, server.users.caseworker.id, 'measure');
    expect(audit.at(-1)).toMatchObject({ action: 'update', outcome: 'allowed', entity_id: placement.id });
    const list = await c.caseworker.get(`/api/cases/${caseId}/measures`);
    expect(list.body.find((m: { id: string }) => m.id === placement.id).provider).toBe('Testkommunen');
  });

  it('changes cost and provider at the current version', async () => {
    const list = await c.caseworker.get(`/api/cases/${caseId}/measures`);
    const open = list.body.find((m: { endedOn: string | null }) => m.endedOn === null);
    const res = await c.caseworker.patch(`/api/measures/${open.id}`, {
      version: open.version,
      monthlyCost: 12500.5,
      provider: 'Familiehuset',
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      monthlyCost: 12500.5,
      provider: 'Familiehuset',
      version: open.version + 1,
    });
  });
});

describe('creating a measure', () => {
  it('returns the same measure for a retried request with the same key, concurrently too', async () => {
    const body = measure(1, '2026-08-01', { idempotencyKey: randomUUID() });
    const [a, b] = await Promise.all([
      c.caseworker.post(`/api/cases/${caseId}/measures`, body),
      c.caseworker.post(`/api/cases/${caseId}/measures`, body),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 201]);
    expect(a.body.id).toBe(b.body.id);
    const again = await c.caseworker.post(`/api/cases/${caseId}/measures`, body);
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(a.body.id);
    const list = await c.caseworker.get(`/api/cases/${caseId}/measures`);
    expect(list.body.filter((m: { startOn: string }) => m.startOn === '2026-08-01')).toHaveLength(1);
    const reused = await c.caseworker.post(`/api/cases/${caseId}/measures`, { ...body, offerId: offers[2] });
    expect(reused.status).toBe(409);
  });

  it('needs a planned end for a time-limited offer, and links goals of the case only', async () => {
    await updateOffer(server.db, offers[2] as string, { time_limited: true });
    const missing = await c.caseworker.post(`/api/cases/${caseId}/measures`, measure(2, '2026-09-01'));
    expect(missing.status).toBe(422);
    const [goal] = await insertPlanGoals(server, caseId, ['Alma kommer i skole hver dag.']);
    const [foreign] = await insertPlanGoals(server, server.municipality.cases.other, ['Et andet barns mål.']);
    const wrongGoal = await c.caseworker.post(
      `/api/cases/${caseId}/measures`,
      measure(2, '2026-09-01', { plannedEndDate: '2026-12-01', goalIds: [foreign] }),
    );
    expect(wrongGoal.status).toBe(422);
    const ok = await c.caseworker.post(
      `/api/cases/${caseId}/measures`,
      measure(2, '2026-09-01', { plannedEndDate: '2026-12-01', goalIds: [goal] }),
    );
    expect(ok.status).toBe(201);
    expect(ok.body).toMatchObject({ plannedEndOn: '2026-12-01', track: 'early' });
  });

  it('refuses an unknown offer and unknown fields', async () => {
    const unknown = await c.caseworker.post(
      `/api/cases/${caseId}/measures`,
      measure(1, '2026-09-01', { offerId: randomUUID() }),
    );
    expect(unknown.status).toBe(422);
    const extra = await c.caseworker.post(
      `/api/cases/${caseId}/measures`,
      measure(1, '2026-09-01', { price: 1 }),
    );
    expect(extra.status).toBe(400);
  });
});

describe("the offer's age range", () => {
  // Alma (inClass) is born 2019-03-04: 6 years old until 3 March 2026, then 7.
  async function count() {
    return (await c.caseworker.get(`/api/cases/${caseId}/measures`)).body.length as number;
  }

  it('refuses a child under or over the range with 422 naming the range and the age, nothing stored', async () => {
    const teens = await copyOffer(server.db, offers[1] as string, {
      name: 'Ungetilbud',
      age_min: 10,
      age_max: 17,
    });
    const small = await copyOffer(server.db, offers[1] as string, {
      name: 'Småbørn',
      age_min: 0,
      age_max: 6,
    });
    const before = await count();
    const under = await c.caseworker.post(
      `/api/cases/${caseId}/measures`,
      measure(1, '2026-03-03', { offerId: teens }),
    );
    expect(under.status).toBe(422);
    expect(under.body.error).toMatchObject({
      id: 'unprocessable',
      message: 'Tilbuddet er til børn og unge på 10–17 år, og barnet er 6 år på startdatoen.',
    });
    const over = await c.caseworker.post(
      `/api/cases/${caseId}/measures`,
      measure(1, '2026-03-04', { offerId: small }),
    );
    expect(over.status).toBe(422);
    expect(over.body.error.message).toMatch(
      /^Tilbuddet er til børn og unge på 0–6 år, og barnet er 7 år på startdatoen\. /,
    );
    expect(await count()).toBe(before);
    // The day before the 7th birthday still fits.
    expect(
      (await c.caseworker.post(`/api/cases/${caseId}/measures`, measure(1, '2026-03-03', { offerId: small })))
        .status,
    ).toBe(201);
  });

  it('lets a running measure of the same offer continue over the limit, not an ended one', async () => {
    const offer = await copyOffer(server.db, offers[1] as string, {
      name: 'Familiekursus 0–6',
      age_min: 0,
      age_max: 6,
    });
    const first = await c.caseworker.post(
      `/api/cases/${caseId}/measures`,
      measure(1, '2026-02-01', { offerId: offer }),
    );
    expect(first.status).toBe(201);
    const continued = await c.caseworker.post(
      `/api/cases/${caseId}/measures`,
      measure(1, '2026-06-01', { offerId: offer, provider: 'Ny leverandør' }),
    );
    expect(continued.status).toBe(201);
    // A same-day swap: the continuation ends the earlier measure the day the new one starts.
    const ended = await c.caseworker.patch(`/api/measures/${first.body.id}`, {
      version: first.body.version,
      end: { on: '2026-06-01', reason: 'other', note: 'Ny leverandør.' },
    });
    expect(ended.status).toBe(200);
    const endedToo = await c.caseworker.patch(`/api/measures/${continued.body.id}`, {
      version: continued.body.version,
      end: { on: '2026-07-01', reason: 'goals_met', note: 'Målene er nået.' },
    });
    expect(endedToo.status).toBe(200);
    const again = await c.caseworker.post(
      `/api/cases/${caseId}/measures`,
      measure(1, '2026-08-01', { offerId: offer }),
    );
    expect(again.status).toBe(422);
    expect(again.body.error.message).toMatch(/igangværende indsats med samme tilbud/);
  });
});

describe('access', () => {
  it('refuses a caseworker of another district (403), audited as denied', async () => {
    const create = await c.caseworker2.post(`/api/cases/${caseId}/measures`, measure(1, '2026-09-01'));
    expect(create.status).toBe(403);
    expect((await c.caseworker2.get(`/api/cases/${caseId}/measures`)).status).toBe(403);
    expect((await c.caseworker2.get(`/api/children/${childId}/ladder`)).status).toBe(403);
    const rows = await auditRows(server.db, server.municipality.id, server.users.caseworker2.id, 'measure');
    expect(rows.filter((r) => r.outcome === 'denied').map((r) => r.action)).toEqual(['create', 'read']);
  });

  it('lets a leader of the district read but not write (403, audited as denied)', async () => {
    const list = await c.leader.get(`/api/cases/${caseId}/measures`);
    expect(list.status).toBe(200);
    expect((await c.leader.get(`/api/children/${childId}/ladder`)).status).toBe(200);
    const create = await c.leader.post(`/api/cases/${caseId}/measures`, measure(1, '2026-09-01'));
    expect(create.status).toBe(403);
    const patch = await c.leader.patch(`/api/measures/${list.body[0].id}`, {
      version: list.body[0].version,
      provider: 'X',
    });
    expect(patch.status).toBe(403);
    const rows = await auditRows(server.db, server.municipality.id, server.users.leader.id, 'measure');
    expect(rows.map((r) => `${r.action}:${r.outcome}`)).toEqual([
      'read:allowed',
      'create:denied',
      'update:denied',
    ]);
    const ladderRead = await auditRows(server.db, server.municipality.id, server.users.leader.id, 'ladder');
    expect(ladderRead).toEqual([
      expect.objectContaining({ action: 'read', outcome: 'allowed', entity_id: childId }),
    ]);
  });

  it('answers 404 for a child without a case and for an unknown measure', async () => {
    expect((await c.caseworker.get(`/api/children/${server.children.unlinked.id}/ladder`)).status).toBe(404);
    expect(
      (await c.caseworker.patch(`/api/measures/${randomUUID()}`, { version: 1, provider: 'X' })).status,
    ).toBe(404);
  });
});

it('documents the measure, ladder, follow-up and deadline routes in the OpenAPI document', async () => {
  const doc = await (await fetch(`${server.url}/api/openapi.json`)).json();
  for (const [method, path] of [
    ['post', '/api/cases/{id}/measures'],
    ['get', '/api/cases/{id}/measures'],
    ['patch', '/api/measures/{id}'],
    ['get', '/api/children/{id}/ladder'],
    ['post', '/api/cases/{id}/follow-ups'],
    ['get', '/api/cases/{id}/follow-ups'],
    ['get', '/api/cases/{id}/deadlines'],
  ] as const) {
    expect(doc.paths?.[path]?.[method], `${method} ${path}`).toBeDefined();
  }
});
