import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asSystem } from '../../store/database.ts';
import { type ApiClient, loginAll, startTestServer, type TestServer } from '../../testing/server.ts';
import { auditRows, insertPlanGoals } from '../casework/measures.testing.ts';
import {
  type ForumWorld,
  forumWorld,
  insertMeasure,
  meetingDay,
  publishedMeeting,
  today,
} from './agenda.testing.ts';
import { newKey } from './forums.testing.ts';

let server: TestServer;
let w: ForumWorld;
let c: Record<'caseworker' | 'caseworker2' | 'leader', ApiClient>;
let caseId: string;
let childId: string;

beforeAll(async () => {
  server = await startTestServer({ label: 'forum-proposals' });
  w = await forumWorld(server);
  c = await loginAll(server, ['caseworker', 'caseworker2', 'leader']);
  caseId = server.municipality.cases.inClass;
  childId = server.children.inClass.id;
  // What was tried: a step-2 measure with two rated follow-ups, and the child's and parents' words.
  const [goal] = await insertPlanGoals(server, caseId, ['Alma kommer i skole hver dag']);
  const measureId = await insertMeasure(server, w, { caseId, childId, position: 2, startOn: '2026-01-05' });
  await asSystem(server.db, 'test-fixture', async (tx) => {
    const base = { municipality_id: server.municipality.id, case_id: caseId };
    for (const [heldOn, score] of [
      ['2026-03-01', 3],
      ['2026-06-01', 5],
    ] as const) {
      const f = await tx
        .insertInto('follow_up')
        .values({
          ...base,
          measure_id: measureId,
          kind: heldOn === '2026-03-01' ? 'first' : 'regular',
          held_on: heldOn,
          decision: 'continue',
          notes: 'Opfølgning',
          held_by: server.users.caseworker.id,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await tx
        .insertInto('progress_rating')
        .values({
          municipality_id: server.municipality.id,
          follow_up_id: f.id,
          goal_id: goal as string,
          rater: 'child',
          score,
        })
        .execute();
    }
    await tx
      .insertInto('child_conversation')
      .values({
        ...base,
        held_on: '2026-05-01',
        form: 'walk_and_talk',
        child_words: 'Jeg vil gerne blive hjemme.',
        held_by: server.users.caseworker.id,
      })
      .execute();
    await tx
      .insertInto('family_meeting')
      .values({
        ...base,
        held_on: '2026-05-10',
        purpose: 'Familiemøde',
        participants: JSON.stringify([{ name: 'Mor', relation: 'mor' }]),
        agreements: 'Mor ønsker hjælp i hjemmet.',
        created_by: server.users.caseworker.id,
      })
      .execute();
  });
});
afterAll(() => server.close());

const body = (offerIds: string[], extra: Record<string, unknown> = {}) => ({
  idempotencyKey: newKey(),
  offerIds,
  reason: 'Hjemmebaserede indsatser har ikke hjulpet nok.',
  networkContribution: 'Mormor kan hente efter skole.',
  ...extra,
});

describe('a proposal (indstilling)', () => {
  it('goes to the district’s council for MST, with what was tried and the views; idempotent', async () => {
    const request = body([w.mst, w.offers[3] as string]);
    const first = await c.caseworker.post(`/api/cases/${caseId}/proposals`, request);
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    expect(first.body).toMatchObject({
      caseId,
      forumKind: 'creative_council',
      forumLabel: 'Det Kreative Råd Nord',
      district: { id: server.municipality.districts.d1, name: 'Nord' },
      offers: [
        { id: w.mst, name: 'MST' },
        { id: w.offers[3], name: 'Tilbud trin 3' },
      ],
      stepPosition: 3,
      specialisedOffer: true,
      placement: false,
      withoutConsent: false,
      proposedOn: today,
      networkContribution: 'Mormor kan hente efter skole.',
      tried: [
        { offerName: 'Tilbud trin 2', stepPosition: 2, firstScore: 3, latestScore: 5, noProgressFlag: false },
      ],
      views: {
        child: [{ heldOn: '2026-05-01', text: 'Jeg vil gerne blive hjemme.' }],
        parents: [{ heldOn: '2026-05-10', text: 'Familiemøde: Mor ønsker hjælp i hjemmet.' }],
      },
      status: { state: 'waiting' },
    });
    const again = await c.caseworker.post(`/api/cases/${caseId}/proposals`, request);
    expect([again.status, again.body.id]).toEqual([200, first.body.id]);
    const other = await c.caseworker.post(`/api/cases/${caseId}/proposals`, {
      ...request,
      reason: 'Noget andet.',
    });
    expect([other.status, other.body.error.id]).toEqual([409, 'conflict']);

    const audit = await auditRows(
      server.db,
      server.municipality.id,
      server.users.caseworker.id,
      'forum_proposal',
    );
    // The 409 rolls back with its audit row, as every case-work create's.
    expect(audit.slice(-2).map((a) => [a.action, a.outcome, a.entity_id])).toEqual([
      ['create', 'allowed', first.body.id],
      ['create', 'allowed', first.body.id],
    ]);
    expect(audit.at(-1)?.details).toMatchObject({ retry: true, caseId, childId });
  });

  it('sends a placement to the council too (step 5 is specialised), with or without consent', async () => {
    const p = await c.caseworker.post(
      `/api/cases/${caseId}/proposals`,
      body([w.offers[5] as string], { withoutConsent: true }),
    );
    expect(p.status).toBe(201);
    expect(p.body).toMatchObject({
      forumKind: 'creative_council',
      stepPosition: 5,
      placement: true,
      withoutConsent: true,
    });
  });

  it.each([
    ['a step that needs no forum', () => body([w.offers[2] as string]), /start indsatsen direkte/],
    ['step 3 without a specialised offer', () => body([w.offers[3] as string]), /start indsatsen direkte/],
    ['without consent for no placement', () => body([w.mst], { withoutConsent: true }), /Kun en anbringelse/],
    ['an offer that is none', () => body([w.mst, '00000000-0000-4000-8000-000000000000']), /tilbudsvifte/],
  ])('refuses %s with 422 in Danish', async (_, make, message) => {
    const res = await c.caseworker.post(`/api/cases/${caseId}/proposals`, make());
    expect([res.status, res.body.error.id]).toEqual([422, 'unprocessable']);
    expect(res.body.error.message).toMatch(message);
  });

  it.each([
    ['no offer', () => body([])],
    ['six offers', () => body(Array.from({ length: 6 }, () => w.mst))],
    ['an unknown field', () => ({ ...body([w.mst]), step: 3 })],
    ['no reason', () => ({ ...body([w.mst]), reason: ' ' })],
  ])('refuses %s with 400', async (_, make) => {
    const res = await c.caseworker.post(`/api/cases/${caseId}/proposals`, make());
    expect([res.status, res.body.error.id]).toEqual([400, 'invalid_input']);
  });

  it('is for those who write the case: the leader reads, another district’s caseworker neither', async () => {
    expect((await c.leader.post(`/api/cases/${caseId}/proposals`, body([w.mst]))).status).toBe(403);
    expect((await c.caseworker2.post(`/api/cases/${caseId}/proposals`, body([w.mst]))).status).toBe(403);
    expect((await c.leader.get(`/api/cases/${caseId}/proposals`)).status).toBe(200);
    expect((await c.caseworker2.get(`/api/cases/${caseId}/proposals`)).status).toBe(403);
  });

  it('lists the case’s proposals with where each stands: on the council’s next meeting once planned', async () => {
    const meetingId = await publishedMeeting(w, w.forums.council);
    const res = await c.caseworker.get(`/api/cases/${caseId}/proposals`);
    expect(res.status).toBe(200);
    expect(res.body.proposals).toHaveLength(2);
    for (const p of res.body.proposals) {
      expect(p.status).toEqual({
        state: 'on_agenda',
        meeting: { id: meetingId, heldOn: meetingDay(), forumName: 'Det Kreative Råd Nord' },
      });
    }
  });

  it('shows the proposer its waiting proposals on "Mit overblik", audited as one read', async () => {
    const res = await c.caseworker.get('/api/proposals/mine');
    expect(res.status).toBe(200);
    expect(res.body.proposals).toHaveLength(2);
    expect((await c.caseworker2.get('/api/proposals/mine')).body.proposals).toEqual([]);
    const [read] = (
      await auditRows(server.db, server.municipality.id, server.users.caseworker.id, 'forum_proposal')
    ).slice(-1);
    expect(read?.details).toMatchObject({ part: 'mine', caseIds: [caseId], childIds: [childId] });
  });
});
