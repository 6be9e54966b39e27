import type { CalendarDate } from '../calendar/zone.ts';
import { addWeeks, laterDate } from './months.ts';

/**
 * F14 "cases untouched for 6 weeks" and caseload-20 (local, `004_*`): a case is quiet when nothing
 * has been recorded on it for more than `quietWeeks` weeks (default 6, CaseworkSettings.quietWeeks).
 */

/**
 * The date the case went quiet — its last contact, or its opening when none (or when the opening
 * is later) — when that is more than `quietWeeks` weeks before `today`; else null. Exactly
 * `quietWeeks` weeks is not yet quiet.
 */
export function quietSince(
  lastContactOn: CalendarDate | null,
  openedOn: CalendarDate,
  today: CalendarDate,
  quietWeeks: number,
): CalendarDate | null {
  const last = lastContactOn === null ? openedOn : laterDate(lastContactOn, openedOn);
  return last < addWeeks(today, -quietWeeks) ? last : null;
}

/** A caseworker's open cases against the target (caseload-20, local policy: "about 20"). */
export function caseloadState(count: number, target: number): 'under' | 'at' | 'over' {
  return count < target ? 'under' : count === target ? 'at' : 'over';
}

/**
 * A user's caseload against the target, when the target is theirs: domain.md's caseload-20 is
 * for the family-team caseworker. A foster-care consultant or a preventive worker follows cases
 * of another kind and gets a count only (target and state null).
 */
export function caseloadFor(
  role: string,
  openCases: number,
  target: number,
): { openCases: number; target: number | null; state: 'under' | 'at' | 'over' | null } {
  if (role !== 'caseworker') return { openCases, target: null, state: null };
  return { openCases, target, state: caseloadState(openCases, target) };
}
