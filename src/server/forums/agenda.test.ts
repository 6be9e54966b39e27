import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCalendarMonths } from '../../core/casework/months.ts';
import { asSystem } from '../../store/database.ts';
import { type ApiClient, loginAll, startTestServer, type TestServer } from '../../testing/server.ts';
import { auditRows } from '../casework/measures.testing.ts';
import {
  agendaOf,
  childWithCase,
  decide,
  type ForumWorld,
  forumWorld,
  insertMeasure,
  meetingDay,
  propose,
  publishedMeeting,
  today,
} from './agenda.testing.ts';

/**
 * Each agenda rule (a)–(h) from real rows, on the right forum's agenda and no other: proposals over
 * HTTP, measures as case work stores them, decisions by the chairs over HTTP, so the referrals
 * (c), (e), (f) follow from the forums' own decisions.
 */

let server: TestServer;
let w: ForumWorld;
let c: Record<'caseworker' | 'leader', ApiClient>;
const meetings = {} as Record<keyof ForumWorld['forums'], string>;
const kids = {} as Record<
  'review' | 'institution' | 'aftercare' | 'placed',
  Awaited<ReturnType<typeof childWithCase>>
>;
let mstProposal: string;
let placementProposal: string;

const months = (n: number) => addCalendarMonths(today, n);

beforeAll(async () => {
  server = await startTestServer({ label: 'forum-agenda' });
  w = await forumWorld(server);
  c = await loginAll(server, ['caseworker', 'leader']);
  const inClass = server.municipality.cases.inClass;
  // (a) MST for Alma → the council of d1; (a) then (c), (e), (f): a placement without consent for Clara.
  mstProposal = (await propose(c.caseworker, inClass, [w.mst])).id;
  await asSystem(server.db, 'test-fixture', (tx) =>
    tx
      .updateTable('cases')
      .set({ caseworker_id: server.users.caseworker.id })
      .where('id', '=', server.municipality.cases.districtCase)
      .execute(),
  );
  placementProposal = (
    await propose(c.caseworker, server.municipality.cases.districtCase, [w.offers[5] as string], {
      withoutConsent: true,
    })
  ).id;
  // (b) in MST for 7 months, never reviewed.
  kids.review = await childWithCase(server, { district: 'd1', birthDate: '2015-04-01', firstName: 'Rasmus' });
  await insertMeasure(server, w, { ...kids.review, position: 3, offerId: w.mst, startOn: months(-7) });
  // (h) and (b), (g): on an institution (step 6) for 13 months, after a foster family.
  kids.institution = await childWithCase(server, {
    district: 'd1',
    birthDate: '2012-02-02',
    firstName: 'Ida',
  });
  await insertMeasure(server, w, {
    ...kids.institution,
    position: 5,
    startOn: months(-20),
    endedOn: months(-13),
  });
  await insertMeasure(server, w, {
    ...kids.institution,
    position: 6,
    startOn: months(-13),
    monthlyCost: 61000,
  });
  // (d) 17 years and 4 months, in foster care: the aftercare decision is due at 17½.
  kids.aftercare = await childWithCase(server, {
    district: 'd2',
    birthDate: months(-(17 * 12 + 4)),
    firstName: 'Jonas',
  });
  await insertMeasure(server, w, {
    ...kids.aftercare,
    position: 5,
    startOn: months(-24),
    monthlyCost: 45000,
  });
  // (g) placed 3 months: not yet due for political review, nor anything else.
  kids.placed = await childWithCase(server, { district: 'd2', birthDate: '2016-06-06', firstName: 'Sofie' });
  await insertMeasure(server, w, { ...kids.placed, position: 5, startOn: months(-3) });
  for (const key of Object.keys(w.forums) as (keyof ForumWorld['forums'])[]) {
    meetings[key] = await publishedMeeting(w, w.forums[key]);
  }
});
afterAll(() => server.close());

const rulesOf = async (key: keyof ForumWorld['forums']) =>
  (await agendaOf(c.leader, meetings[key])).items.map((i) => `${i.rule}:${i.source?.id ?? '-'}`).sort();

describe('the agendas built by rules (a)–(h)', () => {
  it('puts (a) the proposals, (b) the specialised review and (h) the long institutional stay on d1’s council', async () => {
    expect(await rulesOf('council')).toEqual(
      [
        `long_institutional_stay:${kids.institution.childId}`,
        `specialised_proposal:${mstProposal}`,
        `specialised_proposal:${placementProposal}`,
        `specialised_review:${kids.institution.childId}`,
        `specialised_review:${kids.review.childId}`,
      ].sort(),
    );
    // d2's council has its own: the young person in foster care for two years.
    expect(await rulesOf('council2')).toEqual([`specialised_review:${kids.aftercare.childId}`]);
  });

  it('shows each item with its rule label, reason, due date and a case summary', async () => {
    const agenda = await agendaOf(c.caseworker, meetings.council);
    expect(agenda).toMatchObject({ view: 'case_summary', as: 'member', stored: false });
    const item = agenda.items.find((i) => i.source?.id === mstProposal) as unknown as Record<string, unknown>;
    expect(item).toMatchObject({
      rule: 'specialised_proposal',
      ruleLabel: 'Indstilling til specialiseret tilbud',
      reason: expect.stringMatching(/^Indstillet .* til et specialiseret tilbud på trin 3/),
      dueOn: today,
      stepPosition: 3,
      decision: null,
      pseudonymised: null,
      summary: {
        caseId: server.municipality.cases.inClass,
        child: { name: `Alma ${server.children.inClass.lastName}` },
        district: { name: 'Nord' },
        caseworker: { id: server.users.caseworker.id },
        proposal: { id: mstProposal, offers: [{ id: w.mst, name: 'MST' }], stepPosition: 3 },
      },
    });
    const stay = agenda.items.find((i) => i.rule === 'long_institutional_stay') as unknown as Record<
      string,
      unknown
    >;
    expect(stay).toMatchObject({
      stepPosition: 6,
      summary: { runningMeasures: [{ stepPosition: 6, monthlyCost: 61000 }], proposal: null },
    });
  });

  it('puts (d) the aftercare decision on the placement committee, then (c) after the council’s approval', async () => {
    expect(await rulesOf('placement')).toEqual([`aftercare_decision:${kids.aftercare.childId}`]);
    const approved = await decide(c.leader, meetings.council, {
      rule: 'specialised_proposal',
      sourceId: placementProposal,
      outcome: 'approved',
    });
    expect(approved).toMatchObject({
      outcome: 'approved',
      stepPosition: 5,
      placement: true,
      withoutConsent: true,
    });
    expect(await rulesOf('placement')).toEqual(
      [`aftercare_decision:${kids.aftercare.childId}`, `placement_ground:${approved.id}`].sort(),
    );
    // The decision stays on the council's agenda, with the decision shown.
    const council = await agendaOf(c.leader, meetings.council);
    const item = council.items.find((i) => i.source?.id === placementProposal) as unknown as Record<
      string,
      unknown
    >;
    expect(item.decision).toMatchObject({ id: approved.id, outcomeLabel: 'Godkendt' });

    // (e), (f): the committee finds ground for a placement without consent.
    const committee = await decide(c.leader, meetings.placement, {
      rule: 'placement_ground',
      sourceId: approved.id,
      outcome: 'approved',
    });
    expect(await rulesOf('school')).toEqual([`school_placement:${committee.id}`]);
    expect(await rulesOf('children')).toEqual([`placement_without_consent:${committee.id}`]);
    expect(await rulesOf('placement')).toEqual(
      [`aftercare_decision:${kids.aftercare.childId}`, `placement_ground:${approved.id}`].sort(),
    );
  });

  it('puts (g) every placement due for review on the political review, pseudonymised', async () => {
    const res = await c.caseworker.get(`/api/forum-meetings/${meetings.political}/agenda`);
    expect(res.status).toBe(200);
    expect(res.body.view).toBe('pseudonymised');
    expect(res.body.items.map((i: { rule: string }) => i.rule)).toEqual([
      'political_review',
      'political_review',
    ]);
    expect(res.body.items[0]).toMatchObject({ source: null, summary: null });
    const pseudonyms = res.body.items.map((i: { pseudonymised: unknown }) => i.pseudonymised);
    expect(pseudonyms.map((p: { pseudonym: string }) => p.pseudonym)).toEqual(['Barn 1', 'Barn 2']);
    expect(Object.keys(pseudonyms[0]).sort()).toEqual([
      'age',
      'latestScore',
      'monthlyCost',
      'noProgressFlag',
      'placedSince',
      'placementMonths',
      'pseudonym',
      'stepPosition',
    ]);
    expect(pseudonyms.map((p: { monthlyCost: number }) => p.monthlyCost).sort()).toEqual([45000, 61000]);
    // Whole months on the meeting day (the last working day up to today).
    const short = meetingDay() === today ? 0 : 1;
    expect(pseudonyms.map((p: { placementMonths: number }) => p.placementMonths).sort()).toEqual([
      20 - short,
      24 - short,
    ]);
    // No name, CPR, case id or child id anywhere in the answer.
    const json = JSON.stringify(res.body);
    for (const k of [kids.institution, kids.aftercare, kids.placed]) {
      for (const secret of [k.childId, k.caseId, k.cpr, k.name, 'Forumsen'])
        expect(json).not.toContain(secret);
    }
    // The audit names whom the read concerned; the response did not.
    const [read] = (
      await auditRows(server.db, server.municipality.id, server.users.caseworker.id, 'forum_meeting')
    ).slice(-1);
    expect(read?.details).toMatchObject({ part: 'agenda', view: 'pseudonymised', as: 'member' });
    expect(((read?.details ?? {}) as { childIds: string[] }).childIds.sort()).toEqual(
      [kids.institution.childId, kids.aftercare.childId].sort(),
    );
  });

  it('stores the agenda on closing: the chair reads the same items after, the members no more', async () => {
    const before = await agendaOf(c.leader, meetings.council);
    expect((await c.leader.post(`/api/forum-meetings/${meetings.council}/close`)).status).toBe(200);
    const after = await agendaOf(c.leader, meetings.council);
    expect(after.stored).toBe(true);
    const strip = (a: typeof before) => a.items.map((i) => ({ ...i, summary: undefined }));
    expect(strip(after)).toEqual(strip(before));
    expect((await c.caseworker.get(`/api/forum-meetings/${meetings.council}/agenda`)).status).toBe(403);
    // A decision after the close is refused by the lock.
    const locked = await c.leader.post(`/api/forum-meetings/${meetings.council}/decisions`, {
      idempotencyKey: 'k-locked-0001',
      rule: 'specialised_proposal',
      sourceId: mstProposal,
      outcome: 'approved',
      reasons: 'For sent.',
    });
    expect([locked.status, locked.body.error.message]).toEqual([
      409,
      'Mødet er afsluttet og låst; det kan ikke ændres.',
    ]);
  });
});
