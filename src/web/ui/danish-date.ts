import { todayInCopenhagen } from '../../core/calendar/zone.ts';
import { formatDate } from './format.ts';

/**
 * Dates typed the Danish way, `dd.mm.åååå` (also `d.m.åååå` and with - or /), read into the API's
 * `YYYY-MM-DD`. A text field rather than the browser's date picker, whose format follows the
 * laptop's language settings rather than the municipality's.
 */
export function parseDanishDate(text: string): string | undefined {
  const match = /^\s*(\d{1,2})[.\-/](\d{1,2})[.\-/](\d{4})\s*$/.exec(text);
  if (!match) return undefined;
  const [, d, m, y] = match as unknown as [string, string, string, string];
  const iso = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso) return undefined;
  return iso;
}

/** Today in Copenhagen as the field shows it, `12.03.2026`. */
export function todayDanish(now: Date = new Date()): string {
  return formatDate(todayInCopenhagen(now));
}

export const DATE_HINT = 'Skriv datoen som dd.mm.åååå, fx 05.03.2026.';
