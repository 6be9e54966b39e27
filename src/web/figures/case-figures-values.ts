import { parseDate } from '../../core/calendar/zone.ts';
import type { Ref } from '../types.ts';
import { formatNumber } from '../ui/format.ts';

/** Labels, periods and chart rows for figures F9, F11 and F12. Pure: tested without a browser. */

export const NO_DISTRICT = 'Uden distrikt';
export const WHOLE_MUNICIPALITY = 'Hele kommunen';
/** A suppressed cell (fewer than 5, for the analyst): marked, never shown as a number or a zero. */
export const SUPPRESSED = '< 5';

export function districtNames(districts: readonly Ref[]): Map<string, string> {
  return new Map(districts.map((d) => [d.id, d.name]));
}

export function districtLabel(names: Map<string, string>, id: string | null): string {
  return id === null ? NO_DISTRICT : (names.get(id) ?? 'Ukendt distrikt');
}

/** The first and last calendar day of a period of months (`2026-01`…`2026-03`). */
export function periodDates(fromMonth: string, toMonth: string): { from: string; to: string } {
  const [y, m] = parseDate(`${toMonth}-01`);
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { from: `${fromMonth}-01`, to: `${toMonth}-${String(last).padStart(2, '0')}` };
}

/** `2026-Q2` → `2. kvt. 2026`. */
export function quarterLabel(quarter: string): string {
  const match = /^(\d{4})-Q([1-4])$/.exec(quarter);
  return match ? `${match[2]}. kvt. ${match[1]}` : quarter;
}

/** A step a move left: 0 is everyday life (no measure), the others by their position. */
export function fromStepLabel(position: number): string {
  return position === 0 ? 'Trin 0: almindeligt hverdagsliv' : `Trin ${position}`;
}

/** 0.8333 → `83 %`; null → the given text. */
export function percent(share: number | null, none = '–'): string {
  return share === null ? none : `${Math.round(share * 100)} %`;
}

/** A share with its counts: `83 % (10 af 12)`; suppressed as `< 5`; nothing measured in words. */
export function shareText(m: {
  total: number | null;
  onTime: number | null;
  share: number | null;
  suppressed: boolean;
}): string {
  if (m.suppressed) return SUPPRESSED;
  if (m.total === null || m.total === 0 || m.onTime === null) return 'Ingen afgjorte';
  return `${percent(m.share)} (${m.onTime} af ${m.total})`;
}

export function decimal(value: number | null): string {
  return value === null ? '–' : formatNumber(value, 1);
}

/** Chart percent: one decimal, null stays null so a line breaks instead of dropping to zero. */
export function chartPercent(share: number | null | undefined): number | null {
  return share === null || share === undefined ? null : Math.round(share * 1000) / 10;
}

/**
 * One chart row per period (month or quarter), one key per series with its value; the series in
 * Danish alphabetical order.
 */
export function seriesRows<C>(
  cells: readonly C[],
  periods: readonly string[],
  periodOf: (c: C) => string,
  seriesOf: (c: C) => string,
  valueFor: (c: C) => number | null,
  periodLabel: (p: string) => string,
): { rows: Record<string, string | number | null>[]; series: string[] } {
  const series = [...new Set(cells.map(seriesOf))].sort((a, b) => a.localeCompare(b, 'da'));
  const rows = periods.map((period) => {
    const row: Record<string, string | number | null> = { period: periodLabel(period) };
    for (const name of series) {
      const cell = cells.find((c) => periodOf(c) === period && seriesOf(c) === name);
      row[name] = cell === undefined ? null : valueFor(cell);
    }
    return row;
  });
  return { rows, series };
}

/** The distinct periods of some cells, sorted. */
export function periodsOf<C>(cells: readonly C[], periodOf: (c: C) => string): string[] {
  return [...new Set(cells.map(periodOf))].sort();
}

/** Dark shades, so every line and bar passes 3:1 against white; each is named in legend and table. */
export const CHART_COLORS = [
  'blue.8',
  'teal.8',
  'grape.8',
  'orange.9',
  'red.9',
  'indigo.8',
  'green.9',
  'pink.8',
];

export function colorAt(i: number): string {
  return CHART_COLORS[i % CHART_COLORS.length] ?? 'blue.8';
}
