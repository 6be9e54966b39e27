import { z } from 'zod';
import { AGENDA_RULES } from '../forums/agenda-rules.ts';
import { DECISION_OUTCOMES } from '../forums/decisions.ts';
import { FORUM_KINDS } from '../forums/kinds.ts';
import { Ref, strict } from './common.ts';
import { ForumMeetingView } from './forums.ts';
import { Participant } from './intake.ts';
import { CalendarDate, freeText, Id, IdempotencyKey, int4, text } from './types.ts';

/**
 * Proposals, agendas and decisions of the forums over HTTP (docs/forums.md "Proposals, agendas,
 * decisions"). Requests are strict: unknown fields are refused.
 */

// ---- proposals ------------------------------------------------------------------------------

export const ProposalCreateRequest = strict({
  idempotencyKey: IdempotencyKey,
  /** the offers considered, the first the one proposed */
  offerIds: z
    .array(Id)
    .min(1, { message: 'Angiv det tilbud, der indstilles til.' })
    .max(5, { message: 'Højst 5 tilbud kan overvejes i én indstilling.' })
    .refine((ids) => new Set(ids).size === ids.length, { message: 'Et tilbud er nævnt to gange.' }),
  withoutConsent: z.boolean().default(false),
  reason: text(4000, 'Begrundelsen'),
  networkContribution: freeText(4000, 'Netværkets bidrag').default(''),
});
export type ProposalCreateRequest = z.infer<typeof ProposalCreateRequest>;

export const TriedMeasure = z.object({
  measureId: z.string(),
  offerName: z.string(),
  stepPosition: z.number(),
  startOn: z.string(),
  endedOn: z.string().nullable(),
  firstScore: z.number().nullable(),
  latestScore: z.number().nullable(),
  noProgressFlag: z.boolean(),
});

export const ProposalViews = z.object({
  child: z.array(z.object({ heldOn: z.string(), text: z.string() })),
  parents: z.array(z.object({ heldOn: z.string(), text: z.string() })),
});

export const ProposalStatus = z.discriminatedUnion('state', [
  /** no meeting of the forum is planned on or after the proposal yet */
  z.object({ state: z.literal('waiting'), nextMeetingOn: z.string().nullable() }),
  z.object({
    state: z.literal('on_agenda'),
    meeting: z.object({ id: z.string(), heldOn: z.string(), forumName: z.string() }),
  }),
  z.object({
    state: z.literal('decided'),
    outcome: z.enum(DECISION_OUTCOMES),
    outcomeLabel: z.string(),
    stepPosition: z.number(),
    decidedOn: z.string(),
    meetingId: z.string(),
    decisionId: z.string(),
  }),
]);

export const ProposalView = z.object({
  id: z.string(),
  caseId: z.string(),
  forumKind: z.enum(FORUM_KINDS),
  forumLabel: z.string(),
  district: Ref.nullable(),
  offers: z.array(Ref),
  stepPosition: z.number(),
  specialisedOffer: z.boolean(),
  placement: z.boolean(),
  withoutConsent: z.boolean(),
  reason: z.string(),
  networkContribution: z.string(),
  tried: z.array(TriedMeasure),
  views: ProposalViews,
  proposedOn: z.string(),
  proposedBy: Ref,
  status: ProposalStatus,
});
export type ProposalView = z.infer<typeof ProposalView>;

export const ProposalListResponse = z.object({ proposals: z.array(ProposalView) });

// ---- decisions ------------------------------------------------------------------------------

export const SCHOOL_PLACEMENTS = ['ordinary_school', 'special_class', 'internal_school'] as const;
export const SCHOOL_PLACEMENT_LABELS: Readonly<Record<(typeof SCHOOL_PLACEMENTS)[number], string>> = {
  ordinary_school: 'Almindelig skole',
  special_class: 'Specialklasse',
  internal_school: 'Intern skole',
};

/** The item is named by its rule and source id, or (pseudonymised view) by the agenda's item ref. */
export const DecisionCreateRequest = strict({
  idempotencyKey: IdempotencyKey,
  rule: z.enum(AGENDA_RULES, { message: 'Ukendt regel for punktet.' }),
  sourceId: Id.optional(),
  itemRef: z
    .string()
    .regex(/^[0-9a-f]{24}$/, { message: 'Ugyldig henvisning til punktet.' })
    .optional(),
  outcome: z.enum(DECISION_OUTCOMES, { message: 'Ukendt udfald.' }),
  stepPosition: int4('Trinnet', 1, 30).optional(),
  offerId: Id.optional(),
  validUntil: CalendarDate.optional(),
  schoolPlacement: z.enum(SCHOOL_PLACEMENTS, { message: 'Ukendt skoletilbud.' }).optional(),
  reasons: text(4000, 'Begrundelsen'),
  missing: text(2000, 'Hvad der mangler').optional(),
  participants: z.array(Participant).max(30).optional(),
}).refine((r) => (r.sourceId === undefined) !== (r.itemRef === undefined), {
  message: 'Angiv punktet med enten sourceId eller itemRef.',
});
export type DecisionCreateRequest = z.infer<typeof DecisionCreateRequest>;

export const DecisionView = z.object({
  id: z.string(),
  rule: z.enum(AGENDA_RULES),
  outcome: z.enum(DECISION_OUTCOMES),
  outcomeLabel: z.string(),
  stepPosition: z.number(),
  offer: Ref.nullable(),
  placement: z.boolean(),
  withoutConsent: z.boolean(),
  validUntil: z.string().nullable(),
  schoolPlacement: z.enum(SCHOOL_PLACEMENTS).nullable(),
  reasons: z.string(),
  missing: z.string().nullable(),
  participants: z.array(z.object({ userId: z.string().optional(), name: z.string(), role: z.string() })),
  decidedOn: z.string(),
  decidedBy: Ref,
});
export type DecisionView = z.infer<typeof DecisionView>;

// ---- agenda ---------------------------------------------------------------------------------

export const RunningMeasure = z.object({
  offerName: z.string(),
  stepPosition: z.number(),
  startOn: z.string(),
  monthlyCost: z.number().nullable(),
  latestScore: z.number().nullable(),
  noProgressFlag: z.boolean(),
});

/** `case_summary`: what the forum needs of the case, never the full case. */
export const CaseSummary = z.object({
  caseId: z.string(),
  child: z.object({ name: z.string(), age: z.number() }),
  district: Ref.nullable(),
  caseworker: Ref.nullable(),
  proposal: ProposalView.omit({ status: true, caseId: true }).nullable(),
  /** the running measures with their latest follow-up's mean rating and the F14 flag */
  runningMeasures: z.array(RunningMeasure),
});
export type CaseSummary = z.infer<typeof CaseSummary>;

/** `pseudonymised` (political review): no name, CPR, case or child id. */
export const PseudonymisedSummary = z.object({
  pseudonym: z.string(),
  age: z.number(),
  stepPosition: z.number(),
  placedSince: z.string(),
  placementMonths: z.number(),
  monthlyCost: z.number().nullable(),
  latestScore: z.number().nullable(),
  noProgressFlag: z.boolean(),
});
export type PseudonymisedSummary = z.infer<typeof PseudonymisedSummary>;

export const AgendaItemView = z.object({
  position: z.number(),
  /** names the item in a decision request without naming the child (stable within the meeting) */
  itemRef: z.string(),
  rule: z.enum(AGENDA_RULES),
  ruleLabel: z.string(),
  reason: z.string(),
  dueOn: z.string(),
  /** the source's kind and id; null in the pseudonymised view */
  source: z.object({ kind: z.enum(['proposal', 'decision', 'child']), id: z.string() }).nullable(),
  /** the step the item is about (proposed, referred or current) */
  stepPosition: z.number(),
  decision: DecisionView.nullable(),
  summary: CaseSummary.nullable(),
  pseudonymised: PseudonymisedSummary.nullable(),
});
export type AgendaItemView = z.infer<typeof AgendaItemView>;

export const AgendaResponse = z.object({
  meeting: ForumMeetingView,
  forum: z.object({ id: z.string(), name: z.string(), kind: z.enum(FORUM_KINDS), kindLabel: z.string() }),
  view: z.enum(['case_summary', 'pseudonymised']),
  as: z.enum(['member', 'chair']),
  /** closed: the agenda as stored on closing; otherwise built now by the rules */
  stored: z.boolean(),
  /** the last day the agenda takes due items for (the day before the next meeting); null when stored */
  coversUntil: z.string().nullable(),
  items: z.array(AgendaItemView),
});
export type AgendaResponse = z.infer<typeof AgendaResponse>;
