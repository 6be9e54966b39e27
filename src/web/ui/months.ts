import { copenhagenDateOf } from '../../core/calendar/zone.ts';

/** Calendar months (`YYYY-MM`), as period filters choose them and pages name them. Pure. */

const MONTH_NAMES = [
  'januar',
  'februar',
  'marts',
  'april',
  'maj',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'december',
];

/** `2026-03` → `marts 2026`. */
export function monthLabel(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return `${MONTH_NAMES[m - 1] ?? month} ${y}`;
}

/** `2026-03` → `mar. 2026`, short for a chart's axis. */
export function shortMonthLabel(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return `${(MONTH_NAMES[m - 1] ?? month).slice(0, 3)}. ${y}`;
}

export function addMonths(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) + n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

export function currentMonth(now: Date = new Date()): string {
  return copenhagenDateOf(now).slice(0, 7);
}

/** The months one may choose: the last `count`, newest first. */
export function monthOptions(now: Date = new Date(), count = 36): { value: string; label: string }[] {
  const last = currentMonth(now);
  return Array.from({ length: count }, (_, i) => {
    const value = addMonths(last, -i);
    return { value, label: monthLabel(value) };
  });
}

export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let m = from; m <= to; m = addMonths(m, 1)) out.push(m);
  return out;
}
