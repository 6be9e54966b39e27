import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCalendarMonths } from '../../core/casework/months.ts';
import { asSystem } from '../../store/database.ts';
import { type ApiClient, loginAll, startTestServer, type TestServer } from '../../testing/server.ts';
import { auditRows } from '../casework/measures.testing.ts';
import {
  decide,
  type ForumWorld,
  forumWorld,
  meetingDay,
  propose,
  publishedMeeting,
} from './agenda.testing.ts';
import { meetingIn, newKey } from './forums.testing.ts';

let server: TestServer;
let w: ForumWorld;
let c: Record<'caseworker' | 'leader', ApiClient>;
let council: string;
let mst: string;
let placement: string;
const inClass = () => server.municipality.cases.inClass;

beforeAll(async () => {
  server = await startTestServer({ label: 'forum-decisions' });
  w = await forumWorld(server);
  c = await loginAll(server, ['caseworker', 'leader']);
  await asSystem(server.db, 'test-fixture', (tx) =>
    tx
      .updateTable('cases')
      .set({ caseworker_id: server.users.caseworker.id })
      .where('id', '=', server.municipality.cases.districtCase)
      .execute(),
  );
  mst = (await propose(c.caseworker, inClass(), [w.mst, w.offers[2] as string])).id;
  placement = (await propose(c.caseworker, server.municipality.cases.districtCase, [w.offers[5] as string]))
    .id;
  council = await publishedMeeting(w, w.forums.council);
});
afterAll(() => server.close());

const post = (client: ApiClient, meetingId: string, body: Record<string, unknown>) =>
  client.post(`/api/forum-meetings/${meetingId}/decisions`, {
    idempotencyKey: newKey(),
    reasons: 'Drøftet i rådet.',
    ...body,
  });
const onMst = { rule: 'specialised_proposal', sourceId: '' };

describe('a decision on an agenda item', () => {
  it.each([
    ['an item not on the agenda', () => ({ rule: 'specialised_review' }), /ikke på mødets dagsorden/],
    ['approval of a lower step', () => ({ stepPosition: 2 }), /vælg udfaldet "alternativ/],
    [
      'an alternative that is not lower',
      () => ({ outcome: 'alternative', stepPosition: 3 }),
      /lavere trin end det indstillede trin 3/,
    ],
    ['an alternative without its step', () => ({ outcome: 'alternative' }), /lavere trin/],
    ['a postponement without what is missing', () => ({ outcome: 'postponed' }), /hvad der mangler/],
    ['what is missing on an approval', () => ({ missing: 'Skoleudtalelse' }), /kun, når punktet udsættes/],
    ['a validity past the gate’s', () => ({ validUntil: addCalendarMonths(meetingDay(), 4) }), /til og med/],
    [
      'a validity on a rejection',
      () => ({ outcome: 'rejected', validUntil: meetingDay() }),
      /Kun en godkendelse/,
    ],
    ['a school placement on a council item', () => ({ schoolPlacement: 'special_class' }), /Et skoletilbud/],
    [
      'an offer on another step',
      () => ({ outcome: 'alternative', stepPosition: 2, offerId: w.mst }),
      /aktive tilbudsvifte på trin 2/,
    ],
  ])('refuses %s with 422 in Danish', async (_, body, message) => {
    const res = await post(c.leader, council, { ...onMst, sourceId: mst, outcome: 'approved', ...body() });
    expect([res.status, res.body.error?.id]).toEqual([422, 'unprocessable']);
    expect(res.body.error.message).toMatch(message);
  });

  it('refuses a member (403) and a meeting not published (409)', async () => {
    expect((await post(c.caseworker, council, { ...onMst, sourceId: mst, outcome: 'approved' })).status).toBe(
      403,
    );
    const planned = await meetingIn(w.leader, w.forums.council2, meetingDay());
    const res = await post(c.leader, planned, { ...onMst, sourceId: mst, outcome: 'approved' });
    expect([res.status, res.body.error.message]).toEqual([409, 'Dagsordenen er ikke offentliggjort endnu.']);
  });

  it('records the council’s alternative at step 2 once, on the journal, idempotent', async () => {
    const body = {
      idempotencyKey: newKey(),
      ...onMst,
      sourceId: mst,
      outcome: 'alternative',
      stepPosition: 2,
      offerId: w.offers[2],
      reasons: 'Familiebehandling i hjemmet først; netværket hjælper.',
      participants: [{ name: 'Leder', role: 'Formand' }],
    };
    const first = await c.leader.post(`/api/forum-meetings/${council}/decisions`, body);
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    expect(first.body).toMatchObject({
      rule: 'specialised_proposal',
      outcome: 'alternative',
      outcomeLabel: 'Alternativ på et lavere trin',
      stepPosition: 2,
      offer: { id: w.offers[2], name: 'Tilbud trin 2' },
      placement: false,
      validUntil: null,
      decidedOn: meetingDay(),
      participants: [{ name: 'Leder', role: 'Formand' }],
    });
    const again = await c.leader.post(`/api/forum-meetings/${council}/decisions`, body);
    expect([again.status, again.body.id]).toEqual([200, first.body.id]);
    const reused = await c.leader.post(`/api/forum-meetings/${council}/decisions`, {
      ...body,
      reasons: 'Andet.',
    });
    expect([reused.status, reused.body.error.id]).toEqual([409, 'conflict']);
    const second = await post(c.leader, council, { ...onMst, sourceId: mst, outcome: 'rejected' });
    expect([second.status, second.body.error.message]).toEqual([
      409,
      'Punktet er allerede afgjort på mødet.',
    ]);

    const journal = await c.caseworker.get(`/api/cases/${inClass()}/journal`);
    const entries = journal.body.filter((e: { kind: string }) => e.kind === 'decision');
    expect(entries).toHaveLength(1);
    expect(entries[0].text).toMatch(
      /^Det Kreative Råd Nord \(møde .+\), indstilling til specialiseret tilbud: Alternativ på et lavere trin, trin 2 \(Tilbud trin 2\)\. Begrundelse: Familiebehandling/,
    );
    const proposals = await c.caseworker.get(`/api/cases/${inClass()}/proposals`);
    expect(proposals.body.proposals[0].status).toMatchObject({
      state: 'decided',
      outcome: 'alternative',
      stepPosition: 2,
      decisionId: first.body.id,
    });
    const audit = await auditRows(
      server.db,
      server.municipality.id,
      server.users.leader.id,
      'forum_decision',
    );
    expect(audit.map((a) => [a.action, a.entity_id, a.details?.retry ?? false])).toEqual([
      ['create', first.body.id, false],
      ['create', first.body.id, true],
    ]);
    const entry = await auditRows(server.db, server.municipality.id, server.users.leader.id, 'journal_entry');
    expect(entry.at(-1)?.details).toMatchObject({
      kind: 'decision',
      via: 'forum_decision',
      forumDecisionId: first.body.id,
    });
  });

  it('approves a placement until a day within the validity, and the school placement follows', async () => {
    const until = addCalendarMonths(meetingDay(), 2);
    const approved = await decide(c.leader, council, {
      rule: 'specialised_proposal',
      sourceId: placement,
      outcome: 'approved',
      validUntil: until,
    });
    expect(approved).toMatchObject({
      stepPosition: 5,
      placement: true,
      validUntil: until,
      offer: { id: w.offers[5] },
    });
    const committee = await publishedMeeting(w, w.forums.placement);
    const ground = await decide(c.leader, committee, {
      rule: 'placement_ground',
      sourceId: approved.id,
      outcome: 'approved',
    });
    const school = await publishedMeeting(w, w.forums.school);
    const without = await post(c.leader, school, {
      rule: 'school_placement',
      sourceId: ground.id,
      outcome: 'approved',
    });
    expect([without.status, without.body.error.message]).toEqual([
      422,
      'Angiv skoletilbuddet under anbringelsen (almindelig skole, specialklasse eller intern skole).',
    ]);
    const placed = await decide(c.leader, school, {
      rule: 'school_placement',
      sourceId: ground.id,
      outcome: 'approved',
      schoolPlacement: 'internal_school',
    });
    expect(placed).toMatchObject({ schoolPlacement: 'internal_school', stepPosition: 5 });
  });
});
