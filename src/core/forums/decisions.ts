import type { CalendarDate } from '../calendar/zone.ts';
import type { ForumKind } from './kinds.ts';

/** A forum's decision on one agenda item (issue #12 item 4), as the gate and the agenda rules read it. */

export const DECISION_OUTCOMES = ['approved', 'alternative', 'postponed', 'rejected'] as const;
export type DecisionOutcome = (typeof DECISION_OUTCOMES)[number];

export const DECISION_OUTCOME_LABELS: Readonly<Record<DecisionOutcome, string>> = Object.freeze({
  approved: 'Godkendt',
  // The council's success: a way closer to everyday life than the one proposed.
  alternative: 'Alternativ på et lavere trin',
  postponed: 'Udsat',
  rejected: 'Afvist',
});

export interface ForumDecision {
  id: string;
  forumKind: ForumKind;
  caseId: string;
  childId: string;
  /** the case's district, for the per-district forums' agendas */
  districtId: string | null;
  /** the proposal decided; null for an item without one (a review, a rule's referral) */
  proposalId: string | null;
  outcome: DecisionOutcome;
  /** approved: the step approved; alternative: the lower step found; otherwise the step proposed */
  stepPosition: number;
  /** the measure decided on is a placement */
  placement: boolean;
  /** a placement without the consent of the custody holders or the young person over 15 */
  withoutConsent: boolean;
  decidedOn: CalendarDate;
}

/** A postponed item is not dealt with: it comes back on the forum's next agenda. */
export function settles(decision: Pick<ForumDecision, 'outcome'>): boolean {
  return decision.outcome !== 'postponed';
}
