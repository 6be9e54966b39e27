import { createHash } from 'node:crypto';
import type { AgendaView } from '../../core/access/forums-policy.ts';
import type {
  AgendaItemView,
  CaseSummary,
  DecisionView,
  PseudonymisedSummary,
} from '../../core/api/forums-agenda.ts';
import { addCalendarMonths, monthsBetween } from '../../core/casework/months.ts';
import { AGENDA_RULE_LABELS, type AgendaRule, DECISION_OUTCOME_LABELS } from '../../core/forums/index.ts';
import { stayStartOn } from '../../core/forums/stays.ts';
import { ageOn } from '../../core/people.ts';
import type { AgendaSourceKind } from '../../store/schema-forums.ts';
import type { ActorHandle } from '../actor-db.ts';
import { measuresProgress } from '../casework/follow-ups-progress.ts';
import * as q from './agenda.queries.ts';
import { type BuiltAgenda, itemKey } from './agenda-build.ts';
import * as pq from './proposals.queries.ts';
import { proposalViews } from './proposals.ts';

/**
 * What each agenda item shows (docs/forums.md "Agendas"), by the view forums-policy.ts
 * `decideAgendaRead` gives: `case_summary` — the child's name and age, the case, district and
 * caseworker, the proposal (or the one behind a referral) and the running measures with their
 * latest progress, never the full case; `pseudonymised` (the political review) — a per-meeting
 * pseudonym, age, step, placement duration, monthly cost and latest progress, and no name, CPR,
 * case or child id. Built for any number of items in a fixed number of queries.
 */

export interface AgendaEntry {
  rule: AgendaRule;
  caseId: string;
  childId: string;
  source: { kind: AgendaSourceKind; id: string };
  reason: string;
  dueOn: string;
}

/** Names an item in a decision request without naming the child: stable within the meeting. */
export function itemRefOf(meetingId: string, rule: string, sourceId: string): string {
  return createHash('sha256').update(`${meetingId}:${rule}:${sourceId}`).digest('hex').slice(0, 24);
}

export function decisionView(d: q.MeetingDecisionRow): DecisionView {
  return {
    id: d.id,
    rule: d.rule,
    outcome: d.outcome,
    outcomeLabel: DECISION_OUTCOME_LABELS[d.outcome],
    stepPosition: d.step_position,
    offer: d.offer_id ? { id: d.offer_id, name: d.offer_name ?? '' } : null,
    placement: d.placement,
    withoutConsent: d.without_consent,
    validUntil: d.valid_until,
    schoolPlacement: d.school_placement,
    reasons: d.reasons,
    missing: d.missing,
    participants: d.participants,
    decidedOn: d.decided_on,
    decidedBy: { id: d.decided_by, name: d.decided_by_name },
  };
}

/** Whole months from `from` to `to`, counting a month only once its day has come. */
function wholeMonths(from: string, to: string): number {
  const n = monthsBetween(from, to);
  return addCalendarMonths(from, n) > to ? n - 1 : n;
}

export async function agendaItemViews(
  h: ActorHandle,
  meetingId: string,
  meetingOn: string,
  entries: readonly AgendaEntry[],
  view: AgendaView,
  /** what the agenda's build read already (a meeting not closed): spares reading it again */
  built?: Pick<BuiltAgenda, 'decisions' | 'placedSince'>,
): Promise<AgendaItemView[]> {
  const { tx } = h;
  const childIds = [...new Set(entries.map((e) => e.childId))];
  const sourceIds = (kind: AgendaSourceKind) =>
    entries.filter((e) => e.source.kind === kind).map((e) => e.source.id);
  const referringIds = new Set(sourceIds('decision'));
  const [decisions, referring, cases, running, history] = await Promise.all([
    q.decisionsOfMeeting(tx, meetingId),
    built
      ? built.decisions
          .filter((d) => referringIds.has(d.id))
          .map((d) => ({ id: d.id, proposal_id: d.proposalId, step_position: d.stepPosition }))
      : q.decisionsByIds(tx, [...referringIds]),
    q.casesOfItems(tx, [...new Set(entries.map((e) => e.caseId))]),
    q.runningMeasuresOfChildren(tx, childIds, meetingOn),
    view === 'pseudonymised' && !built ? q.measureHistory(tx, childIds) : Promise.resolve([]),
  ]);
  const referral = new Map(referring.map((d) => [d.id, d]));
  const proposalIds = [
    ...sourceIds('proposal'),
    ...referring.map((d) => d.proposal_id).filter((id): id is string => id !== null),
  ];
  const [proposalRows, progress] = await Promise.all([
    view === 'case_summary' ? pq.proposalsByIds(tx, [...new Set(proposalIds)]) : Promise.resolve([]),
    measuresProgress(
      tx,
      running.map((m) => m.id),
    ),
  ]);
  const proposals = new Map((await proposalViews(h, proposalRows, false)).map((p) => [p.id, p]));
  const decided = new Map(decisions.map((d) => [itemKey(d.rule, d.source_id), d]));
  const caseById = new Map(cases.map((c) => [c.id, c]));
  const runningOf = (childId: string) => running.filter((m) => m.child_id === childId);

  return entries.map((e, n) => {
    const d = decided.get(itemKey(e.rule, e.source.id));
    const own = runningOf(e.childId);
    const proposalId =
      e.source.kind === 'proposal' ? e.source.id : (referral.get(e.source.id)?.proposal_id ?? null);
    const proposal = proposalId ? proposals.get(proposalId) : undefined;
    const stepPosition =
      e.source.kind === 'proposal'
        ? (proposal?.stepPosition ?? d?.step_position ?? 0)
        : e.source.kind === 'decision'
          ? (referral.get(e.source.id)?.step_position ?? 0)
          : (own[0]?.step_position ?? d?.step_position ?? 0);
    const c = caseById.get(e.caseId);
    const base = {
      position: n + 1,
      itemRef: itemRefOf(meetingId, e.rule, e.source.id),
      rule: e.rule,
      ruleLabel: AGENDA_RULE_LABELS[e.rule],
      reason: e.reason,
      dueOn: e.dueOn,
      stepPosition,
      decision: d ? decisionView(d) : null,
    };
    if (view === 'pseudonymised') {
      const placedSince =
        built?.placedSince.get(e.childId) ??
        stayStartOn(
          history
            .filter((m) => m.child_id === e.childId && m.track === 'placement')
            .map((m) => ({ startOn: m.start_on, endedOn: m.ended_on })),
          meetingOn,
        ) ??
        meetingOn;
      const placed = own.filter((m) => m.track === 'placement');
      const costs = placed.map((m) => m.monthly_cost).filter((x): x is string => x !== null);
      const top = progress.get(placed[0]?.id ?? '');
      const pseudonymised: PseudonymisedSummary = {
        pseudonym: `Barn ${n + 1}`,
        age: c ? ageOn(c.birth_date, meetingOn) : 0,
        stepPosition,
        placedSince,
        placementMonths: wholeMonths(placedSince, meetingOn),
        monthlyCost: costs.length ? costs.reduce((sum, x) => sum + Number(x), 0) : null,
        latestScore: top?.latestScore ?? null,
        noProgressFlag: top?.noProgressFlag ?? false,
      };
      return { ...base, source: null, summary: null, pseudonymised };
    }
    const summary: CaseSummary = {
      caseId: e.caseId,
      child: c
        ? { name: `${c.first_name} ${c.last_name}`, age: ageOn(c.birth_date, meetingOn) }
        : { name: '', age: 0 },
      district: c ? { id: c.district_id, name: c.district_name } : null,
      caseworker: c?.caseworker_id ? { id: c.caseworker_id, name: c.caseworker_name ?? '' } : null,
      proposal: proposal ? (({ status: _s, caseId: _c, ...rest }) => rest)(proposal) : null,
      runningMeasures: own.map((m) => ({
        offerName: m.offer_name,
        stepPosition: m.step_position,
        startOn: m.start_on,
        monthlyCost: m.monthly_cost === null ? null : Number(m.monthly_cost),
        latestScore: progress.get(m.id)?.latestScore ?? null,
        noProgressFlag: progress.get(m.id)?.noProgressFlag ?? false,
      })),
    };
    return { ...base, source: e.source, summary, pseudonymised: null };
  });
}
