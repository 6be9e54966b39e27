import { describe, expect, it } from 'vitest';
import {
  type FollowUpRatings,
  isProgressScore,
  noProgressFlag,
  progressMade,
  type Rater,
} from './progress.ts';

const at = (heldOn: string, ...ratings: [string, Rater, number][]): FollowUpRatings => ({
  heldOn,
  ratings: ratings.map(([goalId, rater, score]) => ({ goalId, rater, score })),
});

describe('progressMade', () => {
  it('is null at the first follow-up or with nothing comparable', () => {
    expect(progressMade(null, at('2026-03-01', ['g1', 'child', 5]))).toBeNull();
    expect(
      progressMade(at('2026-01-01', ['g1', 'child', 5]), at('2026-03-01', ['g1', 'parent', 9])),
    ).toBeNull();
  });

  it('compares the means over the pairs rated both times', () => {
    const before = at('2026-01-01', ['g1', 'child', 4], ['g1', 'parent', 6], ['g2', 'teacher', 2]);
    // Comparable: (g1,child) 4→5, (g1,parent) 6→6: mean 5 → 5.5. The new goal g3 at 0 is ignored.
    expect(
      progressMade(before, at('2026-03-01', ['g1', 'child', 5], ['g1', 'parent', 6], ['g3', 'child', 0])),
    ).toBe(true);
    // 4→6 and 6→4: same mean, no progress.
    expect(progressMade(before, at('2026-03-01', ['g1', 'child', 6], ['g1', 'parent', 4]))).toBe(false);
    expect(progressMade(before, at('2026-03-01', ['g2', 'teacher', 1]))).toBe(false);
  });

  it('counts repeated ratings of one pair once, by their mean', () => {
    const before = at('2026-01-01', ['g1', 'child', 4], ['g2', 'child', 4]);
    // g1: (2+10)/2 = 6, g2: 3 → mean 4.5 > 4.
    expect(
      progressMade(before, at('2026-03-01', ['g1', 'child', 2], ['g1', 'child', 10], ['g2', 'child', 3])),
    ).toBe(true);
  });
});

describe('noProgressFlag (F14)', () => {
  const f1 = at('2026-01-01', ['g', 'child', 5]);
  const f2same = at('2026-03-01', ['g', 'child', 5]);
  const f3down = at('2026-05-01', ['g', 'child', 4]);
  const f3up = at('2026-05-01', ['g', 'child', 7]);
  it('flags two follow-ups in a row without progress', () => {
    expect(noProgressFlag([f1, f2same, f3down])).toBe(true);
    expect(noProgressFlag([at('2025-11-01', ['g', 'child', 1]), f1, f2same, f3down])).toBe(true);
  });
  it('does not flag with one miss, progress last, or too short a history', () => {
    expect(noProgressFlag([f1, f2same, f3up])).toBe(false);
    expect(noProgressFlag([f1, f2same])).toBe(false);
    expect(noProgressFlag([])).toBe(false);
    expect(noProgressFlag([f1, at('2026-03-01', ['other', 'child', 1]), f3down])).toBe(false);
  });
});

describe('isProgressScore', () => {
  it('accepts whole numbers 0–10', () => {
    expect([0, 10, 5].every(isProgressScore)).toBe(true);
    expect([-1, 11, 5.5, Number.NaN].some(isProgressScore)).toBe(false);
  });
});
