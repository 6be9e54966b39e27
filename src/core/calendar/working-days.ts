import { DEFAULT_NON_WORKING_DAYS, holidayOn, type NonWorkingDaySettings } from './holidays.ts';
import { addCalendarDays, type CalendarDate, weekdayOf } from './zone.ts';

/** A working day (hverdag): Monday–Friday, not a public holiday, not a day the municipality closes. */
export function isWorkingDay(
  date: CalendarDate,
  settings: NonWorkingDaySettings = DEFAULT_NON_WORKING_DAYS,
): boolean {
  const weekday = weekdayOf(date);
  if (weekday === 0 || weekday === 6) return false;
  return holidayOn(date, settings) === undefined;
}

/**
 * The `n`th working day after `date`. The start date itself is never counted, whether or not it
 * is a working day (a report received on a Saturday starts its count on Monday); `n = 0` gives
 * `date` back unchanged.
 */
export function addWorkingDays(
  date: CalendarDate,
  n: number,
  settings: NonWorkingDaySettings = DEFAULT_NON_WORKING_DAYS,
): CalendarDate {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`Antal hverdage skal være et helt tal ≥ 0: ${n}`);
  let current = date;
  let left = n;
  while (left > 0) {
    current = addCalendarDays(current, 1);
    if (isWorkingDay(current, settings)) left -= 1;
  }
  return current;
}

/** Working days in the half-open range (`from`, `to`]: 0 when `to` is not after `from`. */
export function workingDaysBetween(
  from: CalendarDate,
  to: CalendarDate,
  settings: NonWorkingDaySettings = DEFAULT_NON_WORKING_DAYS,
): number {
  let count = 0;
  for (let d = addCalendarDays(from, 1); d <= to; d = addCalendarDays(d, 1)) {
    if (isWorkingDay(d, settings)) count += 1;
  }
  return count;
}
