import { z } from 'zod';
import { Participant, Score } from './casework.ts';
import { Ref, strict } from './common.ts';
import { CalendarDate, freeText, Id, IdempotencyKey, text, Version } from './types.ts';

/** Case work over HTTP (docs/casework.md): the assessment, child conversations, family meetings. */

// ---- assessment -----------------------------------------------------------------------------

const SafetyRatingInput = strict({
  participant: text(200, 'Deltageren'),
  participantRole: z.enum(['child', 'parent', 'network', 'caseworker', 'professional', 'other']),
  score: Score,
  ratedOn: CalendarDate,
});

const AssessmentFields = {
  development: freeText(20000).nullable().optional(),
  parenting: freeText(20000).nullable().optional(),
  familyEnvironment: freeText(20000).nullable().optional(),
  worries: freeText(20000).nullable().optional(),
  whatWorks: freeText(20000).nullable().optional(),
  whatMustHappen: freeText(20000).nullable().optional(),
};

export const AssessmentCreateRequest = strict({
  kind: z.enum(['assessment', 'clarification']),
  /** default: the case's awareOn */
  awareOn: CalendarDate.optional(),
  ...AssessmentFields,
  /** a retry with the same key returns the same assessment (200) */
  idempotencyKey: IdempotencyKey.optional(),
});
export type AssessmentCreateRequest = z.infer<typeof AssessmentCreateRequest>;

export const AssessmentPatchRequest = strict({
  version: Version,
  ...AssessmentFields,
  /** adds safety-scale ratings (never replaces earlier ones) */
  safetyRatings: z.array(SafetyRatingInput).max(40).optional(),
  provisional: strict({ on: CalendarDate, text: text(20000, 'Den foreløbige vurdering') }).optional(),
  conclusion: text(20000, 'Konklusionen').optional(),
  proposedStepId: Id.nullable().optional(),
  proposedOfferIds: z.array(Id).max(20).optional(),
  /** completes the assessment; needs a conclusion */
  completedOn: CalendarDate.optional(),
});
export type AssessmentPatchRequest = z.infer<typeof AssessmentPatchRequest>;

export const AssessmentView = z.object({
  id: z.string(),
  caseId: z.string(),
  version: z.number(),
  kind: z.enum(['assessment', 'clarification']),
  awareOn: z.string(),
  dueOn: z.string().nullable(),
  targetOn: z.string().nullable(),
  development: z.string().nullable(),
  parenting: z.string().nullable(),
  familyEnvironment: z.string().nullable(),
  worries: z.string().nullable(),
  whatWorks: z.string().nullable(),
  whatMustHappen: z.string().nullable(),
  safetyRatings: z.array(
    z.object({
      participant: z.string(),
      participantRole: z.string(),
      score: z.number(),
      ratedOn: z.string(),
    }),
  ),
  provisionalOn: z.string().nullable(),
  provisionalText: z.string().nullable(),
  conclusion: z.string().nullable(),
  proposedStep: Ref.nullable(),
  proposedOffers: z.array(Ref),
  completedOn: z.string().nullable(),
});
export type AssessmentView = z.infer<typeof AssessmentView>;

export const ChildConversationRequest = strict({
  heldOn: CalendarDate,
  form: z.enum([
    'conversation',
    'walk_and_talk',
    'play_or_drawing',
    'observation',
    'with_trusted_adult',
    'written',
    'other',
  ]),
  childWords: text(20000, 'Barnets egne ord'),
  assessmentId: Id.optional(),
  idempotencyKey: IdempotencyKey.optional(),
});
export type ChildConversationRequest = z.infer<typeof ChildConversationRequest>;

export const FamilyMeetingRequest = strict({
  heldOn: CalendarDate,
  purpose: text(2000, 'Formålet'),
  participants: z.array(Participant).min(1, { message: 'Angiv mindst én deltager.' }).max(40),
  agreements: freeText(20000, 'Aftalerne').optional(),
  assessmentId: Id.optional(),
  idempotencyKey: IdempotencyKey.optional(),
});
export type FamilyMeetingRequest = z.infer<typeof FamilyMeetingRequest>;

export const ChildConversationView = z.object({
  id: z.string(),
  caseId: z.string(),
  assessmentId: z.string().nullable(),
  heldOn: z.string(),
  form: ChildConversationRequest.shape.form,
  childWords: z.string(),
  heldBy: Ref,
  createdAt: z.string(),
});
export type ChildConversationView = z.infer<typeof ChildConversationView>;

export const FamilyMeetingView = z.object({
  id: z.string(),
  caseId: z.string(),
  assessmentId: z.string().nullable(),
  heldOn: z.string(),
  purpose: z.string(),
  participants: z.array(z.object({ name: z.string(), relation: z.string() })),
  agreements: z.string().nullable(),
  createdBy: Ref,
  createdAt: z.string(),
});
export type FamilyMeetingView = z.infer<typeof FamilyMeetingView>;

export const AssessmentSuggestionsParams = strict({ id: Id, assessmentId: Id });

/**
 * GET /api/cases/:id/assessments/:assessmentId/suggestions: the catalog's matching
 * (src/core/catalog/matching.ts) for the child's age, the assessment's ICS areas and current step,
 * offered for the conclusion's proposed step and offers.
 */
export const AssessmentSuggestionsResponse = z.object({
  suggestions: z.array(
    z.object({
      offer: Ref,
      step: z.object({ id: z.string(), position: z.number(), name: z.string() }),
      atCapacity: z.boolean(),
      /** why it is shown, in Danish */
      reasons: z.array(z.string()),
    }),
  ),
});
export type AssessmentSuggestionsResponse = z.infer<typeof AssessmentSuggestionsResponse>;
