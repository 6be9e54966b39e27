import { DEFAULT_NON_WORKING_DAYS, type NonWorkingDaySettings } from '../calendar/holidays.ts';
import { isWorkingDay } from '../calendar/working-days.ts';
import { addCalendarDays, type CalendarDate, formatDate, parseDate, weekdayOf } from '../calendar/zone.ts';
import { daysInMonth } from '../casework/months.ts';
import { danishDate, daysBetween } from '../detection/dates.ts';

/**
 * A forum's meeting rhythm ("hver anden tirsdag", "den første torsdag i måneden") and the meeting
 * dates it gives, as Copenhagen calendar dates. A planned date that is not a working day (a Danish
 * public holiday, or a day the municipality closes by its settings) moves to the next working day:
 * the forum still meets that week rather than skipping a round, so a proposal waits no longer.
 */

/** Monday (1) to Friday (5): forums meet on working days. */
export type Weekday = 1 | 2 | 3 | 4 | 5;
export const WEEKDAY_LABELS: Readonly<Record<Weekday, string>> = Object.freeze({
  1: 'mandag',
  2: 'tirsdag',
  3: 'onsdag',
  4: 'torsdag',
  5: 'fredag',
});

export type MeetingRhythm =
  /** every `everyWeeks` weeks on `weekday`, the first on or after `from` */
  | { kind: 'weekly'; weekday: Weekday; everyWeeks: number; from: CalendarDate }
  /** the `nth` (or last) `weekday` of every month, from `from` on */
  | { kind: 'monthly'; weekday: Weekday; nth: 1 | 2 | 3 | 4 | 'last'; from: CalendarDate };

export const MAX_EVERY_WEEKS = 12;

/** A Danish sentence saying what is wrong with the rhythm, or null when it is valid. */
export function rhythmProblem(rhythm: MeetingRhythm): string | null {
  try {
    parseDate(rhythm.from);
  } catch {
    return `Startdatoen er ikke en gyldig dato: ${rhythm.from}`;
  }
  if (!Number.isInteger(rhythm.weekday) || rhythm.weekday < 1 || rhythm.weekday > 5) {
    return 'Ugedagen skal være en hverdag (mandag til fredag).';
  }
  if (rhythm.kind === 'weekly') {
    const n = rhythm.everyWeeks;
    if (!Number.isInteger(n) || n < 1 || n > MAX_EVERY_WEEKS) {
      return `Antal uger mellem møderne skal være et helt tal fra 1 til ${MAX_EVERY_WEEKS}.`;
    }
  } else if (rhythm.nth !== 'last' && ![1, 2, 3, 4].includes(rhythm.nth)) {
    return 'Mødet skal ligge på den 1., 2., 3., 4. eller sidste ugedag i måneden.';
  }
  return null;
}

/** "Hver anden tirsdag fra 06.01.2026", for the forum's page. */
export function describeRhythm(rhythm: MeetingRhythm): string {
  const day = WEEKDAY_LABELS[rhythm.weekday];
  const from = `fra ${danishDate(rhythm.from)}`;
  if (rhythm.kind === 'monthly') {
    const which = rhythm.nth === 'last' ? 'sidste' : `${rhythm.nth}.`;
    return `Den ${which} ${day} i hver måned ${from}`;
  }
  const every =
    rhythm.everyWeeks === 1 ? 'Hver' : rhythm.everyWeeks === 2 ? 'Hver anden' : `Hver ${rhythm.everyWeeks}.`;
  return `${every} ${day} ${from}`;
}

/** The first working day on or after `date`. */
export function workingDayOnOrAfter(
  date: CalendarDate,
  settings: NonWorkingDaySettings = DEFAULT_NON_WORKING_DAYS,
): CalendarDate {
  let d = date;
  while (!isWorkingDay(d, settings)) d = addCalendarDays(d, 1);
  return d;
}

/** The `nth` (1–4) or last `weekday` of a month. */
function nthWeekdayOf(year: number, month: number, weekday: Weekday, nth: 1 | 2 | 3 | 4 | 'last') {
  if (nth === 'last') {
    const last = daysInMonth(year, month);
    return formatDate(year, month, last - ((weekdayOf(formatDate(year, month, last)) - weekday + 7) % 7));
  }
  const first = (weekday - weekdayOf(formatDate(year, month, 1)) + 7) % 7;
  return formatDate(year, month, 1 + first + 7 * (nth - 1));
}

// A moved meeting lands at most a few days later (the longest run of closed weekdays is Easter's
// Thursday to Monday), so planned dates from two weeks before the asked day are enough to find a
// meeting moved onto or past it.
const LOOK_BACK_DAYS = 14;

/** The planned (unmoved) dates from about `near` on, in order, never before `rhythm.from`. */
function* plannedDates(rhythm: MeetingRhythm, near: CalendarDate): Generator<CalendarDate> {
  if (rhythm.kind === 'weekly') {
    const first = addCalendarDays(rhythm.from, (rhythm.weekday - weekdayOf(rhythm.from) + 7) % 7);
    const period = 7 * rhythm.everyWeeks;
    let k = Math.max(0, Math.floor(daysBetween(first, near) / period));
    for (;;) yield addCalendarDays(first, period * k++);
  }
  const start = near > rhythm.from ? near : rhythm.from;
  let [year, month] = parseDate(start);
  for (;;) {
    const planned = nthWeekdayOf(year, month, rhythm.weekday, rhythm.nth);
    if (planned >= rhythm.from) yield planned;
    [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
  }
}

/**
 * Every meeting date on or after `onOrAfter`, in order, without end (take what you need). A
 * meeting planned before `onOrAfter` but moved onto or past it by a holiday is included.
 */
export function* meetingDates(
  rhythm: MeetingRhythm,
  onOrAfter: CalendarDate,
  settings: NonWorkingDaySettings = DEFAULT_NON_WORKING_DAYS,
): Generator<CalendarDate> {
  const problem = rhythmProblem(rhythm);
  if (problem !== null) throw new RangeError(problem);
  parseDate(onOrAfter);
  let previous = '';
  for (const planned of plannedDates(rhythm, addCalendarDays(onOrAfter, -LOOK_BACK_DAYS))) {
    const held = workingDayOnOrAfter(planned, settings);
    if (held < onOrAfter || held <= previous) continue;
    previous = held;
    yield held;
  }
}

/** The next `count` meeting dates on or after `onOrAfter`. */
export function nextMeetings(
  rhythm: MeetingRhythm,
  onOrAfter: CalendarDate,
  count: number,
  settings: NonWorkingDaySettings = DEFAULT_NON_WORKING_DAYS,
): CalendarDate[] {
  if (!Number.isInteger(count) || count < 0)
    throw new RangeError(`Antal møder skal være et helt tal ≥ 0: ${count}`);
  const out: CalendarDate[] = [];
  if (count === 0) return out;
  for (const d of meetingDates(rhythm, onOrAfter, settings)) {
    out.push(d);
    if (out.length === count) break;
  }
  return out;
}

/** The next meeting on or after `onOrAfter`: where a new proposal goes. */
export function nextMeeting(
  rhythm: MeetingRhythm,
  onOrAfter: CalendarDate,
  settings: NonWorkingDaySettings = DEFAULT_NON_WORKING_DAYS,
): CalendarDate {
  return nextMeetings(rhythm, onOrAfter, 1, settings)[0] as CalendarDate;
}

/** The meeting dates in [`from`, `to`], e.g. three years of a council for the demo. */
export function meetingsBetween(
  rhythm: MeetingRhythm,
  from: CalendarDate,
  to: CalendarDate,
  settings: NonWorkingDaySettings = DEFAULT_NON_WORKING_DAYS,
): CalendarDate[] {
  const out: CalendarDate[] = [];
  if (to < from) return out;
  for (const d of meetingDates(rhythm, from, settings)) {
    if (d > to) break;
    out.push(d);
  }
  return out;
}
