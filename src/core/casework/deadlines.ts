import type { CalendarDate } from '../calendar/zone.ts';
import { addCalendarMonths, addWeeks, birthdayAt, laterDate } from './months.ts';

/**
 * The deadlines of a child's case (issue #6, domain.md "Deadlines and rules"), computed from the
 * case's dated facts alone: no database, no clock other than the `today` passed in. Every date is
 * a Copenhagen calendar date and every "n months" a calendar month step clamped to the month's end
 * (`addCalendarMonths`), so daylight-saving changes never move a deadline.
 *
 * Done deadlines are returned as well as open ones (the API lists `{rule, dueAt, doneAt}` and F10
 * counts on-time follow-ups), sorted by due date.
 */

/** The rules, in the order of the rule table in domain.md. */
export const CASE_RULE_IDS = [
  'assessment-4m',
  'assessment-2m',
  'plan-3m',
  'first-follow-up',
  'follow-up-home',
  'follow-up-placement',
  'supervision-visits',
  'youth-plan-16',
  'aftercare-17-5',
  'consultation-reply',
] as const;
export type CaseRuleId = (typeof CASE_RULE_IDS)[number];

/** steps 1–2 = early ("Tidlig og tæt på"), 3 = home-based, 4+ (category placement) = placement */
export type MeasureTrack = 'early' | 'home' | 'placement';

export interface CaseworkSettings {
  /** assessment-4m, BL § 20, stk. 3 */
  assessmentLimitMonths: number;
  /** assessment-2m, local target */
  assessmentTargetMonths: number;
  /** plan-3m, BL § 91 */
  planMonths: number;
  /** first-follow-up, BL § 95 */
  firstFollowUpMonths: number;
  /** follow-up-home, local (`004_*`) */
  homeFollowUpMonths: number;
  /** follow-up-placement, local (`004_*`) */
  placementFollowUpWeeks: number;
  /** supervision-visits, BL § 156, stk. 5: two a year = one every 6 months */
  supervisionVisitMonths: number;
  /** F14: a case untouched this many weeks is quiet */
  quietWeeks: number;
  /** caseload-20, local */
  caseloadTarget: number;
}

export const DEFAULT_CASEWORK_SETTINGS: CaseworkSettings = Object.freeze({
  assessmentLimitMonths: 4,
  assessmentTargetMonths: 2,
  planMonths: 3,
  firstFollowUpMonths: 3,
  homeFollowUpMonths: 3,
  placementFollowUpWeeks: 6,
  supervisionVisitMonths: 6,
  quietWeeks: 6,
  caseloadTarget: 20,
});

export interface CaseFacts {
  child: { birthDate: CalendarDate };
  assessments: {
    id: string;
    kind: 'assessment' | 'clarification';
    awareOn: CalendarDate;
    completedOn: CalendarDate | null;
    provisionalOn: CalendarDate | null;
  }[];
  plans: { id: string; kind: 'child_plan' | 'youth_plan'; agreedOn: CalendarDate }[];
  measures: {
    id: string;
    track: MeasureTrack;
    startOn: CalendarDate;
    endedOn: CalendarDate | null;
    /** weeks between follow-ups recorded at the first follow-up; null = the track's default */
    cadenceWeeks: number | null;
  }[];
  followUps: {
    id: string;
    measureId: string | null;
    kind: 'first' | 'regular' | 'supervision_visit' | 'aftercare';
    heldOn: CalendarDate;
  }[];
  /**
   * The consultations of the parties (docs/documents.md): the last day to answer, and the day the
   * last party answered when all have (a decision may then be made before the last day).
   */
  consultations?: { id: string; lastDay: CalendarDate; answeredOn: CalendarDate | null }[];
}

export interface CaseDeadline {
  rule: CaseRuleId;
  dueOn: CalendarDate;
  doneOn: CalendarDate | null;
  /** what it concerns, e.g. {kind:'measure', id} */
  subject: { kind: 'case' | 'assessment' | 'measure' | 'plan' | 'consultation'; id: string | null };
  /** Danish, e.g. "Første opfølgning på indsats" */
  label: string;
}

export const CASE_RULE_LABELS: Record<CaseRuleId, string> = Object.freeze({
  'assessment-4m': 'Børnefaglig undersøgelse afsluttet (lovens frist)',
  'assessment-2m': 'Børnefaglig undersøgelse afsluttet (lokalt mål)',
  'plan-3m': 'Barnets plan udarbejdet',
  'first-follow-up': 'Første opfølgning på indsats',
  'follow-up-home': 'Opfølgning på indsats',
  'follow-up-placement': 'Opfølgning på anbringelse',
  'supervision-visits': 'Tilsynsbesøg hos anbragt barn',
  'youth-plan-16': 'Ungeplan (fra 16 år)',
  'aftercare-17-5': 'Afgørelse om støtte efter 18 år',
  'consultation-reply': 'Svarfrist i partshøring',
});

/** Order among deadlines due the same day: the order of the rule table in domain.md. */
const RULE_ORDER: readonly CaseRuleId[] = CASE_RULE_IDS;

type Measure = CaseFacts['measures'][number];
type FollowUp = CaseFacts['followUps'][number];

function deadline(
  rule: CaseRuleId,
  dueOn: CalendarDate,
  doneOn: CalendarDate | null,
  subject: CaseDeadline['subject'],
): CaseDeadline {
  return { rule, dueOn, doneOn, subject, label: CASE_RULE_LABELS[rule] };
}

function earliest(dates: readonly CalendarDate[]): CalendarDate | null {
  let best: CalendarDate | null = null;
  for (const d of dates) if (best === null || d < best) best = d;
  return best;
}

function latest(dates: readonly CalendarDate[]): CalendarDate | null {
  let best: CalendarDate | null = null;
  for (const d of dates) if (best === null || d > best) best = d;
  return best;
}

/** A measure runs on [startOn, endedOn): it has ended on its end date. */
export function isMeasureActive(
  m: { startOn: CalendarDate; endedOn: CalendarDate | null },
  on: CalendarDate,
) {
  return m.startOn <= on && (m.endedOn === null || m.endedOn > on);
}

/**
 * The first day of the uninterrupted placement the child is in on `today` (a move from a foster
 * family to an institution the same day is one placement), or null when the child is not placed.
 * The placement rules count from here, not from the latest placement measure.
 */
export function placementStartOn(measures: readonly Measure[], today: CalendarDate): CalendarDate | null {
  const placements = measures.filter(
    (m) => m.track === 'placement' && (m.endedOn ?? '9999-12-31') > m.startOn,
  );
  if (!placements.some((m) => isMeasureActive(m, today))) return null;
  let start = today;
  // Walk back while some placement covers the day before `start` (at most one pass per measure).
  for (let moved = true; moved; ) {
    moved = false;
    for (const m of placements) {
      if (m.startOn < start && (m.endedOn === null || m.endedOn >= start)) {
        start = m.startOn;
        moved = true;
      }
    }
  }
  return start;
}

function assessmentDeadlines(facts: CaseFacts, s: CaseworkSettings): CaseDeadline[] {
  const out: CaseDeadline[] = [];
  for (const a of facts.assessments) {
    // Clarifications (BL § 19) are the light inquiry and carry neither assessment deadline.
    if (a.kind !== 'assessment') continue;
    const subject = { kind: 'assessment', id: a.id } as const;
    // assessment-4m, BL § 20, stk. 3: past 4 months a provisional assessment meets the duty.
    out.push(
      deadline(
        'assessment-4m',
        addCalendarMonths(a.awareOn, s.assessmentLimitMonths),
        a.completedOn ?? a.provisionalOn,
        subject,
      ),
    );
    // assessment-2m, local target: only the completed assessment counts.
    out.push(
      deadline(
        'assessment-2m',
        addCalendarMonths(a.awareOn, s.assessmentTargetMonths),
        a.completedOn,
        subject,
      ),
    );
  }
  return out;
}

/**
 * Due date of first-follow-up (BL § 95): 3 months after the start, or earlier when an assessment
 * running in parallel at the start (aware on or before it, not completed by it) was completed
 * before those 3 months — then the follow-up is due on the day it was completed. Never later.
 */
export function firstFollowUpDueOn(
  measure: { startOn: CalendarDate },
  assessments: CaseFacts['assessments'],
  settings: CaseworkSettings = DEFAULT_CASEWORK_SETTINGS,
): CalendarDate {
  let due = addCalendarMonths(measure.startOn, settings.firstFollowUpMonths);
  for (const a of assessments) {
    if (a.kind !== 'assessment' || a.awareOn > measure.startOn) continue;
    if (a.completedOn !== null && a.completedOn > measure.startOn && a.completedOn < due) due = a.completedOn;
  }
  return due;
}

function measureDeadlines(facts: CaseFacts, today: CalendarDate, s: CaseworkSettings): CaseDeadline[] {
  const out: CaseDeadline[] = [];
  const firstPlan = earliest(facts.plans.map((p) => p.agreedOn));
  for (const m of facts.measures) {
    const subject = { kind: 'measure', id: m.id } as const;
    const ended = (dueOn: CalendarDate) => m.endedOn !== null && m.endedOn <= dueOn;

    // plan-3m, BL § 91: a plan within 3 months of a placement or a home-based (§ 32) measure. A
    // plan agreed before the measure already covers it: done on the measure's first day. A measure
    // that ended before the plan fell due without one owed none.
    if (m.track === 'placement' || m.track === 'home') {
      const dueOn = addCalendarMonths(m.startOn, s.planMonths);
      const doneOn = firstPlan === null ? null : laterDate(firstPlan, m.startOn);
      if (doneOn !== null || !ended(dueOn)) out.push(deadline('plan-3m', dueOn, doneOn, subject));
    }

    // first-follow-up, BL § 95. A measure ended by its due date without a follow-up owed none;
    // one that ran past the date without a follow-up stays open (overdue) so the miss is seen.
    const own = facts.followUps.filter(
      (f: FollowUp) => f.measureId === m.id && (f.kind === 'first' || f.kind === 'regular'),
    );
    const firstHeld = earliest(own.filter((f) => f.kind === 'first').map((f) => f.heldOn));
    const firstDue = firstFollowUpDueOn(m, facts.assessments, s);
    if (firstHeld !== null || !ended(firstDue)) {
      out.push(deadline('first-follow-up', firstDue, firstHeld, subject));
    }

    // follow-up-home / follow-up-placement (local, `004_*`): after the first follow-up, the next one
    // falls a cadence after the latest held, at the cadence decided at the first follow-up
    // (BL § 95) or else the track's default. Only the next one, and only while the measure runs.
    if (firstHeld === null || !isMeasureActive(m, today)) continue;
    const last = latest(own.map((f) => f.heldOn)) ?? firstHeld;
    if (m.track === 'placement') {
      const dueOn = addWeeks(last, m.cadenceWeeks ?? s.placementFollowUpWeeks);
      out.push(deadline('follow-up-placement', dueOn, null, subject));
    } else {
      const dueOn =
        m.cadenceWeeks !== null
          ? addWeeks(last, m.cadenceWeeks)
          : addCalendarMonths(last, s.homeFollowUpMonths);
      out.push(deadline('follow-up-home', dueOn, null, subject));
    }
  }
  return out;
}

function placementDeadlines(facts: CaseFacts, today: CalendarDate, s: CaseworkSettings): CaseDeadline[] {
  const start = placementStartOn(facts.measures, today);
  if (start === null) return [];
  const out: CaseDeadline[] = [];
  const subject = { kind: 'case', id: null } as const;

  // supervision-visits, BL § 156, stk. 5: two a year, i.e. the next visit at most 6 months after
  // the latest one in this placement (or after the placement began).
  const lastVisit = latest(
    facts.followUps.filter((f) => f.kind === 'supervision_visit' && f.heldOn >= start).map((f) => f.heldOn),
  );
  out.push(
    deadline(
      'supervision-visits',
      addCalendarMonths(lastVisit ?? start, s.supervisionVisitMonths),
      null,
      subject,
    ),
  );

  const birth = facts.child.birthDate;
  const sixteenth = birthdayAt(birth, 16);
  const eighteenth = birthdayAt(birth, 18);

  // youth-plan-16, BL § 108: a youth plan within 3 months of turning 16 in placement (or of a
  // placement that begins after 16). Shown from 3 months before the birthday so it can be
  // prepared; a youth plan agreed from 3 months before the birthday (and within this placement)
  // meets it. Simplification: the youth plan's later revisions are not tracked here.
  if (sixteenth <= addCalendarMonths(today, 3)) {
    const from = laterDate(addCalendarMonths(sixteenth, -3), start);
    const doneOn = earliest(
      facts.plans.filter((p) => p.kind === 'youth_plan' && p.agreedOn >= from).map((p) => p.agreedOn),
    );
    out.push(deadline('youth-plan-16', addCalendarMonths(laterDate(sixteenth, start), 3), doneOn, subject));
  }

  // aftercare-17-5, BL § 111: the decision on support after 18 at least 6 months before the 18th
  // birthday. A child placed later than 17½ is overdue from the start: the decision is then urgent.
  if (today < eighteenth) {
    const doneOn = earliest(facts.followUps.filter((f) => f.kind === 'aftercare').map((f) => f.heldOn));
    out.push(deadline('aftercare-17-5', aftercareDueOn(birth), doneOn, subject));
  }
  return out;
}

/** Sort key: due date, then the rule table's order, then the subject's id. */
export function compareDeadlines(a: CaseDeadline, b: CaseDeadline): number {
  if (a.dueOn !== b.dueOn) return a.dueOn < b.dueOn ? -1 : 1;
  const r = RULE_ORDER.indexOf(a.rule) - RULE_ORDER.indexOf(b.rule);
  if (r !== 0) return r;
  const [x, y] = [a.subject.id ?? '', b.subject.id ?? ''];
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Every deadline of the case on `today`, done ones included, sorted by due date. */
/**
 * `consultation-reply` (forvaltningsloven § 19, verify): the parties' last day to answer. Done when
 * every party has answered, or once the last day has passed — then the decision may be made.
 */
function consultationDeadlines(facts: CaseFacts, today: CalendarDate): CaseDeadline[] {
  return (facts.consultations ?? []).map((c) =>
    deadline('consultation-reply', c.lastDay, c.answeredOn ?? (c.lastDay < today ? c.lastDay : null), {
      kind: 'consultation',
      id: c.id,
    }),
  );
}

export function caseDeadlines(
  facts: CaseFacts,
  today: CalendarDate,
  settings: CaseworkSettings = DEFAULT_CASEWORK_SETTINGS,
): CaseDeadline[] {
  return [
    ...assessmentDeadlines(facts, settings),
    ...measureDeadlines(facts, today, settings),
    ...placementDeadlines(facts, today, settings),
    ...consultationDeadlines(facts, today),
  ].sort(compareDeadlines);
}

/** The earliest open deadline (doneOn null) by due date; null when everything is done. */
export function nextDeadline(deadlines: readonly CaseDeadline[]): CaseDeadline | null {
  let best: CaseDeadline | null = null;
  for (const d of deadlines) {
    if (d.doneOn !== null) continue;
    if (best === null || compareDeadlines(d, best) < 0) best = d;
  }
  return best;
}

/** Open and its due date has passed: the due day itself is still on time. */
export function isOverdue(d: CaseDeadline, today: CalendarDate): boolean {
  return d.doneOn === null && d.dueOn < today;
}

/** Done on or before the due date (F10); null while open. */
export function doneOnTime(d: CaseDeadline): boolean | null {
  return d.doneOn === null ? null : d.doneOn <= d.dueOn;
}

/**
 * `aftercare-17-5` (BL § 111): the decision on support after 18 is due 6 months before the 18th
 * birthday (17½), a calendar-month step clamped to the month's end. The forums' aftercare agenda
 * (src/core/forums/agenda-rules.ts) reads the same date.
 */
export function aftercareDueOn(birthDate: CalendarDate): CalendarDate {
  return addCalendarMonths(birthdayAt(birthDate, 18), -6);
}
