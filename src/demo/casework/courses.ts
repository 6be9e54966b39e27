import { copenhagenDateOf } from '../../core/calendar/index.ts';
import { addCalendarMonths } from '../../core/casework/months.ts';
import type { DemoInput } from '../context.ts';
import { ageOn, timestampOn, toDate, toDay } from '../dates.ts';
import type { Random } from '../random.ts';
import type { CaseProfile } from '../world/cases.ts';
import type { CaseWorkColumns } from '../world/rows.ts';
import type { CaseworkBase } from './rows.ts';
import type { StoryKind } from './story.ts';

/** The first step of Demo Kommune's casework (casework.ts): each case's course, before its records. */

export interface CaseCourse {
  caseId: string;
  childId: string;
  districtIndex: number;
  opened: number;
  kind: StoryKind;
  aware: number;
  completed: number | null;
  provisional: number | null;
  closeDay: number | null;
  closedAt: string | null;
  closeCode: CaseWorkColumns['close_reason_code'];
  closedReason: string | null;
  intake: boolean;
  createdBy: string | null;
  /** the caseworker the case had before case work (the foundation's), or null */
  initialCaseworker: string | null;
  fosterCareConsultant: string | null;
  unassigned: boolean;
  lastDecisionDay: number;
  extraAssessments: number[];
}

/** Days an assessment takes from awareness: ≈ 80 % within 2 months, ≈ 95 % within 4. */
function assessmentDays(random: Random): { days: number; late: boolean } {
  const r = random.float();
  if (r < 0.8) return { days: random.int(14, 56), late: false };
  if (r < 0.95) return { days: random.int(64, 115), late: false };
  return { days: random.int(125, 175), late: true };
}

export const dayOf = (iso: string) => toDay(copenhagenDateOf(new Date(iso)));

/** Samples when an assessment begun on `aware` is completed (and a provisional one, if late). */
export function assessmentSampler(random: Random) {
  return (aware: number, mustEndBy: number | null) => {
    let { days, late } = assessmentDays(random);
    if (mustEndBy !== null)
      while (aware + days > mustEndBy) ({ days, late } = { days: random.int(14, 56), late: false });
    const completed = aware + days;
    const limit = toDay(addCalendarMonths(toDate(aware), 4));
    const provisional =
      completed > limit && (late ? random.chance(0.7) : false) ? limit - random.int(0, 6) : null;
    return { completed, provisional };
  };
}

/** Step 1 of generateCasework: where each case stands: its first assessment, its road, whether it closed. */
export function caseCourses(
  input: DemoInput,
  rows: CaseworkBase,
  profiles: ReadonlyMap<string, CaseProfile>,
  random: Random,
  sampleAssessment: ReturnType<typeof assessmentSampler>,
): CaseCourse[] {
  const today = toDay(input.today);
  const childById = new Map(rows.child.map((c) => [c.id, c]));
  const districtIndex = new Map(rows.district.map((d, i) => [d.id, i]));
  const reportById = new Map(rows.report.map((r) => [r.id, r]));
  const decisionsOf = new Map<string, typeof rows.meeting_decision>();
  for (const d of rows.meeting_decision) {
    if (!d.case_id) continue;
    decisionsOf.set(d.case_id, [...(decisionsOf.get(d.case_id) ?? []), d]);
  }

  // 1. Where each case stands: its first assessment, its road, whether it closed.
  const courses: CaseCourse[] = [];
  for (const c of rows.cases) {
    const profile = profiles.get(c.id);
    const closed = c.closed_at !== null;
    const opened = dayOf(c.opened_at);
    const aware = toDay(c.aware_on ?? toDate(opened));
    const closeDay = c.closed_at ? dayOf(c.closed_at) : null;
    let completed: number | null;
    let provisional: number | null = null;
    if (profile === 'assessment') {
      completed = null;
      const limit = toDay(addCalendarMonths(toDate(aware), 4));
      if (limit < today && random.chance(0.5)) provisional = limit - random.int(0, 6);
    } else {
      ({ completed, provisional } = sampleAssessment(aware, (closeDay ?? today) - 40));
    }
    const decisions = decisionsOf.get(c.id) ?? [];
    courses.push({
      caseId: c.id,
      childId: c.child_id,
      districtIndex: districtIndex.get(c.district_id) ?? 0,
      opened,
      kind: closed ? 'closed' : (profile ?? 'early'),
      aware,
      completed,
      provisional,
      closeDay,
      closedAt: c.closed_at,
      closeCode: c.close_reason_code,
      closedReason: c.closed_reason,
      intake: false,
      createdBy: c.created_by,
      initialCaseworker: c.caseworker_id,
      fosterCareConsultant: c.foster_care_consultant_id,
      unassigned: false,
      lastDecisionDay: Math.max(0, ...decisions.map((d) => dayOf(d.decided_at))),
      extraAssessments: decisions
        .filter((d) => Date.parse(d.decided_at) > Date.parse(c.opened_at))
        .map((d) => dayOf(reportById.get(d.report_id)?.received_at ?? d.decided_at)),
    });
  }
  for (const c of rows.intake_case) {
    const decisions = decisionsOf.get(c.id) ?? [];
    const opener = decisions.find((d) => d.decided_at === c.opened_at);
    const report = opener ? reportById.get(opener.report_id) : undefined;
    const opened = dayOf(c.opened_at);
    const aware = report ? dayOf(report.received_at) : opened;
    const { completed: sampled, provisional: p } = sampleAssessment(aware, null);
    const open = sampled >= today;
    const child = childById.get(c.child_id);
    const age = child ? ageOn(child.birth_date, input.today) : 10;
    let kind: StoryKind = open
      ? 'assessment'
      : random.weighted<StoryKind>([
          ['closed_after_assessment', 28],
          ['early', 42],
          ['home', 20],
          ['network', age >= 2 && age <= 17 ? 1 : 0],
          ['foster', age >= 2 && age <= 17 ? 5 : 0],
          ['institution', age >= 11 && age <= 17 ? 4 : 0],
        ]);
    const lastDecisionDay = Math.max(opened, ...decisions.map((d) => dayOf(d.decided_at)));
    let closeDay: number | null = null;
    if (kind === 'closed_after_assessment') {
      closeDay = Math.max(sampled, lastDecisionDay) + random.int(14, 90);
      if (closeDay >= today) {
        kind = 'early';
        closeDay = null;
      }
    }
    courses.push({
      caseId: c.id,
      childId: c.child_id,
      districtIndex: districtIndex.get(c.district_id) ?? 0,
      opened,
      kind,
      aware,
      completed: open ? null : sampled,
      provisional: p !== null && p < today ? p : null,
      closeDay,
      closedAt: closeDay === null ? null : timestampOn(closeDay, random),
      closeCode: closeDay === null ? null : random.chance(0.7) ? 'no_longer_needed' : 'goals_met',
      closedReason:
        closeDay === null ? null : 'Undersøgelsen er afsluttet, og sagen lukkes efter aftale med familien.',
      intake: true,
      createdBy: opener?.decided_by ?? null,
      initialCaseworker: null,
      fosterCareConsultant: null,
      unassigned: opened >= today - 9,
      lastDecisionDay,
      extraAssessments: decisions
        .filter((d) => d !== opener)
        .map((d) => dayOf(reportById.get(d.report_id)?.received_at ?? d.decided_at)),
    });
  }
  // A few cases wait for a caseworker: the newest from the district meetings.
  const intakeCourses = courses
    .filter((p) => p.intake && p.closeDay === null)
    .sort((a, b) => b.opened - a.opened);
  for (const p of intakeCourses.slice(0, 3)) p.unassigned = true;
  return courses;
}
