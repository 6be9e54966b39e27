import { addCalendarDays, type CalendarDate } from '../calendar/zone.ts';
import { addCalendarMonths } from '../casework/months.ts';
import { danishDate } from '../detection/dates.ts';
import type { ErrorId } from '../errors.ts';
import { DECISION_OUTCOME_LABELS, type ForumDecision } from './decisions.ts';
import { FORUM_KIND_LABELS, type ForumKind } from './kinds.ts';
import { DEFAULT_FORUM_SETTINGS, type ForumSettings, isSpecialised, type StepRef } from './settings.ts';

/**
 * The escalation gate (issue #12 item 5, domain.md `escalation-forum`): a measure on a specialised
 * step, or any placement, starts only on a recorded, approving decision of the forum its rule
 * names — the council (a) for a specialised step below placement, the placement committee (c) for
 * a placement, the children's committee (f) for a placement without consent — for this child and
 * this step or a higher one, made on or before the start and at most `decisionValidityMonths`
 * calendar months before it. The last valid day is the decision date moved by that many months
 * (clamped to the month's end, casework/months.ts): a decision of 30 November covers a start on
 * 28 February (29 in a leap year), not on 1 March.
 *
 * The acute exception (BL § 49-type emergencies): a placement may start on a leader's recorded
 * emergency decision for the child, made on or before the start, if it starts by the deadline the
 * emergency gives — `emergencyDays` after it — by which the placement committee must have decided.
 */

/** The error id of a refusal (src/core/errors.ts `forum_decision_required`). */
export const FORUM_DECISION_REQUIRED = 'forum_decision_required' satisfies ErrorId;

export interface MeasureToStart extends StepRef {
  childId: string;
  placement: boolean;
  withoutConsent: boolean;
  startOn: CalendarDate;
}

export type GateDecision = Pick<
  ForumDecision,
  'id' | 'forumKind' | 'childId' | 'outcome' | 'stepPosition' | 'decidedOn'
>;

/** A leader's recorded emergency decision to place a child at once. */
export interface EmergencyDecision {
  id: string;
  childId: string;
  decidedOn: CalendarDate;
}

export interface GateOptions {
  /** the decision the caller names (`forumDecisionId`); without it, any of the child's may cover */
  decisionId?: string | null;
  emergency?: EmergencyDecision | null;
}

/** Why no decision covers the start. */
export type GateProblem =
  | 'missing'
  | 'unknown_decision'
  | 'wrong_forum'
  | 'not_approved'
  | 'lower_step'
  | 'after_start'
  | 'expired'
  | 'emergency_not_covering';

export type GateResult =
  | { allowed: true; basis: 'not_gated' }
  | { allowed: true; basis: 'decision'; forumKind: ForumKind; decisionId: string }
  | {
      allowed: true;
      basis: 'emergency';
      emergencyDecisionId: string;
      /** the placement committee must have decided by this day (a deadline on supervision) */
      forumKind: 'placement_committee';
      reachForumBy: CalendarDate;
    }
  | {
      allowed: false;
      error: typeof FORUM_DECISION_REQUIRED;
      forumKind: ForumKind;
      problem: GateProblem;
      /** Danish, naming the forum whose decision is missing */
      message: string;
    };

/** The forum whose approval a measure needs, or null when it starts without one. */
export function requiredForum(
  m: Pick<MeasureToStart, 'placement' | 'withoutConsent'> & StepRef,
  settings: ForumSettings = DEFAULT_FORUM_SETTINGS,
): ForumKind | null {
  if (m.placement) return m.withoutConsent ? 'children_committee' : 'placement_committee';
  return isSpecialised(m, settings) ? 'creative_council' : null;
}

/** The last day a decision of `decidedOn` covers a start. */
export function decisionValidUntil(
  decidedOn: CalendarDate,
  settings: ForumSettings = DEFAULT_FORUM_SETTINGS,
) {
  return addCalendarMonths(decidedOn, settings.decisionValidityMonths);
}

/** The day by which the placement committee must decide after an emergency decision. */
export function emergencyDeadline(decidedOn: CalendarDate, settings: ForumSettings = DEFAULT_FORUM_SETTINGS) {
  return addCalendarDays(decidedOn, settings.emergencyDays);
}

type CandidateProblem = 'wrong_forum' | 'not_approved' | 'lower_step' | 'after_start' | 'expired';

/** What keeps one decision from covering the start; null when it covers. */
function problemWith(
  d: GateDecision,
  m: MeasureToStart,
  forum: ForumKind,
  s: ForumSettings,
): CandidateProblem | null {
  if (d.forumKind !== forum) return 'wrong_forum';
  if (d.outcome !== 'approved') return 'not_approved';
  if (d.stepPosition < m.stepPosition) return 'lower_step';
  if (d.decidedOn > m.startOn) return 'after_start';
  if (decisionValidUntil(d.decidedOn, s) < m.startOn) return 'expired';
  return null;
}

function candidateDetail(problem: CandidateProblem, d: GateDecision, m: MeasureToStart, s: ForumSettings) {
  const on = danishDate(d.decidedOn);
  switch (problem) {
    case 'wrong_forum':
      return `Den angivne afgørelse er truffet af ${FORUM_KIND_LABELS[d.forumKind]}.`;
    case 'not_approved':
      return `Afgørelsen af ${on} godkendte ikke indsatsen (${DECISION_OUTCOME_LABELS[d.outcome].toLowerCase()}).`;
    case 'lower_step':
      return `Afgørelsen af ${on} godkendte trin ${d.stepPosition}, ikke trin ${m.stepPosition}.`;
    case 'after_start':
      return `Afgørelsen af ${on} er truffet efter indsatsens start ${danishDate(m.startOn)}.`;
    case 'expired':
      return `Afgørelsen af ${on} gjaldt til og med ${danishDate(decisionValidUntil(d.decidedOn, s))}.`;
  }
}

function refuse(forum: ForumKind, problem: GateProblem, detail: string, m: MeasureToStart, s: ForumSettings) {
  const message =
    `Indsatsen kræver en godkendende afgørelse fra ${FORUM_KIND_LABELS[forum]} for barnet på trin ` +
    `${m.stepPosition} eller et højere, truffet højst ${s.decisionValidityMonths} måneder før start. ${detail}`;
  const refused: GateResult = {
    allowed: false,
    error: FORUM_DECISION_REQUIRED,
    forumKind: forum,
    problem,
    message,
  };
  return refused;
}

function emergencyCovers(e: EmergencyDecision, m: MeasureToStart, s: ForumSettings): boolean {
  return (
    e.childId === m.childId && e.decidedOn <= m.startOn && m.startOn <= emergencyDeadline(e.decidedOn, s)
  );
}

/** Latest first, then by id, so the answer does not depend on the rows' order. */
function newestFirst(a: GateDecision, b: GateDecision): number {
  if (a.decidedOn !== b.decidedOn) return a.decidedOn > b.decidedOn ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Whether the measure may start, on which decision; or the refusal naming the forum whose decision
 * is missing and what was wrong with the nearest candidate (the named one, or the child's newest
 * decision of that forum).
 */
export function gateMeasure(
  m: MeasureToStart,
  decisions: readonly GateDecision[],
  options: GateOptions = {},
  s: ForumSettings = DEFAULT_FORUM_SETTINGS,
): GateResult {
  const forum = requiredForum(m, s);
  if (forum === null) return { allowed: true, basis: 'not_gated' };

  const own = decisions.filter((d) => d.childId === m.childId);
  const named = options.decisionId ?? null;
  const candidates = (
    named === null ? own.filter((d) => d.forumKind === forum) : own.filter((d) => d.id === named)
  ).sort(newestFirst);
  const judged = candidates.map((d) => ({ d, problem: problemWith(d, m, forum, s) }));
  const covering = judged.find((j) => j.problem === null);
  if (covering) return { allowed: true, basis: 'decision', forumKind: forum, decisionId: covering.d.id };

  const emergency = options.emergency ?? null;
  if (m.placement && emergency !== null && emergencyCovers(emergency, m, s)) {
    return {
      allowed: true,
      basis: 'emergency',
      emergencyDecisionId: emergency.id,
      forumKind: 'placement_committee',
      reachForumBy: emergencyDeadline(emergency.decidedOn, s),
    };
  }
  const nearest = judged[0];
  if (nearest?.problem) {
    return refuse(forum, nearest.problem, candidateDetail(nearest.problem, nearest.d, m, s), m, s);
  }
  if (emergency !== null && m.placement) {
    const detail = `Akutafgørelsen dækker ikke en start ${danishDate(m.startOn)}.`;
    return refuse(forum, 'emergency_not_covering', detail, m, s);
  }
  return named === null
    ? refuse(forum, 'missing', 'Der er ingen afgørelse for barnet.', m, s)
    : refuse(forum, 'unknown_decision', 'Den angivne afgørelse findes ikke for barnet.', m, s);
}
