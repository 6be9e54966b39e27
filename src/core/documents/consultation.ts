import { DEFAULT_NON_WORKING_DAYS, type NonWorkingDaySettings } from '../calendar/holidays.ts';
import { addWorkingDays, isWorkingDay } from '../calendar/working-days.ts';
import { addCalendarDays, type CalendarDate, copenhagenDateOf, copenhagenInstant } from '../calendar/zone.ts';

/**
 * Consultation of the parties (partshøring, forvaltningslovens § 19 — verify) before a decision
 * rests on facts they have not seen (issue #14 item 2): the facts go to the parents and the young
 * person from 15 with a reply deadline; a decision before the deadline is refused unless each
 * party has replied or waived.
 *
 * The deadline is counted from the Copenhagen day the consultation is sent (that day not counted),
 * in calendar days (default 14) or working days, as the municipality sets it. A deadline in calendar
 * days that ends on a weekend, a public holiday or a day the municipality is closed moves to the next
 * working day, so a party always has a working day to answer on. It runs until the end of its last
 * day in Copenhagen: the first instant after it is that day's next midnight, whatever the offset.
 */

export interface ConsultationRule {
  days: number;
  unit: 'calendar_days' | 'working_days';
}

export const DEFAULT_CONSULTATION_RULE: ConsultationRule = Object.freeze({ days: 14, unit: 'calendar_days' });

/** The age from which the young person is a party to consult themself. */
export const CONSULTED_FROM_AGE = 15;

export function consultationRuleProblem(r: ConsultationRule): string | null {
  if (!Number.isInteger(r.days) || r.days < 1 || r.days > 60) return 'Svarfristen skal være 1 til 60 dage.';
  return null;
}

/** The last day the parties may answer on. */
export function consultationLastDay(
  sentAt: Date,
  rule: ConsultationRule = DEFAULT_CONSULTATION_RULE,
  closed: NonWorkingDaySettings = DEFAULT_NON_WORKING_DAYS,
): CalendarDate {
  const sentOn = copenhagenDateOf(sentAt);
  if (rule.unit === 'working_days') return addWorkingDays(sentOn, rule.days, closed);
  let last = addCalendarDays(sentOn, rule.days);
  while (!isWorkingDay(last, closed)) last = addCalendarDays(last, 1);
  return last;
}

/** The first instant after the deadline: the Copenhagen midnight that ends its last day. */
export function consultationEndsAt(lastDay: CalendarDate): Date {
  return copenhagenInstant(addCalendarDays(lastDay, 1));
}

export interface PartyAnswer {
  party: string;
  /** replied (with the reply recorded) or waived the right to comment */
  kind: 'reply' | 'waiver';
}

export type DecisionTiming =
  | { allowed: true; because: 'deadline_passed' | 'every_party_answered' }
  | { allowed: false; message: string };

/**
 * May a decision resting on the consulted facts be made at `at`? After the deadline; before it only
 * when every party consulted has replied or waived.
 */
export function mayDecideAfterConsultation(
  consultation: { parties: readonly string[]; lastDay: CalendarDate },
  answers: readonly PartyAnswer[],
  at: Date,
): DecisionTiming {
  if (at.getTime() >= consultationEndsAt(consultation.lastDay).getTime())
    return { allowed: true, because: 'deadline_passed' };
  const answered = new Set(answers.map((a) => a.party));
  const waiting = consultation.parties.filter((p) => !answered.has(p));
  if (waiting.length === 0) return { allowed: true, because: 'every_party_answered' };
  const [y, m, d] = consultation.lastDay.split('-');
  return {
    allowed: false,
    message:
      `Partshøringen løber til og med ${d}.${m}.${y}, og ${waiting.join(', ')} har hverken svaret ` +
      'eller givet afkald. Afgørelsen kan først træffes, når fristen er udløbet, eller alle har svaret.',
  };
}
