import { DEFAULT_NON_WORKING_DAYS, type NonWorkingDaySettings } from './holidays.ts';
import { addWorkingDays } from './working-days.ts';
import { copenhagenDateOf, copenhagenInstant } from './zone.ts';

/** Rule `screening-24h`: 24 real hours (BL § 136; SEL § 155, stk. 2). */
export const SCREENING_HOURS = 24;
/** Rule `receipt-6d`: 6 working days (SEL § 155 b, stk. 1; BL § 137 — verify). */
export const RECEIPT_WORKING_DAYS = 6;

const HOUR_MS = 3_600_000;

/**
 * When the screening of a report received at `receivedAt` is due: exactly 24 real hours later.
 * The law counts clock hours, nights and weekends included, so this is plain instant arithmetic
 * on UTC milliseconds. That makes it daylight-saving safe by construction: a report received at
 * 02:30 on the last Saturday of March is due at 03:30 wall-clock time on Sunday (the clocks
 * jumped), and in October at 01:30 — still 24 hours, never 23 or 25.
 */
export function screeningDueAt(receivedAt: Date): Date {
  return new Date(receivedAt.getTime() + SCREENING_HOURS * HOUR_MS);
}

/**
 * When the receipt to a professional reporter is due. Precisely: take the Copenhagen calendar
 * date on which the report was received; the day of receipt does not count (as for a time limit
 * in days in Danish administrative law); step forward six working days (weekends, public holidays
 * and the municipality's optional closed days skipped); the deadline is the end of that sixth
 * working day, 23:59:59.999 Europe/Copenhagen, as an instant with that day's offset.
 * Received on Monday 2 March 2026 at any hour → due Tuesday 10 March 2026 23:59:59.999 (+01:00).
 */
export function receiptDueAt(
  receivedAt: Date,
  settings: NonWorkingDaySettings = DEFAULT_NON_WORKING_DAYS,
): Date {
  const receivedOn = copenhagenDateOf(receivedAt);
  const dueOn = addWorkingDays(receivedOn, RECEIPT_WORKING_DAYS, settings);
  return copenhagenInstant(dueOn, 23, 59, 59, 999);
}
