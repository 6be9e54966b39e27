import { z } from 'zod';
import { AGENDA_RULES } from '../forums/agenda-rules.ts';
import { DECISION_OUTCOMES } from '../forums/decisions.ts';
import { FORUM_KINDS } from '../forums/kinds.ts';
import { MeasureView } from './casework-measures.ts';
import { Ref, strict } from './common.ts';
import { CalendarDate, IdempotencyKey, text } from './types.ts';

/**
 * The escalation gate as case work meets it over HTTP (docs/casework.md "The gate and the leader's
 * approval", docs/forums.md): the leader's approval (bevilling) of a costly measure, a leader's
 * emergency decision, the case's forum decisions for the measure form's picker, and what the
 * leader's supervision shows of them.
 */

// ---- the leader's approval ------------------------------------------------------------------

export const APPROVAL_ROW_STATES = ['pending', 'approved', 'rejected'] as const;

export const MeasureApprovalView = z.object({
  /** the id the measure has (approved) or will have */
  measureId: z.string(),
  caseId: z.string(),
  child: Ref,
  state: z.enum(APPROVAL_ROW_STATES),
  /** why it needs approval, in Danish (the cost against the step's threshold) */
  reason: z.string(),
  threshold: z.number(),
  monthlyCost: z.number(),
  offer: Ref,
  stepPosition: z.number(),
  startDate: z.string(),
  requestedBy: Ref,
  requestedAt: z.string(),
  decidedBy: Ref.nullable(),
  decidedAt: z.string().nullable(),
  /** the leader's reason: required for a rejection */
  decisionReason: z.string().nullable(),
});
export type MeasureApprovalView = z.infer<typeof MeasureApprovalView>;

/** 202 of POST /api/cases/:id/measures when the measure waits for a leader's approval. */
export const MeasurePendingResponse = z.object({ approval: MeasureApprovalView });
export type MeasurePendingResponse = z.infer<typeof MeasurePendingResponse>;

export const MeasureApprovalAnswer = strict({
  approved: z.boolean(),
  reason: text(2000, 'Begrundelsen').optional(),
});
export type MeasureApprovalAnswer = z.infer<typeof MeasureApprovalAnswer>;

export const MeasureApprovalResult = z.object({
  approval: MeasureApprovalView,
  /** the measure started on the approval; null for a rejection */
  measure: MeasureView.nullable(),
});
export type MeasureApprovalResult = z.infer<typeof MeasureApprovalResult>;

// ---- emergency decisions --------------------------------------------------------------------

export const EmergencyDecisionRequest = strict({
  idempotencyKey: IdempotencyKey,
  decidedOn: CalendarDate,
  reason: text(4000, 'Begrundelsen'),
});
export type EmergencyDecisionRequest = z.infer<typeof EmergencyDecisionRequest>;

export const EmergencyDecisionView = z.object({
  id: z.string(),
  caseId: z.string(),
  childId: z.string(),
  decidedOn: z.string(),
  /** the placement committee must have decided by this day */
  reachForumBy: z.string(),
  reason: z.string(),
  decidedBy: Ref,
});
export type EmergencyDecisionView = z.infer<typeof EmergencyDecisionView>;

// ---- the case's forum decisions -------------------------------------------------------------

export const CaseForumDecisionView = z.object({
  id: z.string(),
  meetingId: z.string(),
  forumKind: z.enum(FORUM_KINDS),
  forumName: z.string(),
  rule: z.enum(AGENDA_RULES),
  ruleLabel: z.string(),
  outcome: z.enum(DECISION_OUTCOMES),
  outcomeLabel: z.string(),
  stepPosition: z.number(),
  offer: Ref.nullable(),
  placement: z.boolean(),
  withoutConsent: z.boolean(),
  validUntil: z.string().nullable(),
  decidedOn: z.string(),
  reasons: z.string(),
});
export type CaseForumDecisionView = z.infer<typeof CaseForumDecisionView>;

export const CaseForumDecisionsResponse = z.object({
  decisions: z.array(CaseForumDecisionView),
  emergencies: z.array(EmergencyDecisionView),
});
export type CaseForumDecisionsResponse = z.infer<typeof CaseForumDecisionsResponse>;

// ---- the leader's supervision of the gate ---------------------------------------------------

export const SupervisionGateResponse = z.object({
  /** emergency placements still waiting for the placement committee's decision */
  emergencies: z.array(
    z.object({
      emergencyDecisionId: z.string(),
      caseId: z.string(),
      child: Ref,
      decidedOn: z.string(),
      reachForumBy: z.string(),
      overdue: z.boolean(),
    }),
  ),
  /** institutional placements past the flag's months (rule (h), isLongInstitutionalStay) */
  longStays: z.array(
    z.object({
      caseId: z.string(),
      child: Ref,
      measureId: z.string(),
      offer: Ref,
      stepPosition: z.number(),
      since: z.string(),
      flaggedOn: z.string(),
    }),
  ),
  /** measures waiting for a leader's approval in the leader's districts */
  approvals: z.array(MeasureApprovalView),
});
export type SupervisionGateResponse = z.infer<typeof SupervisionGateResponse>;
