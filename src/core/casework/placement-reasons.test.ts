import { describe, expect, it } from 'vitest';
import {
  isPlacementReason,
  PLACEMENT_REASON_LABELS,
  PLACEMENT_REASONS,
  placementReasonGroup,
} from './placement-reasons.ts';

describe("Danmarks Statistik's reasons for a placement", () => {
  it('are the 18 of ANBAAR10, each with its own Danish label', () => {
    expect(PLACEMENT_REASONS).toHaveLength(18);
    const labels = PLACEMENT_REASONS.map((r) => PLACEMENT_REASON_LABELS[r]);
    expect(new Set(labels).size).toBe(18);
  });
  it("group into the child's circumstances (7), the home's (10) and other", () => {
    const count = (g: string) => PLACEMENT_REASONS.filter((r) => placementReasonGroup(r) === g).length;
    expect([count('child'), count('home'), count('other')]).toEqual([7, 10, 1]);
  });
  it('recognise only their own codes', () => {
    expect(isPlacementReason('parents_neglect')).toBe(true);
    expect(isPlacementReason('neglect')).toBe(false);
  });
});
