import { z } from 'zod';
import { ICS_AREAS } from '../catalog/types.ts';
import { Ref } from './common.ts';
import { CalendarDate, strict, text } from './detection.ts';

/**
 * Case work over HTTP (docs/casework.md): the case, assessment, plan, measures, follow-ups.
 * Requests are strict (unknown fields refused). Editable records carry `version`: a PATCH names
 * the version it read; a stale one gets 409 `version_conflict` with the current record.
 * Dates are calendar dates (YYYY-MM-DD, Europe/Copenhagen); instants ISO 8601 with offset.
 */

const Id = z.uuid({ message: 'Ugyldigt id.' });
export const IdempotencyKey = z.string().regex(/^[A-Za-z0-9_-]{8,100}$/, {
  message: 'Idempotensnøglen skal være 8–100 tegn: bogstaver, tal, - og _.',
});
const Version = z.number().int().positive();
const Score = z.number().int().min(0, { message: 'Skalaen går fra 0 til 10.' }).max(10, {
  message: 'Skalaen går fra 0 til 10.',
});
export const Participant = strict({ name: text(200, 'Navnet'), relation: text(100, 'Relationen') });

export const CLOSE_REASONS = [
  'goals_met',
  'moved_away',
  'turned_23',
  'transferred',
  'no_longer_needed',
  'other',
] as const;
export const RESPONSIBLE_TEAMS = ['family_team', 'disability_team', 'youth_team'] as const;
export const CASE_RULE_IDS = [
  'assessment-4m',
  'assessment-2m',
  'plan-3m',
  'first-follow-up',
  'follow-up-home',
  'follow-up-placement',
  'supervision-visits',
  'youth-plan-16',
  'aftercare-17-5',
] as const;

/** A deadline of a case: the rule id of domain.md, due at the end of the day (Copenhagen). */
export const CaseDeadlineView = z.object({
  rule: z.enum(CASE_RULE_IDS),
  label: z.string(),
  dueOn: z.string(),
  /** end of `dueOn`, ISO 8601 with offset */
  dueAt: z.string(),
  doneAt: z.string().nullable(),
  overdue: z.boolean(),
  subject: z.object({ kind: z.string(), id: z.string().nullable() }),
});

// ---- cases ----------------------------------------------------------------------------------

export const CaseCreateRequest = strict({
  childId: Id,
  reason: text(2000, 'Begrundelsen'),
  awareOn: CalendarDate,
  responsibleTeam: z.enum(RESPONSIBLE_TEAMS).optional(),
  caseworkerId: Id.optional(),
});
export type CaseCreateRequest = z.infer<typeof CaseCreateRequest>;

export const CasePatchRequest = strict({
  version: Version,
  caseworkerId: Id.nullable().optional(),
  fosterCareConsultantId: Id.nullable().optional(),
  contactPersonId: Id.nullable().optional(),
  /** why a (re)assignment was made; kept in the assignment history */
  assignmentReason: text(1000, 'Begrundelsen').optional(),
  responsibleTeam: z.enum(RESPONSIBLE_TEAMS).optional(),
  parentServicesContact: text(300, 'Kontakten i voksen- eller beskæftigelsesområdet').nullable().optional(),
  awareOn: CalendarDate.optional(),
  close: strict({ reason: z.enum(CLOSE_REASONS), note: text(2000, 'Bemærkningen') }).optional(),
});
export type CasePatchRequest = z.infer<typeof CasePatchRequest>;

export const CaseChild = z.object({
  id: z.string(),
  name: z.string(),
  birthDate: z.string(),
  age: z.number(),
  cpr: z.string(),
  householdId: z.string().nullable(),
});

export const CaseView = z.object({
  id: z.string(),
  version: z.number(),
  child: CaseChild,
  district: Ref,
  caseworker: Ref.nullable(),
  fosterCareConsultant: Ref.nullable(),
  contactPerson: Ref.nullable(),
  responsibleTeam: z.enum(RESPONSIBLE_TEAMS).nullable(),
  parentServicesContact: z.string().nullable(),
  openedAt: z.string(),
  openedReason: z.string(),
  awareOn: z.string().nullable(),
  closedAt: z.string().nullable(),
  closeReason: z.enum(CLOSE_REASONS).nullable(),
  closedNote: z.string().nullable(),
  /** the child's current step on the ladder (0 = everyday life) */
  currentStep: z.object({ position: z.number(), name: z.string() }),
  /** siblings in the household and their open cases: the family view */
  siblings: z.array(
    z.object({ childId: z.string(), name: z.string(), age: z.number(), caseId: z.string().nullable() }),
  ),
  /** the caller's access: what the page may offer */
  access: z.object({
    write: z.boolean(),
    networkWrite: z.boolean(),
    assign: z.boolean(),
    close: z.boolean(),
    teamRead: z.boolean(),
    emergency: z.boolean(),
  }),
});
export type CaseView = z.infer<typeof CaseView>;

export const CaseAssignmentView = z.object({
  responsibility: z.enum(['caseworker', 'foster_care_consultant', 'contact_person']),
  user: Ref.nullable(),
  assignedBy: Ref,
  assignedAt: z.string(),
  reason: z.string().nullable(),
});

/** `GET /api/casework/assignable-users`: who a leader may assign to a responsibility on a case. */
export const AssignableUsersQuery = strict({
  responsibility: z.enum(['caseworker', 'foster_care_consultant', 'contact_person'], {
    message: 'Ansvaret skal være caseworker, foster_care_consultant eller contact_person.',
  }),
});
export type AssignableUsersQuery = z.infer<typeof AssignableUsersQuery>;
export const AssignableUsersResponse = z.object({
  responsibility: AssignableUsersQuery.shape.responsibility,
  /** active users of a fitting role, by name: their name and districts, nothing else */
  users: z.array(z.object({ id: z.string(), name: z.string(), districts: z.array(Ref) })),
});
export type AssignableUsersResponse = z.infer<typeof AssignableUsersResponse>;

// ---- assessment -----------------------------------------------------------------------------

const SafetyRatingInput = strict({
  participant: text(200, 'Deltageren'),
  participantRole: z.enum(['child', 'parent', 'network', 'caseworker', 'professional', 'other']),
  score: Score,
  ratedOn: CalendarDate,
});

const AssessmentFields = {
  development: z.string().max(20000).nullable().optional(),
  parenting: z.string().max(20000).nullable().optional(),
  familyEnvironment: z.string().max(20000).nullable().optional(),
  worries: z.string().max(20000).nullable().optional(),
  whatWorks: z.string().max(20000).nullable().optional(),
  whatMustHappen: z.string().max(20000).nullable().optional(),
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
  agreements: z.string().max(20000).optional(),
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

// ---- plan -----------------------------------------------------------------------------------

export const PlanCreateRequest = strict({
  kind: z.enum(['child_plan', 'youth_plan']),
  agreedOn: CalendarDate,
  participants: z
    .array(Participant)
    .min(1, { message: 'Angiv hvem der var med til at aftale planen.' })
    .max(40),
  summary: z.string().max(20000).optional(),
  goals: z
    .array(
      strict({
        icsArea: z.enum(ICS_AREAS),
        text: text(2000, 'Målet'),
        measureIds: z.array(Id).max(20).optional(),
      }),
    )
    .min(1, { message: 'En plan skal have mindst ét mål.' })
    .max(50),
  idempotencyKey: IdempotencyKey.optional(),
});
export type PlanCreateRequest = z.infer<typeof PlanCreateRequest>;

const PlanGoalInput = PlanCreateRequest.shape.goals.element;

/**
 * Changes a plan at the version read: the summary, who agreed it, the goals' text and whether a
 * goal is achieved (`achievedOn`, null takes it back), and new goals numbered after the others.
 */
export const PlanPatchRequest = strict({
  version: Version,
  summary: z.string().max(20000).nullable().optional(),
  participants: PlanCreateRequest.shape.participants.optional(),
  goals: z
    .array(
      strict({
        id: Id,
        text: text(2000, 'Målet').optional(),
        achievedOn: CalendarDate.nullable().optional(),
      }),
    )
    .max(50)
    .optional(),
  addGoals: z.array(PlanGoalInput).max(50).optional(),
});
export type PlanPatchRequest = z.infer<typeof PlanPatchRequest>;

export const PlanView = z.object({
  id: z.string(),
  caseId: z.string(),
  version: z.number(),
  kind: z.enum(['child_plan', 'youth_plan']),
  agreedOn: z.string(),
  participants: z.array(z.object({ name: z.string(), relation: z.string() })),
  summary: z.string().nullable(),
  goals: z.array(
    z.object({
      id: z.string(),
      position: z.number(),
      icsArea: z.enum(ICS_AREAS),
      text: z.string(),
      achievedOn: z.string().nullable(),
      measureIds: z.array(z.string()),
    }),
  ),
});
export type PlanView = z.infer<typeof PlanView>;

// ---- measures -------------------------------------------------------------------------------

export const MeasureCreateRequest = strict({
  offerId: Id,
  startDate: CalendarDate,
  plannedEndDate: CalendarDate.optional(),
  monthlyCost: z.number().min(0).max(10_000_000).optional(),
  legalBasis: text(200, 'Lovgrundlaget').optional(),
  provider: text(200, 'Leverandøren').optional(),
  /** needed for a placement step: the forum decision behind the move */
  forumDecisionRef: text(300, 'Henvisningen til forumbeslutningen').optional(),
  reason: text(2000, 'Begrundelsen'),
  goalIds: z.array(Id).max(20).optional(),
  idempotencyKey: IdempotencyKey.optional(),
});
export type MeasureCreateRequest = z.infer<typeof MeasureCreateRequest>;

export const MEASURE_END_REASONS = [
  'goals_met',
  'step_down',
  'step_up',
  'no_effect',
  'breakdown',
  'moved_away',
  'turned_18',
  'turned_23',
  'other',
] as const;

export const MeasurePatchRequest = strict({
  version: Version,
  plannedEndDate: CalendarDate.nullable().optional(),
  monthlyCost: z.number().min(0).max(10_000_000).nullable().optional(),
  provider: text(200, 'Leverandøren').nullable().optional(),
  /** ends the measure */
  end: strict({
    on: CalendarDate,
    reason: z.enum(MEASURE_END_REASONS),
    note: text(2000, 'Begrundelsen'),
  }).optional(),
});
export type MeasurePatchRequest = z.infer<typeof MeasurePatchRequest>;

export const MeasureView = z.object({
  id: z.string(),
  caseId: z.string(),
  version: z.number(),
  offer: Ref,
  step: z.object({ id: z.string(), position: z.number(), name: z.string() }),
  track: z.enum(['early', 'home', 'placement']),
  startOn: z.string(),
  plannedEndOn: z.string().nullable(),
  endedOn: z.string().nullable(),
  endReason: z.string().nullable(),
  legalBasis: z.string(),
  provider: z.string().nullable(),
  monthlyCost: z.number().nullable(),
  forumDecisionRef: z.string().nullable(),
  followUpCadenceWeeks: z.number().nullable(),
  /** no progress at two consecutive follow-ups: to stop or change (F14) */
  noProgressFlag: z.boolean(),
});
export type MeasureView = z.infer<typeof MeasureView>;

export const LadderView = z.object({
  childId: z.string(),
  current: z.object({ position: z.number(), name: z.string() }),
  highestPosition: z.number(),
  moves: z.array(
    z.object({
      id: z.string(),
      movedOn: z.string(),
      fromPosition: z.number(),
      toPosition: z.number(),
      direction: z.enum(['up', 'down']),
      reason: z.string(),
      forumDecisionRef: z.string().nullable(),
      measureId: z.string().nullable(),
    }),
  ),
});
export type LadderView = z.infer<typeof LadderView>;

// ---- follow-ups -----------------------------------------------------------------------------

export const FollowUpCreateRequest = strict({
  kind: z.enum(['first', 'regular', 'supervision_visit', 'aftercare']),
  measureId: Id.optional(),
  heldOn: CalendarDate,
  decision: z.enum(['continue', 'adjust', 'step_down', 'stop']).optional(),
  /** the schedule from now on, decided at the first follow-up (default: the track's cadence) */
  nextCadenceWeeks: z.number().int().min(1).max(52).optional(),
  /** with decision 'stop': why the measure ends (default 'other') */
  endReason: z.enum(MEASURE_END_REASONS).optional(),
  notes: z.string().max(20000).optional(),
  ratings: z
    .array(
      strict({
        goalId: Id,
        rater: z.enum(['child', 'parent', 'caseworker', 'teacher', 'other']),
        score: Score,
      }),
    )
    .max(200)
    .optional(),
  idempotencyKey: IdempotencyKey.optional(),
});
export type FollowUpCreateRequest = z.infer<typeof FollowUpCreateRequest>;

export const FollowUpView = z.object({
  id: z.string(),
  caseId: z.string(),
  measureId: z.string().nullable(),
  kind: z.enum(['first', 'regular', 'supervision_visit', 'aftercare']),
  heldOn: z.string(),
  decision: z.enum(['continue', 'adjust', 'step_down', 'stop']).nullable(),
  nextCadenceWeeks: z.number().nullable(),
  notes: z.string().nullable(),
  heldBy: Ref,
  ratings: z.array(z.object({ goalId: z.string(), rater: z.string(), score: z.number() })),
  /** compared with the follow-up before: null when nothing comparable */
  progress: z.boolean().nullable(),
});
export type FollowUpView = z.infer<typeof FollowUpView>;

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
