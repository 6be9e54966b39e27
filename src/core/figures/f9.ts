import type { CalendarDate } from '../calendar/zone.ts';
import { addCalendarMonths } from '../casework/months.ts';

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
 * - Counts below `suppressBelow` (analyst: 5) are suppressed: count and share null, `suppressed`.
 */

export interface F9Row {
  districtId: string | null;
  awareOn: CalendarDate;
  completedOn: CalendarDate | null;
}

export interface F9Measure {
  /** assessments whose outcome is known; null when suppressed */
  total: number | null;
  onTime: number | null;
  /** onTime / total, 0–1; null when there is nothing to measure or when suppressed */
  share: number | null;
  suppressed: boolean;
}

export interface F9Cell {
  districtId: string | null;
  /** YYYY-MM of awareOn */
  month: string;
  within2: F9Measure;
  within4: F9Measure;
}

function measure(total: number, onTime: number, suppressBelow: number): F9Measure {
  if (total > 0 && total < suppressBelow) return { total: null, onTime: null, share: null, suppressed: true };
  return { total, onTime, share: total === 0 ? null : onTime / total, suppressed: false };
}

function count(row: F9Row, months: number, today: CalendarDate, into: [number, number]) {
  const limit = addCalendarMonths(row.awareOn, months);
  if (row.completedOn === null && limit >= today) return;
  into[0] += 1;
  if (row.completedOn !== null && row.completedOn <= limit) into[1] += 1;
}

export function computeF9(rows: readonly F9Row[], today: CalendarDate, suppressBelow = 0): F9Cell[] {
  const cells = new Map<
    string,
    { districtId: string | null; month: string; two: [number, number]; four: [number, number] }
  >();
  for (const row of rows) {
    const month = row.awareOn.slice(0, 7);
    const key = `${row.districtId ?? ''}|${month}`;
    let cell = cells.get(key);
    if (!cell) {
      cell = { districtId: row.districtId, month, two: [0, 0], four: [0, 0] };
      cells.set(key, cell);
    }
    count(row, 2, today, cell.two);
    count(row, 4, today, cell.four);
  }
  return [...cells.values()]
    .sort((a, b) =>
      a.month === b.month
        ? (a.districtId ?? '').localeCompare(b.districtId ?? '')
        : a.month < b.month
          ? -1
          : 1,
    )
    .map((c) => ({
      districtId: c.districtId,
      month: c.month,
      within2: measure(c.two[0], c.two[1], suppressBelow),
      within4: measure(c.four[0], c.four[1], suppressBelow),
    }));
}
