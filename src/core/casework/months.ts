import { addCalendarDays, type CalendarDate, formatDate, parseDate } from '../calendar/zone.ts';

/**
 * Calendar-month and week steps for the casework deadlines (domain.md, "Deadlines and rules":
 * "3 months" is a calendar month step, never a count of days). Pure date arithmetic on
 * `YYYY-MM-DD`: no clock and no time zone is involved, so the daylight-saving Sundays of March
 * and October are ordinary dates here.
 */

/** Days in `month` (1–12) of `year`, leap years included. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * `date` moved by `months` calendar months, the day clamped to the target month's last day:
 * 31 January + 1 → 28 (29) February; 31 August + 3 → 30 November; 31 March − 1 → 28/29 February.
 * Clamping (not overflowing into the next month) means a deadline never lands later than the
 * month it belongs to: "within 3 months" of 30 November is 28 February, not 2 March.
 */
export function addCalendarMonths(date: CalendarDate, months: number): CalendarDate {
  if (!Number.isInteger(months)) throw new RangeError(`Antal måneder skal være et helt tal: ${months}`);
  const [y, m, d] = parseDate(date);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return formatDate(year, month, Math.min(d, daysInMonth(year, month)));
}

/** `date` moved by whole weeks (7 calendar days each; negative allowed). */
export function addWeeks(date: CalendarDate, weeks: number): CalendarDate {
  if (!Number.isInteger(weeks)) throw new RangeError(`Antal uger skal være et helt tal: ${weeks}`);
  return addCalendarDays(date, weeks * 7);
}

/** Whole calendar months from `from` to `to` by year and month alone (the day is ignored). */
export function monthsBetween(from: CalendarDate, to: CalendarDate): number {
  const [fy, fm] = parseDate(from);
  const [ty, tm] = parseDate(to);
  return (ty - fy) * 12 + (tm - fm);
}

/**
 * The date a person born on `birthDate` turns `years`, by the same calendar step (a birthday of
 * 29 February falls on 28 February in a common year — the clamping convention; verify against
 * the municipality's practice for leap-day children before relying on it in a decision).
 */
export function birthdayAt(birthDate: CalendarDate, years: number): CalendarDate {
  return addCalendarMonths(birthDate, years * 12);
}

/** The later of two dates (strings `YYYY-MM-DD` order as dates). */
export function laterDate(a: CalendarDate, b: CalendarDate): CalendarDate {
  return a < b ? b : a;
}

/** The earlier of two dates. */
export function earlierDate(a: CalendarDate, b: CalendarDate): CalendarDate {
  return a < b ? a : b;
}
