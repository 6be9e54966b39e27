import { todayInCopenhagen } from '../people.ts';

/** Calendar days as the municipality counts them: Europe/Copenhagen dates, YYYY-MM-DD. */

export function copenhagenDate(at: Date): string {
  return todayInCopenhagen(at);
}

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
