import { z } from 'zod';
import { CONSENTS, PLACEMENT_REASONS } from '../casework/placement-reasons.ts';
import { FORUM_KINDS } from '../forums/kinds.ts';
import { Score } from './casework.ts';
import { Ref, strict } from './common.ts';
import { CalendarDate, freeText, Id, IdempotencyKey, int4, text, Version } from './types.ts';

/** Case work over HTTP (docs/casework.md): measures, the child's ladder, follow-ups. */

// ---- measures -------------------------------------------------------------------------------

export const MeasureCreateRequest = strict({
  offerId: Id,
  startDate: CalendarDate,
  plannedEndDate: CalendarDate.optional(),
  monthlyCost: z.number().min(0).max(10_000_000).optional(),
  legalBasis: text(200, 'Lovgrundlaget').optional(),
  provider: text(200, 'Leverandøren').optional(),
  /**
   * The forum decision the gate starts it on (a specialised step, any placement: docs/forums.md
   * "Escalation gate"); without it, the child's newest covering decision is used.
   */
  forumDecisionId: Id.optional(),
  /** a placement on a leader's emergency decision (it must reach the placement committee in time) */
  emergencyDecisionId: Id.optional(),
  /** placements only, required there: with or without consent (barnets lov §§ 46/47) */
  consent: z.enum(CONSENTS).optional(),
  /** placements only, required there: Danmarks Statistik's reasons, one or more */
  placementReasons: z.array(z.enum(PLACEMENT_REASONS)).min(1).max(10).optional(),
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
  /** the free-text forum reference of a placement started before the gate (history) */
  forumDecisionRef: z.string().nullable(),
  /** the forum decision the gate started it on */
  forumDecision: z
    .object({ id: z.string(), forumKind: z.enum(FORUM_KINDS), forumName: z.string(), decidedOn: z.string() })
    .nullable(),
  emergencyDecisionId: z.string().nullable(),
  consent: z.enum(CONSENTS).nullable(),
  placementReasons: z.array(z.enum(PLACEMENT_REASONS)),
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
  nextCadenceWeeks: int4('Antal uger', 1, 52).optional(),
  /** with decision 'stop': why the measure ends (default 'other') */
  endReason: z.enum(MEASURE_END_REASONS).optional(),
  notes: freeText(20000, 'Noterne').optional(),
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
