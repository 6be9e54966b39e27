import type { CalendarDate } from '../calendar/zone.ts';
import { addCalendarMonths } from '../casework/months.ts';
import { districtMonthCells, type ShareMeasure, shareMeasure, type Tally, tally } from './share.ts';

/**
 * Figure F9 (casework quality, domain.md): the share of assessments (BL § 20) completed within 2
 * months (local target assessment-2m: 80 %) and within 4 months (assessment-4m, BL § 20, stk. 3)
 * of the municipality becoming aware, per district and month.
 *
 * Definition (the query reads exactly the fields of `F9Row`; clarifications, BL § 19, are not rows):
 * - An assessment belongs to the calendar month of its `awareOn` (YYYY-MM) and to its district
 *   (`null` = no district known, shown as its own row).
 * - For each limit (2 and 4 calendar months, `addCalendarMonths`, clamped to the month's end): the
 *   denominator is every assessment whose outcome is known on `today` — completed, or its limit
 *   passed (limit < today) uncompleted. One still inside its limit and uncompleted is left out (it
 *   can still be on time). The numerator: completed on or before the limit date.
 * - A provisional assessment does not count as completed here: F9 measures the assessments.
 * - Small counts are suppressed (`shareMeasure`; analyst: below 5): when the count known, the count
 *   on time or the count late is from 1 to 4, count and share are null and `suppressed` true.
 */

export interface F9Row {
  districtId: string | null;
  awareOn: CalendarDate;
  completedOn: CalendarDate | null;
}

export type F9Measure = ShareMeasure;

export interface F9Cell {
  districtId: string | null;
  /** YYYY-MM of awareOn */
  month: string;
  within2: F9Measure;
  within4: F9Measure;
}

/** Whether the assessment's outcome is known for a limit, and whether it was completed within it. */
function within(row: F9Row, months: number, today: CalendarDate, into: Tally) {
  const limit = addCalendarMonths(row.awareOn, months);
  tally(
    into,
    row.completedOn !== null || limit < today,
    row.completedOn !== null && row.completedOn <= limit,
  );
}

export function computeF9(rows: readonly F9Row[], today: CalendarDate, suppressBelow = 0): F9Cell[] {
  return districtMonthCells(
    rows,
    (row) => row.awareOn.slice(0, 7),
    (key) => ({ ...key, two: [0, 0] as Tally, four: [0, 0] as Tally }),
    (cell, row) => {
      within(row, 2, today, cell.two);
      within(row, 4, today, cell.four);
    },
  ).map((c) => ({
    districtId: c.districtId,
    month: c.month,
    within2: shareMeasure(c.two, suppressBelow),
    within4: shareMeasure(c.four, suppressBelow),
  }));
}
