/** Calendar days as the municipality counts them: Europe/Copenhagen dates, YYYY-MM-DD. */

// The calendar's one conversion, under the name detection's use cases still import.
export { copenhagenDateOf as copenhagenDate } from '../calendar/zone.ts';

function dayNumber(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / 86_400_000;
}

/** Whole calendar days from `from` to `to` (both YYYY-MM-DD); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** 2026-03-12 → 12.03.2026, as Danish text writes a date. */
export function danishDate(date: string): string {
  const [y, m, d] = date.split('-');
  return `${d}.${m}.${y}`;
}
