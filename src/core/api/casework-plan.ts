import { z } from 'zod';
import { ICS_AREAS } from '../catalog/types.ts';
import { Participant } from './casework.ts';
import { strict } from './common.ts';
import { CalendarDate, freeText, Id, IdempotencyKey, text, Version } from './types.ts';

/** Case work over HTTP (docs/casework.md): the child's or youth plan and its goals. */

// ---- plan -----------------------------------------------------------------------------------

export const PlanCreateRequest = strict({
  kind: z.enum(['child_plan', 'youth_plan']),
  agreedOn: CalendarDate,
  participants: z
    .array(Participant)
    .min(1, { message: 'Angiv hvem der var med til at aftale planen.' })
    .max(40),
  summary: freeText(20000, 'Resuméet').optional(),
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
  summary: freeText(20000, 'Resuméet').nullable().optional(),
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
