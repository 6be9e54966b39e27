import { aftercareDueOn } from '../../core/casework/deadlines.ts';
import { addCalendarMonths, birthdayAt } from '../../core/casework/months.ts';
import { danishDate } from '../../core/detection/dates.ts';
import type { MeasureRow } from '../casework/rows.ts';
import { toDate, toDay } from '../dates.ts';
import type { CaseFacts } from './facts.ts';
import type { Recorder } from './record.ts';
import { type ForumCalendar, meetingBefore, meetingFrom } from './setup.ts';
import { AFTERCARE_REASONS, POLITICAL_REVIEW_REASONS, REVIEW_REASONS } from './texts.ts';

/**
 * The items that come back by the calendar: (b) every child in a specialised offer to its
 * district's council every 6 months (a few children have been missed lately: overdue), (g) every
 * placed child to the political review every 6 months, (d) every young person in care to the
 * placement committee for the aftercare decision before 17½.
 */

const FAR = 1_000_000;

/** A child's uninterrupted stay in some kind of measure: [start, end), end FAR while it runs. */
interface Stay {
  childId: string;
  start: number;
  end: number;
  measures: MeasureRow[];
}

function stays(measures: readonly MeasureRow[], keep: (m: MeasureRow) => boolean): Stay[] {
  const byChild = new Map<string, MeasureRow[]>();
  for (const m of measures) if (keep(m)) byChild.set(m.child_id, [...(byChild.get(m.child_id) ?? []), m]);
  const out: Stay[] = [];
  for (const [childId, list] of byChild) {
    list.sort((a, b) => (a.start_on < b.start_on ? -1 : a.start_on > b.start_on ? 1 : 0));
    let cur: Stay | undefined;
    for (const m of list) {
      const start = toDay(m.start_on);
      const end = m.ended_on === null ? FAR : toDay(m.ended_on);
      if (cur && start <= cur.end) {
        cur.end = Math.max(cur.end, end);
        cur.measures.push(m);
      } else {
        cur = { childId, start, end, measures: [m] };
        out.push(cur);
      }
    }
  }
  return out.sort((a, b) => a.start - b.start || (a.childId < b.childId ? -1 : 1));
}

/** The highest measure running on `day` in a stay (ties: the later start). */
function runningOn(stay: Stay, day: number): MeasureRow | undefined {
  let best: MeasureRow | undefined;
  for (const m of stay.measures) {
    if (toDay(m.start_on) > day || (m.ended_on !== null && toDay(m.ended_on) <= day)) continue;
    if (!best || m.step_position >= best.step_position) best = m;
  }
  return best;
}

/** Meetings of a calendar held in the stay before today, each with the day before the next one. */
function meetingsIn(cal: ForumCalendar, stay: Stay, today: number): { day: number; until: number }[] {
  const out: { day: number; until: number }[] = [];
  cal.days.forEach((day, i) => {
    if (day <= stay.start || day >= stay.end || day >= today) return;
    out.push({ day, until: (cal.days[i + 1] ?? day + 14) - 1 });
  });
  return out;
}

export function decideReviews(rec: Recorder, facts: CaseFacts): void {
  const { random, today } = rec;
  const measures = facts.base.measure;

  // (b) Specialised reviews. A few long stays still running have had no review for 8 months.
  const specialised = stays(measures, (m) => facts.specialised(m));
  const running = specialised.filter((s) => s.end === FAR && s.start <= today - 400);
  const missed = new Set(random.shuffle(running.map((s) => s.childId)).slice(0, 4));
  for (const stay of specialised) {
    let last: number | null = null;
    const first = stay.measures[0] as MeasureRow;
    const council = rec.council(facts.subject(first.case_id).districtId);
    for (const { day, until } of meetingsIn(council, stay, today)) {
      const due = toDay(addCalendarMonths(toDate(last ?? stay.start), 6));
      if (due > until) continue;
      if (missed.has(stay.childId) && day >= today - 240) break;
      const m = runningOn(stay, day);
      if (!m) continue;
      const subject = facts.subject(m.case_id);
      if (rec.council(subject.districtId) !== council) continue;
      rec.decide(council, day, subject, {
        rule: 'specialised_review',
        source: { kind: 'child', id: stay.childId },
        outcome: 'approved',
        step_position: m.step_position,
        offer_id: m.offer_id,
        placement: false,
        without_consent: false,
        reasons: random.pick(REVIEW_REASONS),
        agendaReason:
          `I specialiseret tilbud (trin ${m.step_position}) siden ${danishDate(toDate(stay.start))}, ` +
          `${last === null ? 'aldrig gennemgået i rådet' : `sidst gennemgået ${danishDate(toDate(last))}`}. ` +
          'Hvad skal der til for at træde et trin ned?',
        dueOn: due,
      });
      last = day;
    }
  }

  // (g) Political reviews and (d) aftercare, over the placements.
  const placements = stays(measures, (m) => m.track === 'placement');
  const review = rec.forum('political_review');
  const pc = rec.forum('placement_committee');
  for (const stay of placements) {
    let last: number | null = null;
    for (const { day, until } of meetingsIn(review, stay, today)) {
      const due = toDay(addCalendarMonths(toDate(last ?? stay.start), 6));
      if (due > until) continue;
      const m = runningOn(stay, day);
      if (!m) continue;
      rec.decide(review, day, facts.subject(m.case_id), {
        rule: 'political_review',
        source: { kind: 'child', id: stay.childId },
        outcome: 'approved',
        step_position: m.step_position,
        offer_id: m.offer_id,
        placement: true,
        without_consent: false,
        reasons: random.pick(POLITICAL_REVIEW_REASONS),
        agendaReason:
          `Anbragt siden ${danishDate(toDate(stay.start))} (trin ${m.step_position}), ` +
          `${last === null ? 'ingen gennemgang endnu' : `sidst ${danishDate(toDate(last))}`}: gennemgang hver 6. måned.`,
        dueOn: due,
      });
      last = day;
    }
    aftercare(rec, facts, pc, stay);
  }
}

function aftercare(rec: Recorder, facts: CaseFacts, pc: ForumCalendar, stay: Stay): void {
  const birth = facts.birthDate.get(stay.childId);
  if (!birth) return;
  const due = toDay(aftercareDueOn(birth));
  const opens = toDay(addCalendarMonths(toDate(due), -3));
  const eighteenth = toDay(birthdayAt(birth, 18));
  if (stay.start > due || stay.end <= opens) return;
  // As the case work recorded it (its aftercare follow-up), else a few weeks before 17½.
  const noted = facts.base.follow_up.find(
    (f) => f.kind === 'aftercare' && stay.measures.some((m) => m.case_id === f.case_id),
  );
  const target = noted ? toDay(noted.held_on) : due - rec.random.int(0, 40);
  let day = meetingBefore(pc, target + 1);
  if (day === undefined || day < Math.max(opens, stay.start + 1))
    day = meetingFrom(pc, Math.max(opens, stay.start + 1));
  if (day === undefined || day >= rec.today || day >= eighteenth || day >= stay.end) return;
  const m = runningOn({ ...stay }, day);
  if (!m) return;
  rec.decide(pc, day, facts.subject(m.case_id), {
    rule: 'aftercare_decision',
    source: { kind: 'child', id: stay.childId },
    outcome: 'approved',
    step_position: m.step_position,
    offer_id: null,
    placement: false,
    without_consent: false,
    reasons: rec.random.pick(AFTERCARE_REASONS),
    agendaReason:
      `Den unge fylder 18 år ${danishDate(toDate(eighteenth))}: afgørelsen om støtte efter 18 år skal træffes ` +
      `senest ${danishDate(toDate(due))} (barnets lov § 111).`,
    dueOn: due,
  });
}
