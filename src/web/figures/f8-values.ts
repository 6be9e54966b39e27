import { shortMonthLabel } from '../ui/months.ts';
import { chartPercent, seriesRows } from './case-figures-values.ts';
import type { F8 } from './figures-api.ts';

/** Shares and chart rows for figure F8's page. Pure: tested without a browser. */

type Measure = F8['cells'][number]['screening'];

/** A share as Danish text with its counts: `96 % (24 af 25)`; suppressed and empty said in words. */
export function measureText(m: Measure): string {
  if (m.suppressed) return 'Færre end 5 (vises ikke)';
  if (m.share === null || m.total === null || m.onTime === null) return 'Ingen afgjorte';
  return `${Math.round(m.share * 100)} % (${m.onTime} af ${m.total})`;
}

export const NO_DISTRICT = 'Barn ikke identificeret';

/** A cell's district by name; a report whose child is not identified yet has none. */
export function districtName(f8: F8, cell: F8['cells'][number]): string {
  if (cell.districtId === null) return NO_DISTRICT;
  return f8.districts.find((d) => d.id === cell.districtId)?.name ?? 'Ukendt distrikt';
}

/**
 * One chart row per month, one key per district with the share in percent (null: nothing to
 * show, so the line breaks rather than dropping to zero).
 */
export function chartRows(f8: F8, months: string[], measure: 'screening' | 'receipt') {
  return seriesRows(
    f8.cells,
    months,
    (c) => c.month,
    (c) => districtName(f8, c),
    (c) => chartPercent(c[measure].share),
    shortMonthLabel,
  );
}
