import { expect } from 'vitest';
import { isWorkingDay } from '../../core/calendar/working-days.ts';
import { addCalendarDays, todayInCopenhagen } from '../../core/calendar/zone.ts';
import { replacementCpr } from '../../core/cpr.ts';
import { asSystem } from '../../store/database.ts';
import { createLadderOffers } from '../../testing/casework.ts';
import { type ApiClient, loginAs, type TestServer } from '../../testing/server.ts';
import { copyOffer, updateOffer } from '../casework/measures.testing.ts';
import {
  addUserMember,
  councilBody,
  createForum,
  EVERY_SECOND_TUESDAY,
  meetingIn,
  newKey,
} from './forums.testing.ts';

/**
 * Test-only world of the proposal, agenda and decision tests: the default ladder's offers (with a
 * legal basis) and MST, a specialised offer on step 3; a council per district and every
 * municipality-wide forum, each chaired by the leader with the caseworker as member; children with
 * cases and measures written as rows, as case work would have left them.
 */

export const today = todayInCopenhagen();

/** The last working day on or before today: a meeting held there covers proposals made today. */
export function meetingDay(): string {
  let d = today;
  while (!isWorkingDay(d)) d = addCalendarDays(d, -1);
  return d;
}

export interface ForumWorld {
  offers: Record<number, string>;
  mst: string;
  forums: Record<'council' | 'council2' | 'placement' | 'school' | 'children' | 'political', string>;
  admin: ApiClient;
  leader: ApiClient;
}

const MUNICIPALITY_WIDE = {
  placement: ['placement_committee', 'Anbringelses- og efterværnsudvalget'],
  school: ['school_visitation_committee', 'Visitationsudvalget'],
  children: ['children_committee', 'Børne- og ungeudvalget'],
  political: ['political_review', 'Politisk gennemgang'],
} as const;

/** The ladder's offers with a legal basis, and MST: a specialised offer on step 3. */
export async function forumOffers(server: TestServer): Promise<Pick<ForumWorld, 'offers' | 'mst'>> {
  const offers = await createLadderOffers(server.db, server.municipality);
  for (const position of [1, 2, 3, 4, 5, 6]) {
    await updateOffer(server.db, offers[position] as string, {
      legal_basis: `Barnets lov, trin ${position}`,
    });
  }
  const mst = await copyOffer(server.db, offers[3] as string, { name: 'MST', age_min: 0, age_max: 22 });
  await asSystem(server.db, 'test-fixture', (tx) =>
    tx.updateTable('offer').set({ specialised: true }).where('id', '=', mst).execute(),
  );
  return { offers, mst };
}

export async function forumWorld(server: TestServer): Promise<ForumWorld> {
  const { offers, mst } = await forumOffers(server);
  const admin = await loginAs(server, 'admin');
  const leader = await loginAs(server, 'leader');
  const { d1, d2 } = server.municipality.districts;
  const forums = {
    council: await createForum(admin, councilBody(d1, 'Det Kreative Råd Nord')),
    council2: await createForum(admin, councilBody(d2, 'Det Kreative Råd Syd')),
  } as ForumWorld['forums'];
  for (const [key, [kind, name]] of Object.entries(MUNICIPALITY_WIDE)) {
    forums[key as keyof typeof MUNICIPALITY_WIDE] = await createForum(admin, {
      idempotencyKey: newKey(),
      kind,
      name,
      rhythm: EVERY_SECOND_TUESDAY,
    });
  }
  for (const id of Object.values(forums)) {
    await addUserMember(admin, id, server.users.leader.id, true);
    await addUserMember(admin, id, server.users.caseworker.id);
  }
  return { offers, mst, forums, admin, leader };
}

/** A published meeting of the forum on the meeting day: its id. */
export function publishedMeeting(w: ForumWorld, forumId: string): Promise<string> {
  return meetingIn(w.leader, forumId, meetingDay(), 'published');
}

let serial = 0;

/** A child of district `district` with an open case there (caseworker: `caseworkerId`): ids. */
export async function childWithCase(
  server: TestServer,
  opts: { district: 'd1' | 'd2'; birthDate: string; firstName: string; caseworkerId?: string },
): Promise<{ childId: string; caseId: string; cpr: string; name: string }> {
  const m = server.municipality;
  const districtId = m.districts[opts.district];
  serial += 1;
  const cpr = replacementCpr(opts.birthDate, 700 + serial);
  return asSystem(server.db, 'test-fixture', async (tx) => {
    const base = { municipality_id: m.id };
    const household = await tx
      .insertInto('household')
      .values({ ...base, district_id: districtId, address: `Forumvej ${serial}` })
      .returning('id')
      .executeTakeFirstOrThrow();
    const child = await tx
      .insertInto('child')
      .values({
        ...base,
        cpr,
        first_name: opts.firstName,
        last_name: 'Forumsen',
        birth_date: opts.birthDate,
        household_id: household.id,
        district_id: districtId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const c = await tx
      .insertInto('cases')
      .values({
        ...base,
        child_id: child.id,
        district_id: districtId,
        caseworker_id: opts.caseworkerId ?? m.users.caseworker.id,
        opened_reason: 'Underretning',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return { childId: child.id, caseId: c.id, cpr, name: `${opts.firstName} Forumsen` };
  });
}

/** A measure as case work would have stored it (placements with the pre-gate free-text reference). */
export async function insertMeasure(
  server: TestServer,
  w: ForumWorld,
  opts: {
    caseId: string;
    childId: string;
    position: number;
    startOn: string;
    endedOn?: string;
    offerId?: string;
    monthlyCost?: number;
  },
): Promise<string> {
  const m = server.municipality;
  return asSystem(server.db, 'test-fixture', async (tx) => {
    const offerId = opts.offerId ?? (w.offers[opts.position] as string);
    const offer = await tx
      .selectFrom('offer as o')
      .innerJoin('ladder_version_step as lvs', (j) =>
        j.onRef('lvs.step_id', '=', 'o.step_id').onRef('lvs.municipality_id', '=', 'o.municipality_id'),
      )
      .select(['o.step_id', 'lvs.ladder_version_id', 'lvs.category', 'lvs.track'])
      .where('o.id', '=', offerId)
      .executeTakeFirstOrThrow();
    const placement = offer.category === 'placement';
    const row = await tx
      .insertInto('measure')
      .values({
        municipality_id: m.id,
        case_id: opts.caseId,
        child_id: opts.childId,
        offer_id: offerId,
        step_id: offer.step_id,
        step_position: opts.position,
        ladder_version_id: offer.ladder_version_id,
        track: placement ? 'placement' : offer.track === 'family' ? 'home' : 'early',
        start_on: opts.startOn,
        ended_on: opts.endedOn ?? null,
        end_reason: opts.endedOn ? 'other' : null,
        legal_basis: 'Barnets lov',
        monthly_cost: opts.monthlyCost ?? null,
        forum_decision_ref: placement ? 'Anbringelsesudvalget, før Trappen' : null,
        created_by: m.users.caseworker.id,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  });
}

/** A proposal made over HTTP by the caseworker, which must succeed: its body. */
export async function propose(
  client: ApiClient,
  caseId: string,
  offerIds: string[],
  extra: Record<string, unknown> = {},
) {
  const res = await client.post(`/api/cases/${caseId}/proposals`, {
    idempotencyKey: newKey(),
    offerIds,
    reason: 'Hjemmebaserede indsatser har ikke hjulpet nok.',
    ...extra,
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}

/** The agenda of a meeting as `client` reads it (must be allowed). */
export async function agendaOf(client: ApiClient, meetingId: string) {
  const res = await client.get(`/api/forum-meetings/${meetingId}/agenda`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body as { items: { rule: string; source: { id: string } | null; itemRef: string }[] } & Record<
    string,
    unknown
  >;
}

/** The chair's decision on an item, which must succeed: its body. */
export async function decide(
  client: ApiClient,
  meetingId: string,
  body: Record<string, unknown>,
): Promise<{ id: string } & Record<string, unknown>> {
  const res = await client.post(`/api/forum-meetings/${meetingId}/decisions`, {
    idempotencyKey: newKey(),
    reasons: 'Drøftet i forummet.',
    ...body,
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}
