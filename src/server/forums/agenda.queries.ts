import type { Insertable } from 'kysely';
import { sql } from 'kysely';
import type { ForumKind } from '../../core/forums/kinds.ts';
import type { Tx } from '../../store/database.ts';
import type { ForumAgendaItemTable } from '../../store/schema-forums.ts';
import { tenantJoin } from '../../store/tenant-join.ts';

/**
 * The store's reads behind a forum's agenda (docs/forums.md "Agendas"): only the candidates of the
 * forum's kind (and, for the council, its district), each one query over an index, so an agenda
 * costs a fixed number of statements whatever the municipality's size. The rules themselves are
 * src/core/forums/agenda-rules.ts; these reads may return more than the rules keep, never less.
 */

/** Proposals to the forum not settled by a decision before the meeting day. */
export function openProposals(
  tx: Tx,
  kind: ForumKind,
  districtId: string | null,
  meetingOn: string,
  coversUntil: string,
) {
  let query = tx
    .selectFrom('forum_proposal as p')
    .select([
      'p.id',
      'p.case_id',
      'p.child_id',
      'p.district_id',
      'p.step_position',
      'p.specialised_offer',
      'p.placement',
      'p.proposed_on',
    ])
    .where('p.forum_kind', '=', kind as 'creative_council')
    .where('p.proposed_on', '<=', coversUntil)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('forum_decision as d')
            .select(sql`1`.as('x'))
            .whereRef('d.proposal_id', '=', 'p.id')
            .where('d.forum_kind', '=', kind)
            .where('d.outcome', '<>', 'postponed')
            .where('d.decided_on', '<', meetingOn),
        ),
      ),
    );
  if (districtId !== null) query = query.where('p.district_id', '=', districtId);
  return query.execute();
}

/** Approved decisions of `from` that refer a child on to `to` and were not dealt with there before the meeting. */
export function openReferrals(
  tx: Tx,
  from: ForumKind,
  to: ForumKind,
  withoutConsentOnly: boolean,
  meetingOn: string,
  coversUntil: string,
) {
  let query = tx
    .selectFrom('forum_decision as d')
    .select('d.child_id')
    .where('d.forum_kind', '=', from)
    .where('d.outcome', '=', 'approved')
    .where('d.placement', '=', true)
    .where('d.decided_on', '<=', coversUntil)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('forum_decision as t')
            .select(sql`1`.as('x'))
            .whereRef('t.child_id', '=', 'd.child_id')
            .where('t.forum_kind', '=', to)
            .where('t.outcome', '<>', 'postponed')
            .whereRef('t.decided_on', '>=', 'd.decided_on')
            .where('t.decided_on', '<', meetingOn),
        ),
      ),
    );
  if (withoutConsentOnly) query = query.where('d.without_consent', '=', true);
  return query.execute();
}

/**
 * Measures running on the meeting day on steps from `minPosition` up (placements only, or all),
 * with the child's birth date and the case's district: the candidates of rules (b), (d), (g), (h).
 */
export function runningMeasures(
  tx: Tx,
  opts: {
    on: string;
    minPosition: number;
    placementOnly: boolean;
    districtId: string | null;
    /** (d): only children born after this day and on or before the other */
    bornAfter?: string;
    bornOnOrBefore?: string;
  },
) {
  let query = tx
    .selectFrom('measure as m')
    .innerJoin('cases as c', (j) => tenantJoin(j, 'c.id', 'm.case_id'))
    .innerJoin('child as ch', (j) => tenantJoin(j, 'ch.id', 'm.child_id'))
    .innerJoin('offer as o', (j) => tenantJoin(j, 'o.id', 'm.offer_id'))
    .select([
      'm.id',
      'm.case_id',
      'm.child_id',
      'm.step_position',
      'm.track',
      'm.start_on',
      'm.monthly_cost',
      'o.specialised',
      'c.district_id',
      'ch.birth_date',
    ])
    .where('m.start_on', '<=', opts.on)
    .where((eb) => eb.or([eb('m.ended_on', 'is', null), eb('m.ended_on', '>', opts.on)]))
    .where('m.step_position', '>=', opts.minPosition);
  if (opts.placementOnly) query = query.where('m.track', '=', 'placement');
  if (opts.districtId !== null) query = query.where('c.district_id', '=', opts.districtId);
  if (opts.bornAfter) query = query.where('ch.birth_date', '>', opts.bornAfter);
  if (opts.bornOnOrBefore) query = query.where('ch.birth_date', '<=', opts.bornOnOrBefore);
  return query.execute();
}

/** The measure history of the children (every case), to find since when a stay has lasted. */
export function measureHistory(tx: Tx, childIds: readonly string[]) {
  if (childIds.length === 0) return Promise.resolve([]);
  return tx
    .selectFrom('measure as m')
    .innerJoin('offer as o', (j) => tenantJoin(j, 'o.id', 'm.offer_id'))
    .select(['m.child_id', 'm.step_position', 'm.track', 'm.start_on', 'm.ended_on', 'o.specialised'])
    .where('m.child_id', 'in', [...childIds])
    .execute();
}

/** Every forum decision of the children concerned (the rules read their own and later ones). */
export function decisionsOfChildren(tx: Tx, childIds: readonly string[]) {
  if (childIds.length === 0) return Promise.resolve([]);
  return tx
    .selectFrom('forum_decision')
    .select([
      'id',
      'forum_kind',
      'case_id',
      'child_id',
      'district_id',
      'proposal_id',
      'rule',
      'outcome',
      'step_position',
      'placement',
      'without_consent',
      'decided_on',
    ])
    .where('child_id', 'in', [...childIds])
    .execute();
}

/** The next meeting of the forum planned after the day: the end of what this one covers. */
export function nextPlannedMeeting(tx: Tx, forumId: string, after: string) {
  return tx
    .selectFrom('forum_meeting')
    .select('held_on')
    .where('forum_id', '=', forumId)
    .where('held_on', '>', after)
    .orderBy('held_on')
    .limit(1)
    .executeTakeFirst();
}

/** The agenda kept when the meeting closed, in its order. */
export function storedAgenda(tx: Tx, meetingId: string) {
  return tx
    .selectFrom('forum_agenda_item')
    .selectAll()
    .where('meeting_id', '=', meetingId)
    .orderBy('position')
    .execute();
}

export function insertAgendaItems(tx: Tx, rows: Insertable<ForumAgendaItemTable>[]) {
  if (rows.length === 0) return Promise.resolve();
  return tx
    .insertInto('forum_agenda_item')
    .values(rows)
    .execute()
    .then(() => undefined);
}

// ---- what an item shows -----------------------------------------------------------------------

/** The cases of the items with their child, district and caseworker. */
export function casesOfItems(tx: Tx, caseIds: readonly string[]) {
  if (caseIds.length === 0) return Promise.resolve([]);
  return tx
    .selectFrom('cases as c')
    .innerJoin('child as ch', (j) => tenantJoin(j, 'ch.id', 'c.child_id'))
    .innerJoin('district as d', (j) => tenantJoin(j, 'd.id', 'c.district_id'))
    .leftJoin('app_user as u', (j) => tenantJoin(j, 'u.id', 'c.caseworker_id'))
    .select([
      'c.id',
      'c.child_id',
      'ch.first_name',
      'ch.last_name',
      'ch.birth_date',
      'd.id as district_id',
      'd.name as district_name',
      'u.id as caseworker_id',
      'u.display_name as caseworker_name',
    ])
    .where('c.id', 'in', [...caseIds])
    .execute();
}

/** The measures running on the day in the children's cases, with the offer's name. */
export function runningMeasuresOfChildren(tx: Tx, childIds: readonly string[], on: string) {
  if (childIds.length === 0) return Promise.resolve([]);
  return tx
    .selectFrom('measure as m')
    .innerJoin('offer as o', (j) => tenantJoin(j, 'o.id', 'm.offer_id'))
    .select([
      'm.id',
      'm.child_id',
      'm.step_position',
      'm.track',
      'm.start_on',
      'm.monthly_cost',
      'o.name as offer_name',
    ])
    .where('m.child_id', 'in', [...childIds])
    .where('m.start_on', '<=', on)
    .where((eb) => eb.or([eb('m.ended_on', 'is', null), eb('m.ended_on', '>', on)]))
    .orderBy('m.step_position', 'desc')
    .execute();
}

/** The decisions made at the meeting, with the names of their offer and decider. */
export function decisionsOfMeeting(tx: Tx, meetingId: string) {
  return tx
    .selectFrom('forum_decision as d')
    .innerJoin('app_user as u', (j) => tenantJoin(j, 'u.id', 'd.decided_by'))
    .leftJoin('offer as o', (j) => tenantJoin(j, 'o.id', 'd.offer_id'))
    .selectAll('d')
    .select(['u.display_name as decided_by_name', 'o.name as offer_name'])
    .where('d.meeting_id', '=', meetingId)
    .execute();
}

export type MeetingDecisionRow = Awaited<ReturnType<typeof decisionsOfMeeting>>[number];

/** Decisions by id: the referring decisions of items of rules (c), (e), (f). */
export function decisionsByIds(tx: Tx, ids: readonly string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return tx
    .selectFrom('forum_decision')
    .select(['id', 'proposal_id', 'step_position', 'offer_id', 'placement', 'without_consent'])
    .where('id', 'in', [...ids])
    .execute();
}
