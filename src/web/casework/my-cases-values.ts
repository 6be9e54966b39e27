import { parseDate } from '../../core/calendar/zone.ts';
import type { Caseload, MyCase } from './overview-api.ts';

/** Words and orderings for "Mit overblik" and the supervision page. Pure: tested without a browser. */

const DAY_MS = 86_400_000;

/** Whole days from `from` to `to` (calendar dates, so daylight saving cannot shift the count). */
export function daysBetween(from: string, to: string): number {
  const [fy, fm, fd] = parseDate(from);
  const [ty, tm, td] = parseDate(to);
  return Math.round((Date.UTC(ty, tm - 1, td) - Date.UTC(fy, fm - 1, fd)) / DAY_MS);
}

function amount(days: number): string {
  if (days < 14) return days === 1 ? '1 dag' : `${days} dage`;
  if (days < 60) {
    const weeks = Math.floor(days / 7);
    return weeks === 1 ? '1 uge' : `${weeks} uger`;
  }
  const months = Math.floor(days / 30);
  return months === 1 ? '1 måned' : `${months} måneder`;
}

/**
 * A deadline's date as time left in words: "i dag", "i morgen", "om 12 dage", "om 3 uger",
 * "om 4 måneder", or "5 dage over fristen". Deadlines fall due at the end of a calendar day.
 */
export function dueInWords(dueOn: string, on: string): string {
  const days = daysBetween(on, dueOn);
  if (days === 0) return 'i dag';
  if (days === 1) return 'i morgen';
  if (days > 1) return `om ${amount(days)}`;
  return `${amount(-days)} over fristen`;
}

export function isPast(dueOn: string, on: string): boolean {
  return dueOn < on;
}

/** How long a quiet case has been quiet: "i 7 uger". */
export function quietFor(since: string, on: string): string {
  const days = Math.max(0, daysBetween(since, on));
  return `i ${amount(days)}`;
}

/** Overdue first (oldest deadline first), then by the next deadline, cases with none last. */
export function byUrgency(a: MyCase, b: MyCase): number {
  if (a.overdue !== b.overdue) return a.overdue ? -1 : 1;
  const ad = a.nextDeadline?.dueOn;
  const bd = b.nextDeadline?.dueOn;
  if (ad && bd && ad !== bd) return ad < bd ? -1 : 1;
  if (ad && !bd) return -1;
  if (!ad && bd) return 1;
  return a.child.name.localeCompare(b.child.name, 'da');
}

/** Longest quiet first. */
export function quietCases(cases: readonly MyCase[]): MyCase[] {
  return cases
    .filter((c) => c.quietSince !== null)
    .sort((a, b) => ((a.quietSince ?? '') < (b.quietSince ?? '') ? -1 : 1));
}

const STATE_WORDS: Record<NonNullable<Caseload['state']>, string> = {
  under: 'under målet',
  at: 'på målet',
  over: 'over målet',
};

/** "23 sager — mål 20: over målet". */
export function caseloadText(caseload: Pick<Caseload, 'openCases' | 'target' | 'state'>): string {
  const cases = caseload.openCases === 1 ? '1 sag' : `${caseload.openCases} sager`;
  if (caseload.target === null || caseload.state === null) return `${cases} (målet gælder rådgivere)`;
  return `${cases} — mål ${caseload.target}: ${STATE_WORDS[caseload.state]}`;
}

/** "2 frister overskredet" / "1 frist overskredet". */
export function overdueText(count: number): string {
  return count === 1 ? '1 frist overskredet' : `${count} frister overskredet`;
}
