import { copenhagenDateOf } from '../../core/calendar/zone.ts';
import type { F8 } from './intake-api.ts';

/** Months, shares and table rows for figure F8's page. Pure: tested without a browser. */

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

type Measure = F8['cells'][number]['screening'];

/** A share as Danish text with its counts: `96 % (24 af 25)`; suppressed and empty said in words. */
export function measureText(m: Measure): string {
  if (m.suppressed) return 'Færre end 5 (vises ikke)';
  if (m.share === null || m.total === null || m.onTime === null) return 'Ingen afgjorte';
  return `${Math.round(m.share * 100)} % (${m.onTime} af ${m.total})`;
}

export const NO_DISTRICT = 'Barn ikke identificeret';

export function districtName(cell: F8['cells'][number]): string {
  return cell.district?.name ?? NO_DISTRICT;
}

/**
 * One chart row per month, one key per district with the share in percent (null: nothing to
 * show, so the line breaks rather than dropping to zero).
 */
export function chartRows(
  f8: F8,
  months: string[],
  measure: 'screening' | 'receipt',
): { rows: Record<string, string | number | null>[]; series: string[] } {
  const series = [...new Set(f8.cells.map(districtName))].sort((a, b) => a.localeCompare(b, 'da'));
  const rows = months.map((month) => {
    const row: Record<string, string | number | null> = { month: shortMonthLabel(month) };
    for (const name of series) {
      const cell = f8.cells.find((c) => c.month === month && districtName(c) === name);
      const share = cell?.[measure].share;
      row[name] = share === null || share === undefined ? null : Math.round(share * 1000) / 10;
    }
    return row;
  });
  return { rows, series };
}
