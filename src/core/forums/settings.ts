/**
 * The forums' local rules (issue #12, domain.md `escalation-forum`, `political-review-6m`): which
 * ladder steps are specialised, how often children come back, how long a decision holds. They are
 * policy, not law, so each municipality may change them; the defaults are `004_*`'s.
 *
 * Steps are named by their position on the ladder (1 = least intrusive), as the gate and the
 * agenda rules compare "this step or a higher one".
 */

export interface ForumSettings {
  /** rule (a): steps on which every offer is specialised (default 4–6, the placements) */
  specialisedSteps: readonly number[];
  /** rule (a): steps on which only the offers marked specialised are (default 3: MST and the like) */
  specialisedOfferSteps: readonly number[];
  /** rule (h): steps that are institutional placements (default 6) */
  institutionalSteps: readonly number[];
  /** rule (b): a child in a specialised offer comes back to the council this often */
  reviewIntervalMonths: number;
  /** rule (g), `political-review-6m` */
  politicalReviewMonths: number;
  /** rule (h): an institutional placement is flagged once it has lasted this long */
  institutionalFlagMonths: number;
  /** rule (d): the young person is on the placement committee's agenda this long before 17½ */
  aftercareLeadMonths: number;
  /** the gate: an approving decision covers a start within this many calendar months */
  decisionValidityMonths: number;
  /** the gate's acute exception: calendar days from the leader's emergency decision to the committee */
  emergencyDays: number;
}

export const DEFAULT_FORUM_SETTINGS: ForumSettings = Object.freeze({
  specialisedSteps: Object.freeze([4, 5, 6]),
  specialisedOfferSteps: Object.freeze([3]),
  institutionalSteps: Object.freeze([6]),
  reviewIntervalMonths: 6,
  politicalReviewMonths: 6,
  institutionalFlagMonths: 12,
  aftercareLeadMonths: 3,
  decisionValidityMonths: 3,
  // As the children's committee must confirm a chair's emergency decision within 7 days (BL § 49,
  // verify), so the local placement committee is given the same week.
  emergencyDays: 7,
});

/** A measure's place on the ladder, as the forum rules need it. */
export interface StepRef {
  stepPosition: number;
  /** the offer is marked specialised in the catalog (only read on `specialisedOfferSteps`) */
  specialisedOffer: boolean;
}

/** Whether a move to this step (and offer) is specialised: rule (a) and the gate. */
export function isSpecialised(step: StepRef, settings: ForumSettings = DEFAULT_FORUM_SETTINGS): boolean {
  if (settings.specialisedSteps.includes(step.stepPosition)) return true;
  return step.specialisedOffer && settings.specialisedOfferSteps.includes(step.stepPosition);
}

export function isInstitutional(stepPosition: number, settings: ForumSettings = DEFAULT_FORUM_SETTINGS) {
  return settings.institutionalSteps.includes(stepPosition);
}
