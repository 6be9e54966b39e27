import { addCalendarMonths } from '../../core/casework/months.ts';
import type { Participant, Rater } from '../../store/schema-casework.ts';
import { toDate, toDay } from '../dates.ts';
import { writeAssessment, writeNetwork } from './assessment.ts';
import { ageByDay, type CaseInput, DAY_MS, instantOn, laterMinutes } from './input.ts';
import type { CaseworkData, MeasureRow, PlanGoalRow } from './rows.ts';
import type { StoryMeasure } from './story.ts';
import {
  AFTERCARE_NOTE,
  FOLLOW_UP_NOTES,
  GOAL_TEXTS,
  JOURNAL_TEXTS,
  PLAN_SUMMARIES,
  SUPERVISION_NOTES,
} from './texts.ts';

/** Writes one case's records into `out`. */
export function writeCase(input: CaseInput, out: CaseworkData): void {
  const { random, ids, municipalityId: m, caseId, today } = input;
  const last = Math.min(input.end, today) - 1;
  const ageAt = ageByDay(input.child.birth_date);
  if (input.minimal) {
    for (const a of input.assessments) writeAssessment(input, a, out);
    return;
  }
  writeNetwork(input, out);
  for (const a of input.assessments) writeAssessment(input, a, out);

  // Measures, in start order; ids in the same order every run.
  const measureRows: { row: MeasureRow; story: StoryMeasure }[] = [];
  const placementRef = new Map<number, string>();
  for (const s of input.measures) {
    const ref =
      s.track === 'placement'
        ? (placementRef.get(s.phase) ?? input.forumRef(s.start))
        : s.step === 3 && s.main && random.chance(0.4)
          ? `Det Kreative Råd, ${input.districtName} ${toDate(s.start - random.int(3, 14))}`
          : null;
    if (s.track === 'placement' && ref) placementRef.set(s.phase, ref);
    const weeks = s.offer.typical_duration_weeks;
    const row: MeasureRow = {
      municipality_id: m,
      id: ids.uuid(),
      case_id: caseId,
      child_id: input.child.id,
      offer_id: s.offer.id,
      step_position: s.step,
      track: s.track,
      start_on: toDate(s.start),
      planned_end_on: weeks ? toDate(s.start + weeks * 7) : null,
      ended_on: s.end === null ? null : toDate(s.end),
      end_reason: s.endReason,
      legal_basis: s.offer.legal_basis,
      provider: s.offer.provider_name,
      monthly_cost: s.offer.cost_unit === 'month' ? s.offer.unit_cost : null,
      forum_decision_ref: ref,
      forum_decision_id: null,
      emergency_decision_id: null,
      consent: null,
      placement_reasons: [],
      follow_up_cadence_weeks: null,
      created_by: input.caseworkerOn(s.start),
      created_at: instantOn(s.start - random.int(0, 5), random),
    };
    out.measure.push(row);
    measureRows.push({ row, story: s });
  }

  // Plans: one a phase (revised at every move), agreed with the family around the phase's start.
  const goalsOfPhase = new Map<number, PlanGoalRow[]>();
  const mains = measureRows.filter((x) => x.story.main);
  for (const { row, story } of mains) {
    const first = story.phase === 0;
    if (first && input.noPlan) continue;
    const offset = first
      ? random.chance(0.94)
        ? random.int(-10, 60)
        : random.int(95, 130)
      : random.int(-5, 25);
    const agreed = story.start + offset;
    if (agreed > last) continue;
    const planId = ids.uuid();
    const who = input.caseworkerOn(agreed);
    const participants: Participant[] = [
      ...(ageAt(agreed) >= 7 ? [{ name: input.child.first_name, relation: 'Barnet' }] : []),
      ...input.family,
      ...input.network.slice(0, random.int(0, 1)).map((n) => ({ name: n.name, relation: n.relation })),
      { name: input.userName(who), relation: 'Rådgiver, Familieteamet' },
    ];
    out.plan.push({
      municipality_id: m,
      id: planId,
      case_id: caseId,
      kind: 'child_plan',
      agreed_on: toDate(agreed),
      participants,
      summary: random.pick(PLAN_SUMMARIES),
      created_by: who,
      created_at: instantOn(agreed, random),
    });
    const areas = random.shuffle(['development', 'parenting', 'family_environment'] as const);
    const goals: PlanGoalRow[] = areas.slice(0, random.int(2, 3)).map((area, i) => ({
      municipality_id: m,
      id: ids.uuid(),
      plan_id: planId,
      position: i + 1,
      ics_area: area,
      text: random.pick(GOAL_TEXTS[area]),
      achieved_on: story.end !== null && story.end <= last && random.chance(0.5) ? toDate(story.end) : null,
    }));
    out.plan_goal.push(...goals);
    goalsOfPhase.set(story.phase, goals);
    for (const g of goals) out.goal_measure.push({ municipality_id: m, goal_id: g.id, measure_id: row.id });
    const side = measureRows.find((x) => !x.story.main && x.story.phase === story.phase);
    const firstGoal = goals[0];
    if (side && firstGoal)
      out.goal_measure.push({ municipality_id: m, goal_id: firstGoal.id, measure_id: side.row.id });
    // A placed young person gets a youth plan from 16 (BL § 108).
    const sixteenth = toDay(addCalendarMonths(input.child.birth_date, 16 * 12));
    if (story.track === 'placement' && (story.end === null || story.end > sixteenth)) {
      const youthOn = Math.max(sixteenth - 30, story.start) + random.int(0, 70);
      if (youthOn <= last && (story.end === null || youthOn < story.end))
        out.plan.push({
          municipality_id: m,
          id: ids.uuid(),
          case_id: caseId,
          kind: 'youth_plan',
          agreed_on: toDate(youthOn),
          participants: [{ name: input.child.first_name, relation: 'Den unge' }, ...input.family],
          summary: 'Ungeplan: uddannelse, bolig, økonomi og netværk frem mod 18 år.',
          created_by: input.caseworkerOn(youthOn),
          created_at: instantOn(youthOn, random),
        });
    }
  }

  for (const x of measureRows) writeFollowUps(input, x, goalsOfPhase.get(x.story.phase) ?? [], out);
  writeSupervision(input, measureRows, out);
  writeJournal(input, out);
}

function writeFollowUps(
  input: CaseInput,
  { row, story }: { row: MeasureRow; story: StoryMeasure },
  goals: readonly PlanGoalRow[],
  out: CaseworkData,
): void {
  const { random, ids, municipalityId: m, today } = input;
  const stop = Math.min(story.end ?? today, today, input.end);
  const placement = story.track === 'placement';
  const firstDue = toDay(addCalendarMonths(row.start_on, 3));
  const cadence = placement
    ? random.pick([null, null, 6, 8, 12] as const)
    : random.pick([null, null, null, 8, 12] as const);
  row.follow_up_cadence_weeks = cadence;
  const dates: number[] = [];
  let due = firstDue;
  const behind = input.behind && story.end === null;
  for (;;) {
    const held = random.chance(0.9) ? due - random.int(0, 10) : due + random.int(3, 30);
    if (held >= stop) break;
    // Behind: the last follow-up due before today was never held.
    if (behind && due > today - 75) break;
    dates.push(held);
    due =
      cadence !== null
        ? held + cadence * 7
        : placement
          ? held + 42
          : toDay(addCalendarMonths(toDate(held), 3));
  }
  // Ratings: every goal of the phase by each rater present, mostly rising; flat at the end when
  // the case is flagged (two follow-ups without progress).
  const age = ageByDay(input.child.birth_date);
  const scores = new Map<string, number>();
  const flat = story.main && (input.flat || story.endReason === 'step_up') && dates.length >= 3;
  dates.forEach((held, k) => {
    const followUpId = ids.uuid();
    const lastOne = k === dates.length - 1;
    const decision =
      lastOne && story.end !== null && story.end <= held + 120
        ? story.endReason === 'goals_met'
          ? 'stop'
          : story.endReason === 'step_down'
            ? 'step_down'
            : 'adjust'
        : random.chance(0.85)
          ? 'continue'
          : 'adjust';
    out.follow_up.push({
      municipality_id: m,
      id: followUpId,
      case_id: input.caseId,
      measure_id: row.id,
      kind: k === 0 ? 'first' : 'regular',
      held_on: toDate(held),
      decision,
      next_cadence_weeks: k === 0 ? cadence : null,
      notes: random.pick(FOLLOW_UP_NOTES),
      held_by: input.caseworkerOn(held),
      created_at: instantOn(held, random),
    });
    if (!story.main) return;
    const raters: Rater[] = [
      ...(age(held) >= 7 ? (['child'] as const) : []),
      ...(age(held) < 18 ? (['parent'] as const) : []),
      'caseworker',
      ...(age(held) >= 6 && age(held) <= 16 && story.step < 6 ? (['teacher'] as const) : []),
    ];
    const frozen = flat && k >= dates.length - 2;
    let rose = false;
    for (const g of goals) {
      for (const rater of raters) {
        const key = `${g.id}:${rater}`;
        const before = scores.get(key);
        let score = before ?? random.int(1, 5);
        if (before !== undefined && !frozen && random.chance(0.6) && score < 10) {
          score += 1;
          rose = true;
        }
        scores.set(key, score);
      }
    }
    // Mostly improving: a follow-up that happened to rise nowhere rises on the caseworker's view.
    if (k > 0 && !frozen && !rose && goals[0]) {
      const key = `${goals[0].id}:caseworker`;
      scores.set(key, Math.min(10, (scores.get(key) ?? 4) + 1));
    }
    for (const g of goals)
      for (const rater of raters)
        out.progress_rating.push({
          municipality_id: m,
          id: ids.uuid(),
          follow_up_id: followUpId,
          goal_id: g.id,
          rater,
          score: scores.get(`${g.id}:${rater}`) ?? 5,
        });
  });
}

/** Supervision visits (BL § 156: two a year) while placed, and the aftercare decision at 17½. */
function writeSupervision(
  input: CaseInput,
  measures: readonly { row: MeasureRow; story: StoryMeasure }[],
  out: CaseworkData,
): void {
  const { random, ids, municipalityId: m, today } = input;
  const placements = measures.filter((x) => x.story.main && x.story.track === 'placement');
  if (placements.length === 0) return;
  const start = Math.min(...placements.map((x) => x.story.start));
  const ends = placements.map((x) => x.story.end);
  const end = Math.min(ends.includes(null) ? today : Math.max(...(ends as number[])), today, input.end);
  const behind = input.behind && ends.includes(null);
  for (let v = start + random.int(30, 150); v < end; v += random.int(90, 175)) {
    if (behind && v > today - 220) break;
    const on = placements.find((x) => x.story.start <= v && (x.story.end === null || x.story.end > v));
    out.follow_up.push({
      municipality_id: m,
      id: ids.uuid(),
      case_id: input.caseId,
      measure_id: on?.row.id ?? null,
      kind: 'supervision_visit',
      held_on: toDate(v),
      decision: null,
      next_cadence_weeks: null,
      notes: random.pick(SUPERVISION_NOTES),
      held_by:
        on && on.story.step <= 5 && input.fosterCareConsultantId
          ? input.fosterCareConsultantId
          : input.caseworkerOn(v),
      created_at: instantOn(v, random),
    });
  }
  const halfPast17 = toDay(addCalendarMonths(input.child.birth_date, 17 * 12 + 6));
  const decided = halfPast17 - random.int(0, 40);
  if (decided > start && decided < end) {
    out.follow_up.push({
      municipality_id: m,
      id: ids.uuid(),
      case_id: input.caseId,
      measure_id: null,
      kind: 'aftercare',
      held_on: toDate(decided),
      decision: null,
      next_cadence_weeks: null,
      notes: AFTERCARE_NOTE,
      held_by: input.caseworkerOn(decided),
      created_at: instantOn(decided, random),
    });
  }
}

const CONTACT_KINDS = [
  ['phone', 35],
  ['conversation', 20],
  ['home_visit', 15],
  ['meeting', 15],
  ['note', 15],
] as const;

/** The journal: a contact every one to three weeks, decisions when measures start; quiet cases stop. */
function writeJournal(input: CaseInput, out: CaseworkData): void {
  const { random, ids, municipalityId: m, today } = input;
  const stop = input.quiet ? today - random.int(45, 110) : Math.min(input.end, today);
  const entry = (day: number, kind: keyof typeof JOURNAL_TEXTS | 'decision', text: string) => {
    const occurred = instantOn(day, random);
    if (Date.parse(occurred) >= today * DAY_MS) return;
    out.journal_entry.push({
      municipality_id: m,
      id: ids.uuid(),
      case_id: input.caseId,
      kind,
      occurred_at: occurred,
      text,
      written_by: input.caseworkerOn(day),
      written_at: laterMinutes(occurred, random),
    });
  };
  for (let day = input.opened + random.int(1, 7); day < stop; day += random.int(5, 24)) {
    const kind = random.weighted(CONTACT_KINDS);
    entry(day, kind, random.pick(JOURNAL_TEXTS[kind]));
  }
  for (const s of input.measures) {
    if (s.main && s.start < stop)
      entry(s.start, 'decision', `Afgørelse: ${s.offer.name} bevilget efter ${s.offer.legal_basis}.`);
  }
  if (input.closed && input.end - 1 < today) entry(input.end - 1, 'decision', 'Afgørelse: sagen afsluttes.');
}
