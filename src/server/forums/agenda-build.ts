import { addCalendarDays } from '../../core/calendar/zone.ts';
import { addCalendarMonths } from '../../core/casework/months.ts';
import {
  type AgendaFacts,
  type AgendaItem,
  agendaFor,
  type ForumDecision,
  type ForumKind,
  type ForumSettings,
  isInstitutional,
  isSpecialised,
  nextMeetings,
  type PlacedChildRow,
  type SpecialisedChildRow,
  settles,
} from '../../core/forums/index.ts';
import { stayStartOn } from '../../core/forums/stays.ts';
import type { ActorHandle } from '../actor-db.ts';
import { loadNonWorkingDays } from '../intake/reports.queries.ts';
import * as q from './agenda.queries.ts';
import { forumRules } from './rules.ts';

/**
 * A forum's agenda for a meeting, built from the store by the rules (agenda-rules.ts `agendaFor`):
 * the facts of the forum's kind only, read in a fixed number of queries (agenda.queries.ts). Used
 * by the agenda's read, by a decision (its item must be on the agenda) and by the close, which
 * stores what this builds.
 */

export interface AgendaForum {
  id: string;
  kind: ForumKind;
  district_id: string | null;
  rhythm: Parameters<typeof nextMeetings>[0];
}

export interface BuiltAgenda {
  meetingOn: string;
  coversUntil: string;
  items: AgendaItem[];
  /** the step each item is about (proposed, referred, or the child's current one), by rule and source */
  steps: Map<string, number>;
  settings: ForumSettings;
  /** what the build read that the items' views need again: the children's decisions, the placements' start */
  decisions: readonly { id: string; proposalId: string | null; stepPosition: number }[];
  placedSince: Map<string, string>;
}

export const itemKey = (rule: string, sourceId: string) => `${rule}\u0000${sourceId}`;

/** The day before the forum's next meeting (the next planned one, else the rhythm's next day). */
async function coversUntilOf(h: ActorHandle, forum: AgendaForum, meetingOn: string): Promise<string> {
  const planned = await q.nextPlannedMeeting(h.tx, forum.id, meetingOn);
  const closing = await loadNonWorkingDays(h.tx, h.actor.municipalityId);
  const [rhythm] = nextMeetings(forum.rhythm, addCalendarDays(meetingOn, 1), 1, closing);
  const candidates = [planned?.held_on, rhythm].filter((d): d is string => d !== undefined && d > meetingOn);
  if (candidates.length === 0) return meetingOn;
  return addCalendarDays(candidates.sort()[0] as string, -1);
}

const REFERRALS_TO: Partial<Record<ForumKind, { from: ForumKind; withoutConsentOnly: boolean }>> = {
  placement_committee: { from: 'creative_council', withoutConsentOnly: false },
  school_visitation_committee: { from: 'placement_committee', withoutConsentOnly: false },
  children_committee: { from: 'placement_committee', withoutConsentOnly: true },
};

function toDecision(r: Awaited<ReturnType<typeof q.decisionsOfChildren>>[number]): ForumDecision & {
  rule: string;
} {
  return {
    id: r.id,
    forumKind: r.forum_kind,
    caseId: r.case_id,
    childId: r.child_id,
    districtId: r.district_id,
    proposalId: r.proposal_id,
    outcome: r.outcome,
    stepPosition: r.step_position,
    placement: r.placement,
    withoutConsent: r.without_consent,
    decidedOn: r.decided_on,
    rule: r.rule,
  };
}

/** The latest settling decision before the day of `kind` on the child with one of the rules. */
function lastSettled(
  decisions: readonly (ForumDecision & { rule: string })[],
  childId: string,
  kind: ForumKind,
  rules: readonly string[],
  before: string,
): string | null {
  let best: string | null = null;
  for (const d of decisions) {
    if (d.childId !== childId || d.forumKind !== kind || !rules.includes(d.rule)) continue;
    if (!settles(d) || d.decidedOn >= before) continue;
    if (best === null || d.decidedOn > best) best = d.decidedOn;
  }
  return best;
}

type Running = Awaited<ReturnType<typeof q.runningMeasures>>[number];

/** Per child, its highest running measure among the rows. */
function highestPerChild(rows: readonly Running[]): Map<string, Running> {
  const out = new Map<string, Running>();
  for (const r of rows) {
    const best = out.get(r.child_id);
    if (
      !best ||
      r.step_position > best.step_position ||
      (r.start_on > best.start_on && r.step_position === best.step_position)
    ) {
      out.set(r.child_id, r);
    }
  }
  return out;
}

export async function buildAgenda(
  h: ActorHandle,
  forum: AgendaForum,
  meetingOn: string,
): Promise<BuiltAgenda> {
  const { tx } = h;
  const { settings: s } = await forumRules(h);
  const coversUntil = await coversUntilOf(h, forum, meetingOn);
  const district = forum.kind === 'creative_council' ? forum.district_id : null;
  const specialisedChildren: SpecialisedChildRow[] = [];
  const placedChildren: PlacedChildRow[] = [];
  const facts: AgendaFacts & { decisions: (ForumDecision & { rule: string })[] } = {
    proposals: [],
    decisions: [],
    specialisedChildren,
    placedChildren,
  };
  const childIds = new Set<string>();

  const proposalRows =
    forum.kind === 'creative_council' || forum.kind === 'placement_committee'
      ? await q.openProposals(tx, forum.kind, district, meetingOn, coversUntil)
      : [];
  facts.proposals = proposalRows.map((p) => ({
    id: p.id,
    caseId: p.case_id,
    childId: p.child_id,
    districtId: p.district_id,
    stepPosition: p.step_position,
    specialisedOffer: p.specialised_offer,
    placement: p.placement,
    proposedOn: p.proposed_on,
  }));
  for (const p of proposalRows) childIds.add(p.child_id);

  const referral = REFERRALS_TO[forum.kind];
  if (referral) {
    const rows = await q.openReferrals(
      tx,
      referral.from,
      forum.kind,
      referral.withoutConsentOnly,
      meetingOn,
      coversUntil,
    );
    for (const r of rows) childIds.add(r.child_id);
  }

  // Candidates of (b), (d), (g), (h): the running measures the forum's kind looks at.
  const specialisedPositions = [...s.specialisedSteps, ...s.specialisedOfferSteps];
  const running =
    forum.kind === 'creative_council'
      ? await q.runningMeasures(tx, {
          on: meetingOn,
          minPosition: Math.min(...specialisedPositions, ...s.institutionalSteps),
          placementOnly: false,
          districtId: district,
        })
      : forum.kind === 'placement_committee'
        ? await q.runningMeasures(tx, {
            on: meetingOn,
            minPosition: 1,
            placementOnly: true,
            districtId: null,
            // (d): from `aftercareLeadMonths` before 17½ until the 18th birthday, with a month's slack.
            bornAfter: addCalendarMonths(meetingOn, -12 * 18),
            bornOnOrBefore: addCalendarMonths(coversUntil, s.aftercareLeadMonths + 1 - 210),
          })
        : forum.kind === 'political_review'
          ? await q.runningMeasures(tx, {
              on: meetingOn,
              minPosition: 1,
              placementOnly: true,
              districtId: null,
            })
          : [];
  const highest = highestPerChild(running);
  for (const id of highest.keys()) childIds.add(id);

  const ids = [...childIds];
  const [history, decisionRows] = await Promise.all([
    q.measureHistory(tx, [...highest.keys()]),
    q.decisionsOfChildren(tx, ids),
  ]);
  facts.decisions = decisionRows.map(toDecision);
  const historyOf = new Map<string, typeof history>();
  for (const m of history) historyOf.set(m.child_id, [...(historyOf.get(m.child_id) ?? []), m]);
  const span = (m: (typeof history)[number]) => ({ startOn: m.start_on, endedOn: m.ended_on });

  for (const [childId, top] of highest) {
    const own = historyOf.get(childId) ?? [];
    const subject = { caseId: top.case_id, childId, districtId: top.district_id };
    const step = { stepPosition: top.step_position, specialisedOffer: top.specialised };
    if (forum.kind === 'creative_council' && isSpecialised(step, s)) {
      const specialised = own.filter((m) =>
        isSpecialised({ stepPosition: m.step_position, specialisedOffer: m.specialised }, s),
      );
      specialisedChildren.push({
        ...subject,
        ...step,
        since: stayStartOn(specialised.map(span), meetingOn) ?? top.start_on,
        lastReviewOn: lastSettled(
          facts.decisions,
          childId,
          'creative_council',
          ['specialised_review', 'specialised_proposal'],
          meetingOn,
        ),
      } satisfies SpecialisedChildRow);
    }
    if (top.track !== 'placement') continue;
    if (forum.kind === 'creative_council' && !isInstitutional(top.step_position, s)) continue;
    const placements = own.filter((m) => m.track === 'placement');
    const onStep = placements.filter((m) => m.step_position === top.step_position);
    placedChildren.push({
      ...subject,
      birthDate: top.birth_date,
      placedSince: stayStartOn(placements.map(span), meetingOn) ?? top.start_on,
      stepPosition: top.step_position,
      stepSince: stayStartOn(onStep.map(span), meetingOn) ?? top.start_on,
      lastPoliticalReviewOn: lastSettled(
        facts.decisions,
        childId,
        'political_review',
        ['political_review'],
        meetingOn,
      ),
      aftercareDecidedOn: lastSettled(
        facts.decisions,
        childId,
        'placement_committee',
        ['aftercare_decision'],
        meetingOn,
      ),
    } satisfies PlacedChildRow);
  }

  const window = { meetingOn, coversUntil };
  const items = agendaFor({ kind: forum.kind, districtId: forum.district_id }, facts, window, s);
  const steps = new Map<string, number>();
  const proposalStep = new Map(facts.proposals.map((p) => [p.id, p.stepPosition]));
  const decisionStep = new Map(facts.decisions.map((d) => [d.id, d.stepPosition]));
  for (const i of items) {
    const step =
      i.source.kind === 'proposal'
        ? proposalStep.get(i.source.id)
        : i.source.kind === 'decision'
          ? decisionStep.get(i.source.id)
          : highest.get(i.source.id)?.step_position;
    steps.set(itemKey(i.rule, i.source.id), step ?? 0);
  }
  const placedSince = new Map(placedChildren.map((p) => [p.childId, p.placedSince]));
  return { meetingOn, coversUntil, items, steps, settings: s, decisions: facts.decisions, placedSince };
}
