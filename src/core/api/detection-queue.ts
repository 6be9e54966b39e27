import { z } from 'zod';
import { OUTCOMES, SIGNAL_ACTION_KINDS, SIGNAL_STATUSES } from '../detection/queue.ts';
import { SIGNAL_RULES } from '../detection/settings.ts';
import { PARTICIPANT_ROLES, TRANSITION_KINDS } from '../detection/transition.ts';
import { WELLBEING_COLORS } from '../detection/wellbeing.ts';
import { Ref, strict } from './common.ts';
import { BandView, ChildInDistrict, ConcernView, StaffRef, UnitRef } from './detection.ts';
import { CalendarDate, idWith, text } from './types.ts';

/**
 * Detection over HTTP, part two: the preventive worker's queue of signals, a child's detection
 * record, following a child as known to preventive work, transition conversations
 * (docs/detection.md). Part one (detection.ts): concerns, the guide, wellbeing checks, settings.
 */

// ---- signals and the queue ----

export const SignalsQuery = strict({
  district: idWith('Ugyldigt distrikt-id.').optional(),
  status: z.enum(['open', 'closed', 'all']).optional(),
});
export type SignalsQuery = z.infer<typeof SignalsQuery>;

export const SignalSummary = z.object({
  id: z.string(),
  rule: z.enum(SIGNAL_RULES),
  ruleLabel: z.string(),
  explanation: z.string(),
  child: ChildInDistrict,
  status: z.enum(SIGNAL_STATUSES),
  statusLabel: z.string(),
  raisedAt: z.string(),
  lastTriggeredAt: z.string(),
  acknowledgedAt: z.string().nullable(),
  firstContactOn: z.string().nullable(),
  outcome: z.enum(OUTCOMES).nullable(),
  outcomeLabel: z.string().nullable(),
  outcomeOn: z.string().nullable(),
  offer: Ref.nullable(),
  concernCount: z.number().int(),
  ratingCount: z.number().int(),
  /** the child is followed as known to preventive work */
  followed: z.boolean(),
  /** what the reader may do with it now */
  allowedActions: z.array(z.enum(SIGNAL_ACTION_KINDS)),
});
export type SignalSummary = z.infer<typeof SignalSummary>;
export const SignalsResponse = z.object({ signals: z.array(SignalSummary) });
export type SignalsResponse = z.infer<typeof SignalsResponse>;

export const SignalDetail = SignalSummary.extend({
  triggers: z.array(z.object({ explanation: z.string(), at: z.string() })),
  concerns: z.array(
    z.object({
      id: z.string(),
      level: z.number().int(),
      band: BandView,
      createdAt: z.string(),
      author: StaffRef.extend({ phone: z.string().nullable() }),
      unit: UnitRef.nullable(),
    }),
  ),
  ratings: z.array(
    z.object({
      id: z.string(),
      color: z.enum(WELLBEING_COLORS),
      label: z.string(),
      ratedOn: z.string(),
      group: Ref,
      note: z.string().nullable(),
      ratedBy: StaffRef,
    }),
  ),
  actions: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(SIGNAL_ACTION_KINDS),
      kindLabel: z.string(),
      at: z.string(),
      date: z.string(),
      note: z.string().nullable(),
      outcome: z.enum(OUTCOMES).nullable(),
      outcomeLabel: z.string().nullable(),
      offer: Ref.nullable(),
      by: StaffRef,
    }),
  ),
});
export type SignalDetail = z.infer<typeof SignalDetail>;
export const SignalResponse = z.object({ signal: SignalDetail });
export type SignalResponse = z.infer<typeof SignalResponse>;

const Note = text(2000, 'Noten');
export const SignalActionRequest = z.discriminatedUnion('kind', [
  strict({ kind: z.literal('acknowledge'), note: Note.optional() }),
  strict({ kind: z.literal('contact'), date: CalendarDate.optional(), note: Note.optional() }),
  strict({
    kind: z.literal('outcome'),
    outcome: z.enum(OUTCOMES),
    /** required for early_offer: an active offer at step 1–2 */
    offerId: idWith('Ugyldigt tilbud-id.').optional(),
    date: CalendarDate.optional(),
    note: Note.optional(),
  }),
]);
export type SignalActionRequest = z.infer<typeof SignalActionRequest>;

// ---- a child's detection record ----

export const FollowRequest = strict({ note: text(2000, 'Noten').optional() });
export type FollowRequest = z.infer<typeof FollowRequest>;
export const FollowView = z.object({
  id: z.string(),
  since: z.string(),
  by: StaffRef,
  note: z.string().nullable(),
});
export const FollowResponse = z.object({ follow: FollowView });
export type FollowResponse = z.infer<typeof FollowResponse>;

export const ChildRating = z.object({
  id: z.string(),
  color: z.enum(WELLBEING_COLORS),
  label: z.string(),
  ratedOn: z.string(),
  group: Ref,
  note: z.string().nullable(),
  ratedBy: StaffRef,
});
export type ChildRating = z.infer<typeof ChildRating>;

export const ChildConcernsResponse = z.object({
  child: ChildInDistrict,
  concerns: z.array(ConcernView),
  ratings: z.array(ChildRating),
  signals: z.array(SignalSummary),
  preventiveFollow: FollowView.nullable(),
  /** figure F3 for this child */
  timeToSupport: z.object({
    firstSignalOn: z.string().nullable(),
    firstSupportOn: z.string().nullable(),
    days: z.number().int().nullable(),
  }),
  access: z.object({ via: z.enum(['scope', 'emergency']), emergency: z.boolean() }),
});
export type ChildConcernsResponse = z.infer<typeof ChildConcernsResponse>;

// ---- transition conversations ----

export const TransitionCreateRequest = strict({
  childId: idWith('Ugyldigt barn-id.'),
  kind: z.enum(TRANSITION_KINDS),
  heldOn: CalendarDate,
  participants: z
    .array(strict({ name: text(200, 'Navnet'), role: z.enum(PARTICIPANT_ROLES) }))
    .min(1, { message: 'Angiv mindst én deltager.' })
    .max(20, { message: 'Højst 20 deltagere.' }),
  summary: text(4000, 'Resuméet').optional(),
  followUp: text(2000, 'Opfølgningen').optional(),
  followUpDue: CalendarDate.optional(),
}).refine((r) => r.followUpDue === undefined || r.followUp !== undefined, {
  message: 'Beskriv opfølgningen, når der er en dato for den.',
  path: ['followUp'],
});
export type TransitionCreateRequest = z.infer<typeof TransitionCreateRequest>;

export const TransitionView = z.object({
  id: z.string(),
  childId: z.string(),
  kind: z.enum(TRANSITION_KINDS),
  kindLabel: z.string(),
  heldOn: z.string(),
  participants: z.array(
    z.object({ name: z.string(), role: z.enum(PARTICIPANT_ROLES), roleLabel: z.string() }),
  ),
  summary: z.string().nullable(),
  followUp: z.string().nullable(),
  followUpDue: z.string().nullable(),
  recordedBy: StaffRef,
  createdAt: z.string(),
});
export type TransitionView = z.infer<typeof TransitionView>;
export const TransitionResponse = z.object({ conversation: TransitionView });
export const TransitionsResponse = z.object({ conversations: z.array(TransitionView) });
export type TransitionsResponse = z.infer<typeof TransitionsResponse>;
