import type { CalendarDate } from '../calendar/zone.ts';

/**
 * Progress ratings (progression / FIT-skalaer, domain.md glossary): at each follow-up the goals
 * of the plan are rated 0–10 by the child, the parents, the caseworker, a teacher or others.
 * F14: "a measure with no progress at two consecutive follow-ups is flagged to stop or change".
 */

export type Rater = 'child' | 'parent' | 'caseworker' | 'teacher' | 'other';

export const RATERS: readonly Rater[] = ['child', 'parent', 'caseworker', 'teacher', 'other'];

export interface ProgressRating {
  goalId: string;
  rater: Rater;
  score: number;
}

export type FollowUpRatings = { heldOn: CalendarDate; ratings: ProgressRating[] };

/** A score is a whole number 0–10 (the API validates with this; the rules below trust it). */
export function isProgressScore(score: number): boolean {
  return Number.isInteger(score) && score >= 0 && score <= 10;
}

/** Mean score per (goal, rater) pair: two ratings of the same pair in one follow-up count once. */
function byPair(ratings: readonly ProgressRating[]): Map<string, number> {
  const sums = new Map<string, [number, number]>();
  for (const r of ratings) {
    const key = `${r.goalId}\u0000${r.rater}`;
    const s = sums.get(key) ?? [0, 0];
    sums.set(key, [s[0] + r.score, s[1] + 1]);
  }
  return new Map([...sums].map(([k, [sum, n]]) => [k, sum / n]));
}

/**
 * Progress from `previous` to `current`: the mean of the current scores is higher than the mean of
 * the previous ones, over the (goal, rater) pairs rated both times only — a new goal or a rater
 * who joined later cannot tip the comparison. null when nothing is comparable (the first follow-up,
 * or no pair in common).
 */
export function progressMade(previous: FollowUpRatings | null, current: FollowUpRatings): boolean | null {
  if (previous === null) return null;
  const before = byPair(previous.ratings);
  const now = byPair(current.ratings);
  let sumBefore = 0;
  let sumNow = 0;
  let n = 0;
  for (const [key, score] of now) {
    const old = before.get(key);
    if (old === undefined) continue;
    sumBefore += old;
    sumNow += score;
    n += 1;
  }
  if (n === 0) return null;
  // Equal counts on both sides: comparing sums compares means, without rounding error.
  return sumNow > sumBefore;
}

/**
 * F14: true when both of the last two follow-ups (history oldest first) showed no progress against
 * the one before (progressMade === false). A follow-up with nothing comparable breaks the run.
 */
export function noProgressFlag(history: readonly FollowUpRatings[]): boolean {
  const [a, b, c] = history.slice(-3);
  if (a === undefined || b === undefined || c === undefined) return false;
  return progressMade(a, b) === false && progressMade(b, c) === false;
}
