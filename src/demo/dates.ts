import type { Random } from './random.ts';

/** Calendar dates as 'YYYY-MM-DD' and whole days since 1970-01-01 (UTC, so no DST to trip over). */

const DAY_MS = 86_400_000;
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

function parts(date: string): [number, number, number] {
  const match = DATE_RE.exec(date);
  if (!match) throw new Error(`Expected a date as YYYY-MM-DD, got "${date}"`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

export function isDate(date: string): boolean {
  const match = DATE_RE.exec(date);
  if (!match) return false;
  return toDate(toDay(date)) === date;
}

export function toDay(date: string): number {
  const [y, m, d] = parts(date);
  return Math.round(Date.UTC(y, m - 1, d) / DAY_MS);
}

export function toDate(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function yearOf(date: string): number {
  return parts(date)[0];
}

import { ageOn } from '../core/people.ts';

export { ageOn };

/** The same calendar day `years` earlier (29 February falls back to 28 February). */
function yearsBefore(date: string, years: number): number {
  const [y, m, d] = parts(date);
  const target = Date.UTC(y - years, m - 1, d);
  const day = Math.round(target / DAY_MS);
  // Date.UTC rolls 29 Feb of a non-leap year to 1 March; step back into February.
  return new Date(target).getUTCMonth() !== m - 1 ? day - 1 : day;
}

/** A random birth date for someone exactly `age` years old on `today`. */
export function birthDateForAge(random: Random, today: string, age: number): string {
  const latest = yearsBefore(today, age);
  const earliest = yearsBefore(today, age + 1) + 1;
  let day = random.int(earliest, latest);
  // Leap-day edges can land one day outside the age; nudge back inside.
  while (ageOn(toDate(day), today) > age) day -= 1;
  while (ageOn(toDate(day), today) < age) day += 1;
  return toDate(day);
}

/**
 * The school class (0 = børnehaveklasse) a child born on `birthDate` attends on `today`: children
 * start in August of the calendar year they turn 6, so a class is a birth-year cohort.
 */
export function schoolGrade(birthDate: string, today: string): number {
  const [ty, tm] = parts(today);
  const schoolYearStart = tm >= 8 ? ty : ty - 1;
  return schoolYearStart - yearOf(birthDate) - 6;
}

/** An ISO timestamp (UTC) on a day, at a minute of the working day. */
export function timestampOn(day: number, random: Random): string {
  const minute = random.int(7 * 60, 14 * 60 + 59);
  return new Date(day * DAY_MS + minute * 60_000).toISOString();
}
