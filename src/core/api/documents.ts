import { z } from 'zod';
import { DECISION_TYPES } from '../documents/decision-types.ts';
import { Ref, strict } from './common.ts';
import { CalendarDate, freeText, Id, IdempotencyKey, text } from './types.ts';

/** Decisions, consultations and documents over HTTP (docs/documents.md "API"). Requests are strict. */

export const LegalReferenceView = z.object({ text: z.string(), verify: z.boolean() });

export const AppealGuidanceView = z.object({
  appealTo: z.string(),
  how: z.string(),
  deadlineWeeks: z.number(),
  references: z.array(LegalReferenceView),
  /** the paragraph as a letter prints it */
  text: z.string(),
});

// ---- decisions ------------------------------------------------------------------------------

export const DecisionCreateRequest = strict({
  idempotencyKey: IdempotencyKey,
  type: z.enum(DECISION_TYPES, { message: 'Ukendt slags afgørelse.' }),
  decided: text(4000, 'Hvad der er besluttet'),
  legalBasis: text(300, 'Lovgrundlaget'),
  reasons: text(20000, 'Begrundelsen'),
  decidedOn: CalendarDate,
  measureId: Id.optional(),
  forumDecisionId: Id.optional(),
  /** the consultation the decision rests on: refused before its deadline unless all answered */
  consultationId: Id.optional(),
});
export type DecisionCreateRequest = z.infer<typeof DecisionCreateRequest>;

export const DecisionView = z.object({
  id: z.string(),
  caseId: z.string(),
  type: z.enum(DECISION_TYPES),
  typeLabel: z.string(),
  decided: z.string(),
  legalBasis: z.string(),
  reasons: z.string(),
  decidedOn: z.string(),
  decidedBy: Ref,
  measureId: z.string().nullable(),
  forumDecisionId: z.string().nullable(),
  consultationId: z.string().nullable(),
  appealGuidance: AppealGuidanceView,
  status: z.enum(['awaiting_signature', 'final']),
  signedBy: Ref.nullable(),
  signedAt: z.string().nullable(),
  createdAt: z.string(),
});
export type DecisionView = z.infer<typeof DecisionView>;

export const DecisionSignRequest = strict({});

// ---- consultations --------------------------------------------------------------------------

export const ConsultationParty = strict({
  name: text(200, 'Partens navn'),
  relation: text(100, 'Partens forhold til barnet'),
});

export const ConsultationCreateRequest = strict({
  idempotencyKey: IdempotencyKey,
  facts: text(20000, 'Oplysningerne'),
  parties: z.array(ConsultationParty).min(1, { message: 'Angiv mindst én part.' }).max(10),
});
export type ConsultationCreateRequest = z.infer<typeof ConsultationCreateRequest>;

export const ConsultationReplyRequest = strict({
  party: text(200, 'Partens navn'),
  kind: z.enum(['reply', 'waiver'], { message: 'Svaret er et svar (reply) eller et afkald (waiver).' }),
  text: freeText(20000, 'Svaret').optional(),
  receivedOn: CalendarDate,
});
export type ConsultationReplyRequest = z.infer<typeof ConsultationReplyRequest>;

export const ConsultationView = z.object({
  id: z.string(),
  caseId: z.string(),
  facts: z.string(),
  parties: z.array(z.object({ name: z.string(), relation: z.string() })),
  sentAt: z.string(),
  rule: z.object({ days: z.number(), unit: z.enum(['calendar_days', 'working_days']) }),
  lastDay: z.string(),
  /** the first instant after the deadline (Copenhagen midnight) */
  endsAt: z.string(),
  answers: z.array(
    z.object({
      party: z.string(),
      kind: z.enum(['reply', 'waiver']),
      text: z.string().nullable(),
      receivedOn: z.string(),
      recordedBy: Ref,
    }),
  ),
  /** parties who have neither replied nor waived */
  waitingFor: z.array(z.string()),
  createdBy: Ref,
});
export type ConsultationView = z.infer<typeof ConsultationView>;
