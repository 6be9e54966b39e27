import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLadderOffers } from '../../testing/casework.ts';
import { USER_KEYS, type UserKey } from '../../testing/fixtures.ts';
import { type ApiClient, loginAll, startTestServer, type TestServer } from '../../testing/server.ts';
import { addChild, auditRows } from './cases.testing.ts';

let server: TestServer;
let c: Record<UserKey, ApiClient>;
let offers: Record<number, string>;

beforeAll(async () => {
  server = await startTestServer({ label: 'assessments' });
  c = await loginAll(server, USER_KEYS);
  offers = await createLadderOffers(server.db, server.municipality);
});
afterAll(() => server?.close());

const m = () => server.municipality;

async function ownCase(birthDate?: string): Promise<string> {
  const child = await addChild(server.db, m(), {
    openCase: true,
    caseworkerId: server.users.caseworker.id,
    ...(birthDate ? { birthDate } : {}),
  });
  return child.caseId as string;
}

async function stepOfOffer(offerId: string): Promise<string> {
  const row = await server.db
    .selectFrom('offer')
    .select('step_id')
    .where('id', '=', offerId)
    .executeTakeFirstOrThrow();
  return row.step_id;
}

async function storedAssessment(id: string) {
  const row = await server.db
    .selectFrom('assessment')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  const ratings = await server.db
    .selectFrom('safety_rating')
    .select('score')
    .where('assessment_id', '=', id)
    .execute();
  return { row, ratings };
}

describe('POST /api/cases/:id/assessments: who may start one', () => {
  // inClass: d1, caseworker. other: d2, caseworker2 + fosterCare.
  const table: [UserKey, 'inClass' | 'other', number][] = [
    ['caseworker', 'inClass', 201],
    ['leader', 'inClass', 403],
    ['caseworker2', 'inClass', 403],
    ['preventive', 'inClass', 403],
    ['front', 'inClass', 403],
    ['caseworker2', 'other', 201],
    ['fosterCare', 'other', 403],
    ['caseworker', 'other', 403],
    ['analyst', 'other', 403],
    ['admin', 'other', 403],
    ['teacher', 'other', 403],
  ];
  it.each(table)('%s on %s gets %i, audited with that outcome', async (who, key, status) => {
    const caseId = m().cases[key];
    const res = await c[who].post(`/api/cases/${caseId}/assessments`, {
      kind: 'assessment',
      awareOn: '2026-09-01',
    });
    expect(res.status).toBe(status);
    const rows = await server.db
      .selectFrom('audit_log')
      .select(['outcome', 'entity_type', 'details'])
      .where('municipality_id', '=', m().id)
      .where('user_id', '=', server.users[who].id)
      .where('action', '=', 'create')
      .where('entity_type', '=', 'assessment')
      .orderBy('seq', 'desc')
      .limit(1)
      .execute();
    expect(rows[0]).toMatchObject({ outcome: status === 201 ? 'allowed' : 'denied' });
    expect(rows[0]?.details).toMatchObject({ caseId });
  });
});

describe('the assessment from start to conclusion', () => {
  it('runs its deadline from awareness, appends safety ratings, and completes only with a conclusion', async () => {
    const caseId = await ownCase();
    const created = await c.caseworker.post(`/api/cases/${caseId}/assessments`, {
      kind: 'assessment',
      awareOn: '2026-01-31',
      development: 'Sproget halter efter.',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      version: 1,
      awareOn: '2026-01-31',
      dueOn: '2026-05-31',
      targetOn: '2026-03-31',
      development: 'Sproget halter efter.',
      completedOn: null,
    });
    const url = `/api/assessments/${created.body.id}`;
    const second = await c.caseworker.post(`/api/cases/${caseId}/assessments`, { kind: 'assessment' });
    expect(second.status).toBe(409);

    const rated = await c.caseworker.patch(url, {
      version: 1,
      worries: 'Mor er ofte syg.',
      whatWorks: 'Mormor henter i skolen.',
      safetyRatings: [
        { participant: 'Mor', participantRole: 'parent', score: 6, ratedOn: '2026-02-10' },
        { participant: 'Barnet', participantRole: 'child', score: 4, ratedOn: '2026-02-10' },
      ],
    });
    expect(rated.status).toBe(200);
    expect(rated.body.version).toBe(2);
    expect(rated.body.safetyRatings.map((s: { score: number }) => s.score)).toEqual([6, 4]);

    const early = await c.caseworker.patch(url, {
      version: 2,
      completedOn: '2026-03-01',
      safetyRatings: [{ participant: 'Far', participantRole: 'parent', score: 7, ratedOn: '2026-03-01' }],
    });
    expect(early.status).toBe(422);
    const stored = await storedAssessment(created.body.id);
    expect(stored.row.version).toBe(2);
    expect(stored.row.completed_on).toBeNull();
    expect(stored.ratings).toHaveLength(2);

    const stepId = await stepOfOffer(offers[2] as string);
    expect(
      (await c.caseworker.patch(url, { version: 2, proposedStepId: '00000000-0000-4000-8000-000000000000' }))
        .status,
    ).toBe(422);
    expect(
      (
        await c.caseworker.patch(url, {
          version: 2,
          proposedOfferIds: ['00000000-0000-4000-8000-000000000000'],
        })
      ).status,
    ).toBe(422);
    expect(
      (await c.caseworker.patch(url, { version: 2, completedOn: '2026-01-01', conclusion: 'x' })).status,
    ).toBe(422);

    const done = await c.caseworker.patch(url, {
      version: 2,
      conclusion: 'Forældreprogram anbefales.',
      proposedStepId: stepId,
      proposedOfferIds: [offers[2]],
      completedOn: '2026-03-15',
    });
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({
      version: 3,
      completedOn: '2026-03-15',
      proposedStep: { id: stepId, name: '2. Forebyggende indsatser' },
      proposedOffers: [{ id: offers[2], name: 'Tilbud trin 2' }],
    });
    expect((await c.caseworker.patch(url, { version: 3, worries: 'Mere' })).status).toBe(409);

    const list = await c.caseworker.get(`/api/cases/${caseId}/assessments`);
    expect(list.status).toBe(200);
    expect(list.body).toHaveLength(1);
    expect(list.body[0]).toMatchObject({
      id: created.body.id,
      version: 3,
      conclusion: 'Forældreprogram anbefales.',
    });
  });

  it('keeps the first of two saves from the same version; the second gets 409 with the current assessment', async () => {
    const caseId = await ownCase();
    const created = await c.caseworker.post(`/api/cases/${caseId}/assessments`, { kind: 'clarification' });
    expect(created.body).toMatchObject({ dueOn: null, targetOn: null });
    const url = `/api/assessments/${created.body.id}`;
    expect((await c.caseworker.patch(url, { version: 1, parenting: 'Første' })).status).toBe(200);
    const stale = await c.caseworker.patch(url, { version: 1, parenting: 'Anden' });
    expect(stale.status).toBe(409);
    expect(stale.body.current).toMatchObject({ version: 2, parenting: 'Første' });
  });

  it('defaults awareness to the opening day, records a provisional assessment, refuses unknown fields', async () => {
    const caseId = await ownCase();
    const created = await c.caseworker.post(`/api/cases/${caseId}/assessments`, { kind: 'assessment' });
    const openedOn = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' }).format(new Date());
    expect(created.body.awareOn).toBe(openedOn);
    const url = `/api/assessments/${created.body.id}`;
    expect((await c.caseworker.patch(url, { version: 1, colour: 'rød' })).status).toBe(400);
    expect((await c.caseworker.post(`/api/cases/${caseId}/assessments`, { kind: 'x' })).status).toBe(400);
    const provisional = await c.caseworker.patch(url, {
      version: 1,
      provisional: { on: openedOn, text: 'Foreløbigt: barnet trives i skolen.' },
    });
    expect(provisional.status).toBe(200);
    expect(provisional.body).toMatchObject({ provisionalOn: openedOn });
  });

  it('suggests offers from the catalog for the child’s age and the areas described, lowest step first', async () => {
    const caseId = await ownCase();
    const created = await c.caseworker.post(`/api/cases/${caseId}/assessments`, {
      kind: 'assessment',
      development: 'Motorikken halter.',
    });
    const res = await c.caseworker.get(`/api/cases/${caseId}/assessments/${created.body.id}/suggestions`);
    expect(res.status).toBe(200);
    expect(res.body.suggestions.length).toBeGreaterThan(0);
    expect(res.body.suggestions[0]).toMatchObject({
      offer: { name: 'Tilbud trin 1' },
      step: { position: 1 },
    });
    for (const s of res.body.suggestions) expect(s.step.position).toBeLessThanOrEqual(1);
    const other = await c.caseworker2.get(`/api/cases/${caseId}/assessments/${created.body.id}/suggestions`);
    expect(other.status).toBe(403);
    const wrongCase = await c.caseworker.get(
      `/api/cases/${m().cases.inClass}/assessments/${created.body.id}/suggestions`,
    );
    expect(wrongCase.status).toBe(404);
  });

  it('writes a row to the audit log for each read of the list', async () => {
    const caseId = await ownCase();
    const reads = async () =>
      (
        await server.db
          .selectFrom('audit_log')
          .select('seq')
          .where('municipality_id', '=', m().id)
          .where('action', '=', 'read')
          .where('entity_type', '=', 'assessment')
          .where('user_id', '=', server.users.caseworker.id)
          .execute()
      ).length;
    const before = await reads();
    await c.caseworker.get(`/api/cases/${caseId}/assessments`);
    await c.caseworker.get(`/api/cases/${caseId}/assessments`);
    expect(await reads()).toBe(before + 2);
  });
});

describe('child conversations and family meetings', () => {
  it('lets the caseworker record a child conversation, not the foster-care consultant', async () => {
    const caseId = m().cases.other;
    const body = { heldOn: '2026-10-01', form: 'walk_and_talk', childWords: 'Jeg vil gerne bo hjemme.' };
    const ok = await c.caseworker2.post(`/api/cases/${caseId}/child-conversations`, body);
    expect(ok.status).toBe(201);
    expect(ok.body).toMatchObject({ ...body, heldBy: { id: server.users.caseworker2.id } });
    expect((await c.fosterCare.post(`/api/cases/${caseId}/child-conversations`, body)).status).toBe(403);
    expect((await c.leader.post(`/api/cases/${caseId}/child-conversations`, body)).status).toBe(403);
    expect(
      (
        await c.caseworker2.post(`/api/cases/${caseId}/child-conversations`, {
          ...body,
          heldOn: '2199-01-01',
        })
      ).status,
    ).toBe(422);
    expect(
      (
        await c.caseworker2.post(`/api/cases/${caseId}/child-conversations`, {
          ...body,
          assessmentId: '00000000-0000-4000-8000-000000000000',
        })
      ).status,
    ).toBe(422);
    const list = await c.fosterCare.get(`/api/cases/${caseId}/child-conversations`);
    expect(list.status).toBe(200);
    expect(list.body.map((x: { id: string }) => x.id)).toContain(ok.body.id);
    const audit = await auditRows(server.db, m(), ok.body.id);
    expect(audit).toMatchObject([
      { action: 'create', outcome: 'allowed', entity_type: 'child_conversation' },
    ]);
  });

  it('lets the caseworker and the foster-care consultant record family meetings, with participants', async () => {
    const caseId = m().cases.other;
    const body = {
      heldOn: '2026-10-02',
      purpose: 'Hvem kan hjælpe i hverdagen?',
      participants: [
        { name: 'Mor', relation: 'mor' },
        { name: 'Mormor', relation: 'bedstemor' },
      ],
      agreements: 'Mormor henter om tirsdagen.',
    };
    const byConsultant = await c.fosterCare.post(`/api/cases/${caseId}/family-meetings`, body);
    expect(byConsultant.status).toBe(201);
    expect(byConsultant.body).toMatchObject({ ...body, createdBy: { id: server.users.fosterCare.id } });
    expect((await c.caseworker2.post(`/api/cases/${caseId}/family-meetings`, body)).status).toBe(201);
    expect((await c.leader.post(`/api/cases/${caseId}/family-meetings`, body)).status).toBe(403);
    expect(
      (await c.caseworker2.post(`/api/cases/${caseId}/family-meetings`, { ...body, participants: [] }))
        .status,
    ).toBe(400);
    const list = await c.caseworker2.get(`/api/cases/${caseId}/family-meetings`);
    expect(list.body.length).toBeGreaterThanOrEqual(2);
  });
});
