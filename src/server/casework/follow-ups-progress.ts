import {
  type FollowUpRatings,
  noProgressFlag,
  progressMade,
  type Rater,
} from '../../core/casework/progress.ts';
import type { Tx } from '../../store/database.ts';
import * as fq from './follow-ups.queries.ts';
import { linkedGoals } from './measures.queries.ts';

/**
 * Progress of measures from their follow-ups' ratings (src/core/casework/progress.ts): per
 * follow-up "progress since the one before" and per measure the F14 flag (no progress at two
 * consecutive follow-ups). A measure's history is its first and regular follow-ups, oldest first,
 * with the ratings of the goals the measure serves (goal_measure); a measure linked to no goal
 * counts every rating given at its follow-ups, so a caseworker who rated without linking still
 * sees the flag. Loaded for many measures at once (a case's list) in three queries.
 */

export interface MeasureProgress {
  noProgressFlag: boolean;
  /** per follow-up id: progress against the measure's previous follow-up (null: not comparable) */
  progressByFollowUp: Map<string, boolean | null>;
  /** the mean rating of the first and of the latest follow-up that has ratings (one decimal); null: none */
  firstScore: number | null;
  latestScore: number | null;
}

function meanScore(f: FollowUpRatings | undefined): number | null {
  if (!f || f.ratings.length === 0) return null;
  return Math.round((f.ratings.reduce((sum, r) => sum + r.score, 0) / f.ratings.length) * 10) / 10;
}

export async function measuresProgress(
  tx: Tx,
  measureIds: readonly string[],
): Promise<Map<string, MeasureProgress>> {
  const out = new Map<string, MeasureProgress>();
  if (measureIds.length === 0) return out;
  const [reviews, goals] = await Promise.all([
    fq.reviewsOfMeasures(tx, measureIds),
    linkedGoals(tx, measureIds),
  ]);
  const ratings = await fq.ratingsOf(
    tx,
    reviews.map((r) => r.id),
  );
  const ratingsByFollowUp = new Map<string, { goalId: string; rater: Rater; score: number }[]>();
  for (const r of ratings) {
    const list = ratingsByFollowUp.get(r.follow_up_id) ?? [];
    list.push({ goalId: r.goal_id, rater: r.rater, score: r.score });
    ratingsByFollowUp.set(r.follow_up_id, list);
  }
  for (const measureId of measureIds) {
    const served = goals.get(measureId);
    const own = reviews.filter((r) => r.measure_id === measureId);
    const history: FollowUpRatings[] = own.map((f) => ({
      heldOn: f.held_on,
      ratings: (ratingsByFollowUp.get(f.id) ?? []).filter(
        (r) => served === undefined || served.has(r.goalId),
      ),
    }));
    const progressByFollowUp = new Map<string, boolean | null>();
    own.forEach((f, i) => {
      const current = history[i] as FollowUpRatings;
      progressByFollowUp.set(f.id, progressMade(i === 0 ? null : (history[i - 1] ?? null), current));
    });
    const rated = history.filter((f) => f.ratings.length > 0);
    out.set(measureId, {
      noProgressFlag: noProgressFlag(history),
      progressByFollowUp,
      firstScore: meanScore(rated[0]),
      latestScore: meanScore(rated.at(-1)),
    });
  }
  return out;
}
