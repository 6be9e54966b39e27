import type { z } from 'zod';
import type {
  ProposalCreateRequest,
  ProposalListResponse,
  ProposalView,
} from '../../core/api/forums-agenda.ts';
import { addCalendarDays, todayInCopenhagen } from '../../core/calendar/zone.ts';
import { AppError } from '../../core/errors.ts';
import {
  DECISION_OUTCOME_LABELS,
  FORUM_KIND_LABELS,
  isSpecialised,
  nextMeeting,
  settles,
} from '../../core/forums/index.ts';
import type { Tx } from '../../store/database.ts';
import type { ProposalTriedJson, ProposalViewsJson } from '../../store/schema-forums.ts';
import type { ActorHandle } from '../actor-db.ts';
import { openCase, requireOpen } from '../casework/case-access.ts';
import { conversationsOfCase } from '../casework/conversations.queries.ts';
import { familyMeetingsOfCase } from '../casework/family-meetings.queries.ts';
import { measuresProgress } from '../casework/follow-ups-progress.ts';
import { measuresOfCase } from '../casework/measures.queries.ts';
import { type Created, createOnce, requestHash } from '../idempotency.ts';
import { loadNonWorkingDays } from '../intake/reports.queries.ts';
import * as q from './proposals.queries.ts';
import { forumRules } from './rules.ts';

/**
 * Proposals (indstillinger, issue #12 item 2, docs/forums.md "Proposals"): from the case, the
 * caseworker proposes an offer to the forum the rules name, with what was tried and its progress
 * and the child's and the parents' views as the forum will see them (a snapshot: a later follow-up
 * does not change what the forum was shown). It goes on the forum's next meeting by the agenda
 * rules; nothing is scheduled by hand.
 */

/** How many of the child's and the parents' latest words the proposal carries. */
const VIEWS_KEPT = 5;

const unprocessable = (message: string) => new AppError('unprocessable', message);

/** What was tried on the case, with its progress (case work's follow-up progress, not its tables). */
async function triedOnCase(tx: Tx, caseId: string): Promise<ProposalTriedJson[]> {
  const measures = await measuresOfCase(tx, caseId);
  const progress = await measuresProgress(
    tx,
    measures.map((m) => m.id),
  );
  return measures.map((m) => {
    const p = progress.get(m.id);
    return {
      measureId: m.id,
      offerName: m.offer_name,
      stepPosition: m.step_position,
      startOn: m.start_on,
      endedOn: m.ended_on,
      firstScore: p?.firstScore ?? null,
      latestScore: p?.latestScore ?? null,
      noProgressFlag: p?.noProgressFlag ?? false,
    };
  });
}

/** The child's own words (child conversations) and the family meetings' agreements, newest first. */
async function viewsOnCase(tx: Tx, caseId: string): Promise<ProposalViewsJson> {
  const [conversations, meetings] = await Promise.all([
    conversationsOfCase(tx, caseId),
    familyMeetingsOfCase(tx, caseId),
  ]);
  return {
    child: conversations.slice(0, VIEWS_KEPT).map((c) => ({ heldOn: c.held_on, text: c.child_words })),
    parents: meetings.slice(0, VIEWS_KEPT).map((f) => ({
      heldOn: f.held_on,
      text: f.agreements ? `${f.purpose}: ${f.agreements}` : f.purpose,
    })),
  };
}

/** POST /api/cases/:id/proposals: to the forum the rules name; 201, a retry 200, the key reused 409. */
export async function createProposal(
  h: ActorHandle,
  caseId: string,
  r: ProposalCreateRequest,
): Promise<Created<ProposalView>> {
  const { tx, actor } = h;
  const hash = requestHash({ caseId, ...r });
  return createOnce(
    {
      key: r.idempotencyKey,
      byKey: (key) => q.proposalByKey(tx, key),
      sameRequest: (row) => row.request_hash === hash && row.proposed_by === actor.userId,
      what: 'en anden indstilling',
      view: (row) => proposalViews(h, [row]).then((v) => v[0] as ProposalView),
    },
    // forums-policy.ts `mayPropose` is the case's write right: the door decides and audits it.
    (id, keyDetails) =>
      openCase(h, caseId, 'write', {
        action: 'create',
        entityType: 'forum_proposal',
        entityId: id,
        details: { offerIds: r.offerIds, ...keyDetails },
      }),
    async (id, { row: c }) => {
      requireOpen(c);
      const offers = await q.offersInForce(tx, r.offerIds);
      const byId = new Map(offers.map((o) => [o.id, o]));
      const first = byId.get(r.offerIds[0] as string);
      if (r.offerIds.some((o) => byId.get(o)?.status !== 'active')) {
        throw unprocessable('Et af tilbuddene findes ikke i kommunens aktive tilbudsvifte.');
      }
      if (!first || first.step_position === null || first.step_category === null) {
        throw unprocessable('Tilbuddets trin findes ikke på den gældende indsatstrappe.');
      }
      const placement = first.step_category === 'placement';
      if (r.withoutConsent && !placement) {
        throw unprocessable('Kun en anbringelse kan indstilles uden samtykke.');
      }
      const { settings } = await forumRules(h);
      const step = { stepPosition: first.step_position, specialisedOffer: first.specialised };
      const forumKind = isSpecialised(step, settings)
        ? 'creative_council'
        : placement
          ? 'placement_committee'
          : null;
      if (forumKind === null) {
        throw unprocessable(
          `Trin ${step.stepPosition} med dette tilbud skal ikke forelægges et mødeforum: start indsatsen direkte.`,
        );
      }
      const [tried, views] = await Promise.all([triedOnCase(tx, caseId), viewsOnCase(tx, caseId)]);
      const inserted = await q.insertProposal(tx, {
        id,
        municipality_id: actor.municipalityId,
        case_id: caseId,
        child_id: c.child_id,
        forum_kind: forumKind,
        district_id: c.district_id,
        offer_ids: r.offerIds,
        step_position: step.stepPosition,
        specialised_offer: step.specialisedOffer,
        placement,
        without_consent: r.withoutConsent,
        reason: r.reason,
        network_contribution: r.networkContribution,
        tried: JSON.stringify(tried),
        views: JSON.stringify(views),
        proposed_on: todayInCopenhagen(),
        proposed_by: actor.userId,
        idempotency_key: r.idempotencyKey,
        request_hash: hash,
      });
      return inserted ? q.proposalById(tx, id) : undefined;
    },
  );
}

/**
 * The open meeting whose agenda takes the proposal: the last one before the proposal when no other
 * meeting (planned or in the rhythm) falls between them — it covers until the day before its next —
 * else the first on or after it. After a postponement, the first meeting after it.
 */
function meetingTaking(
  forum: Awaited<ReturnType<typeof q.proposalForums>>[number],
  meetings: Awaited<ReturnType<typeof q.openMeetingsFrom>>,
  postponedOn: string | null,
  proposedOn: string,
  closing: Awaited<ReturnType<typeof loadNonWorkingDays>>,
) {
  const own = meetings.filter((m) => m.forum_id === forum.id);
  if (postponedOn) return own.find((m) => m.held_on > postponedOn);
  const before = own.filter((m) => m.held_on < proposedOn).at(-1);
  if (before && nextMeeting(forum.rhythm, addCalendarDays(before.held_on, 1), closing) > proposedOn) {
    return before;
  }
  return own.find((m) => m.held_on >= proposedOn);
}

/** GET /api/cases/:id/proposals: the case's proposals, newest first, with where each stands. */
export async function listProposals(
  h: ActorHandle,
  caseId: string,
): Promise<z.infer<typeof ProposalListResponse>> {
  await openCase(h, caseId, 'read', { action: 'read', entityType: 'forum_proposal', entityId: null });
  return { proposals: await proposalViews(h, await q.proposalsOfCase(h.tx, caseId)) };
}

/** How long a decided proposal stays on its proposer's "Mit overblik". */
const DECIDED_SHOWN_DAYS = 30;

/**
 * GET /api/proposals/mine ("Mit overblik"): the caller's proposals still waiting or on an agenda,
 * and those decided in the last 30 days, so the proposer sees the forum's answer. One read naming
 * the cases and children shown.
 */
export async function myProposals(h: ActorHandle): Promise<z.infer<typeof ProposalListResponse>> {
  const since = addCalendarDays(todayInCopenhagen(), -DECIDED_SHOWN_DAYS);
  const all = await proposalViews(h, await q.proposalsBy(h.tx, h.actor.userId));
  const shown = all.filter((p) => p.status.state !== 'decided' || p.status.decidedOn >= since);
  await h.audit({
    action: 'read',
    entityType: 'forum_proposal',
    entityId: null,
    details: {
      part: 'mine',
      caseIds: [...new Set(shown.map((p) => p.caseId))],
      childIds: [
        ...new Set(
          (
            await q.childrenOfProposals(
              h.tx,
              shown.map((p) => p.id),
            )
          ).map((r) => r.child_id),
        ),
      ],
    },
  });
  return { proposals: shown };
}

type StatusContext = {
  decisions: Awaited<ReturnType<typeof q.decisionsOnProposals>>;
  forums: Awaited<ReturnType<typeof q.proposalForums>>;
  meetings: Awaited<ReturnType<typeof q.openMeetingsFrom>>;
  closing: Awaited<ReturnType<typeof loadNonWorkingDays>>;
  today: string;
};

async function statusContext(h: ActorHandle, rows: readonly q.ProposalRow[]): Promise<StatusContext> {
  const { tx } = h;
  const [decisions, forums] = await Promise.all([
    q.decisionsOnProposals(
      tx,
      rows.map((r) => r.id),
    ),
    q.proposalForums(tx),
  ]);
  const earliest = rows.reduce((d, r) => (r.proposed_on < d ? r.proposed_on : d), '9999-12-31');
  const [meetings, closing] = await Promise.all([
    q.openMeetingsFrom(
      tx,
      forums.map((f) => f.id),
      // a meeting up to a quarter before may still cover the proposal (no meeting in between)
      addCalendarDays(earliest, -92),
    ),
    loadNonWorkingDays(tx, h.actor.municipalityId),
  ]);
  return { decisions, forums, meetings, closing, today: todayInCopenhagen() };
}

function forumOf(r: q.ProposalRow, forums: StatusContext['forums']) {
  return forums.find(
    (f) => f.kind === r.forum_kind && (f.kind !== 'creative_council' || f.district_id === r.district_id),
  );
}

function statusOf(r: q.ProposalRow, ctx: StatusContext): ProposalView['status'] {
  const own = ctx.decisions.filter((d) => d.proposal_id === r.id);
  const settled = own.filter(settles).at(-1);
  if (settled) {
    return {
      state: 'decided',
      outcome: settled.outcome,
      outcomeLabel: DECISION_OUTCOME_LABELS[settled.outcome],
      stepPosition: settled.step_position,
      decidedOn: settled.decided_on,
      meetingId: settled.meeting_id,
      decisionId: settled.id,
    };
  }
  const forum = forumOf(r, ctx.forums);
  if (!forum) return { state: 'waiting', nextMeetingOn: null };
  const next = meetingTaking(forum, ctx.meetings, own.at(-1)?.decided_on ?? null, r.proposed_on, ctx.closing);
  if (next)
    return { state: 'on_agenda', meeting: { id: next.id, heldOn: next.held_on, forumName: forum.name } };
  const from = r.proposed_on > ctx.today ? r.proposed_on : ctx.today;
  return { state: 'waiting', nextMeetingOn: nextMeeting(forum.rhythm, from, ctx.closing) };
}

/**
 * The proposals as the API shows them, with their status (unless `withStatus` is false: an agenda's
 * summary shows the proposal, not where it stands); a fixed number of queries for any number.
 */
export async function proposalViews(
  h: ActorHandle,
  rows: readonly q.ProposalRow[],
  withStatus = true,
): Promise<ProposalView[]> {
  if (rows.length === 0) return [];
  const [names, ctx] = await Promise.all([
    q.offerNames(h.tx, [...new Set(rows.flatMap((r) => r.offer_ids))]),
    withStatus ? statusContext(h, rows) : Promise.resolve(null),
  ]);
  const offerName = new Map(names.map((n) => [n.id, n.name]));
  return rows.map((r) => ({
    id: r.id,
    caseId: r.case_id,
    forumKind: r.forum_kind,
    forumLabel: (ctx && forumOf(r, ctx.forums)?.name) || FORUM_KIND_LABELS[r.forum_kind],
    district: r.district_id && r.district_name ? { id: r.district_id, name: r.district_name } : null,
    offers: r.offer_ids.map((id) => ({ id, name: offerName.get(id) ?? '' })),
    stepPosition: r.step_position,
    specialisedOffer: r.specialised_offer,
    placement: r.placement,
    withoutConsent: r.without_consent,
    reason: r.reason,
    networkContribution: r.network_contribution,
    tried: r.tried,
    views: r.views,
    proposedOn: r.proposed_on,
    proposedBy: { id: r.proposed_by, name: r.proposed_by_name },
    status: ctx ? statusOf(r, ctx) : { state: 'waiting', nextMeetingOn: null },
  }));
}
