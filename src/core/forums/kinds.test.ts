import { describe, expect, it } from 'vitest';
import { DECISION_OUTCOMES, settles } from './decisions.ts';
import { FORUM_KIND_LABELS, FORUM_KINDS, isForumKind, isPerDistrict } from './kinds.ts';
import { DEFAULT_FORUM_SETTINGS, isInstitutional, isSpecialised } from './settings.ts';

describe('the forum kinds', () => {
  it('are five, with the council alone per district', () => {
    expect(FORUM_KINDS.filter(isPerDistrict)).toEqual(['creative_council']);
    expect(FORUM_KIND_LABELS.children_committee).toBe('Børne- og ungeudvalget');
    expect(isForumKind('placement_committee')).toBe(true);
    expect(isForumKind('district_meeting')).toBe(false);
  });
});

describe('the default settings', () => {
  it('mark step 3’s specialised offers and steps 4–6 specialised, step 6 institutional', () => {
    const specialised = (stepPosition: number, specialisedOffer: boolean) =>
      isSpecialised({ stepPosition, specialisedOffer });
    expect([1, 2, 3, 4, 5, 6].filter((p) => specialised(p, true))).toEqual([3, 4, 5, 6]);
    expect([1, 2, 3, 4, 5, 6].filter((p) => specialised(p, false))).toEqual([4, 5, 6]);
    expect([1, 2, 3, 4, 5, 6].filter((p) => isInstitutional(p))).toEqual([6]);
    expect(DEFAULT_FORUM_SETTINGS).toMatchObject({
      reviewIntervalMonths: 6,
      politicalReviewMonths: 6,
      institutionalFlagMonths: 12,
      decisionValidityMonths: 3,
    });
  });

  it('let every outcome but postponed settle an item', () => {
    expect(DECISION_OUTCOMES.filter((outcome) => settles({ outcome }))).toEqual([
      'approved',
      'alternative',
      'rejected',
    ]);
  });
});
