import type { Insertable } from 'kysely';
import type { Tx } from '../../store/database.ts';
import type { ForumProposalTable } from '../../store/schema-forums.ts';
import { tenantJoin } from '../../store/tenant-join.ts';
import { offersOnLadderInForce } from '../casework/measures.queries.ts';

/** Queries of the proposals (forum_proposal, migration 016) and what a proposal names. */

/**
 * The offers with their step as the ladder in force has it (as case work's `offerInForce`), and
 * whether the catalog marks them specialised. `step_*` are null off that ladder.
 */
export function offersInForce(tx: Tx, offerIds: readonly string[]) {
  return offersOnLadderInForce(tx)
    .select([
      'offer.id',
      'offer.name',
      'offer.status',
      'offer.specialised',
      'lvs.position as step_position',
      'lvs.category as step_category',
    ])
    .where('offer.id', 'in', [...offerIds])
    .execute();
}

export function offerNames(tx: Tx, offerIds: readonly string[]) {
  if (offerIds.length === 0) return Promise.resolve([]);
  return tx
    .selectFrom('offer')
    .select(['id', 'name'])
    .where('id', 'in', [...offerIds])
    .execute();
}

function proposals(tx: Tx) {
  return tx
    .selectFrom('forum_proposal as p')
    .innerJoin('app_user as u', (j) => tenantJoin(j, 'u.id', 'p.proposed_by'))
    .leftJoin('district as d', (j) => tenantJoin(j, 'd.id', 'p.district_id'))
    .selectAll('p')
    .select(['u.display_name as proposed_by_name', 'd.name as district_name']);
}

export type ProposalRow = Awaited<ReturnType<ReturnType<typeof proposals>['executeTakeFirstOrThrow']>>;

export function proposalByKey(tx: Tx, key: string) {
  return proposals(tx).where('p.idempotency_key', '=', key).executeTakeFirst();
}

export function proposalById(tx: Tx, id: string) {
  return proposals(tx).where('p.id', '=', id).executeTakeFirst();
}

export function proposalsByIds(tx: Tx, ids: readonly string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return proposals(tx)
    .where('p.id', 'in', [...ids])
    .execute();
}

/** Newest first. */
export function proposalsOfCase(tx: Tx, caseId: string) {
  return proposals(tx).where('p.case_id', '=', caseId).orderBy('p.created_at', 'desc').execute();
}

/** Proposals of a user, newest first (its "Mit overblik"). */
export function proposalsBy(tx: Tx, userId: string) {
  return proposals(tx).where('p.proposed_by', '=', userId).orderBy('p.created_at', 'desc').execute();
}

/** undefined: a concurrent request with the same key committed first. */
export function insertProposal(tx: Tx, row: Insertable<ForumProposalTable>) {
  return tx
    .insertInto('forum_proposal')
    .values(row)
    .onConflict((oc) => oc.columns(['municipality_id', 'idempotency_key']).doNothing())
    .returning('id')
    .executeTakeFirst();
}

/** The decisions on the proposals (any forum: the council's, then the committee's on a referral). */
export function decisionsOnProposals(tx: Tx, proposalIds: readonly string[]) {
  if (proposalIds.length === 0) return Promise.resolve([]);
  return tx
    .selectFrom('forum_decision')
    .select([
      'id',
      'proposal_id',
      'meeting_id',
      'forum_kind',
      'outcome',
      'step_position',
      'decided_on',
      'created_at',
    ])
    .where('proposal_id', 'in', [...proposalIds])
    .orderBy('decided_on')
    .orderBy('created_at')
    .execute();
}

/** The municipality's forums of the kinds proposals go to, with their rhythm. */
export function proposalForums(tx: Tx) {
  return tx
    .selectFrom('forum')
    .select(['id', 'kind', 'district_id', 'name', 'rhythm'])
    .where('kind', 'in', ['creative_council', 'placement_committee'])
    .where('active', '=', true)
    .execute();
}

/** The forums' meetings not closed, on or after the day, in date order. */
export function openMeetingsFrom(tx: Tx, forumIds: readonly string[], from: string) {
  if (forumIds.length === 0) return Promise.resolve([]);
  return tx
    .selectFrom('forum_meeting')
    .select(['id', 'forum_id', 'held_on'])
    .where('forum_id', 'in', [...forumIds])
    .where('held_on', '>=', from)
    .where('closed_at', 'is', null)
    .orderBy('held_on')
    .execute();
}

export function childrenOfProposals(tx: Tx, ids: readonly string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return tx
    .selectFrom('forum_proposal')
    .select('child_id')
    .where('id', 'in', [...ids])
    .execute();
}
