import type { ConcernStatus } from '../../core/detection/concern.ts';
import type { RiskFactor } from '../../core/detection/factors.ts';
import type { Outcome, SignalActionKind, SignalStatus } from '../../core/detection/queue.ts';
import type { SignalRule } from '../../core/detection/settings.ts';
import type { ParticipantRole, TransitionKind } from '../../core/detection/transition.ts';
import type { WellbeingColor } from '../../core/detection/wellbeing.ts';
import type { Columns } from '../bulk.ts';

/**
 * Rows of the detection tables (migration 004) as the demo writes them: a year of concerns, two
 * wellbeing rounds per group, the signals the rules raised from them and the queue's steps.
 * Timestamps are ISO strings in UTC, dates 'YYYY-MM-DD', as in types.ts. Columns not listed
 * (a concern's idempotency key) take the table's default.
 */

export interface ConcernRow {
  municipality_id: string;
  id: string;
  child_id: string;
  author_id: string;
  unit_id: string | null;
  level: number;
  development_text: string | null;
  parenting_text: string | null;
  family_environment_text: string | null;
  risk_factors: RiskFactor[];
  protective_factors: string[];
  parents_informed: boolean;
  status: ConcernStatus;
  locked_at: string | null;
  closed_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface WellbeingRoundRow {
  municipality_id: string;
  id: string;
  group_id: string;
  rated_by: string;
  idempotency_key: string;
  request_hash: string;
  rated_on: string;
  created_at: string;
}

export interface WellbeingRatingRow {
  municipality_id: string;
  id: string;
  round_id: string;
  group_id: string;
  child_id: string;
  color: WellbeingColor;
  note: string | null;
  rated_at: string;
}

export interface SignalRow {
  municipality_id: string;
  id: string;
  child_id: string;
  rule: SignalRule;
  explanation: string;
  status: SignalStatus;
  raised_at: string;
  raised_by: string;
  last_triggered_at: string;
  acknowledged_at: string | null;
  first_contact_on: string | null;
  outcome: Outcome | null;
  outcome_on: string | null;
  offer_id: string | null;
  closed_at: string | null;
}

export interface SignalTriggerRow {
  municipality_id: string;
  trigger_key: string;
  signal_id: string;
  explanation: string;
  created_at: string;
}

export interface SignalConcernRow {
  municipality_id: string;
  signal_id: string;
  concern_id: string;
}

export interface SignalRatingRow {
  municipality_id: string;
  signal_id: string;
  rating_id: string;
}

export interface SignalActionRow {
  municipality_id: string;
  id: string;
  signal_id: string;
  kind: SignalActionKind;
  actor_id: string;
  at: string;
  on_date: string;
  note: string | null;
  outcome: Outcome | null;
  offer_id: string | null;
}

export interface PreventiveFollowRow {
  municipality_id: string;
  id: string;
  child_id: string;
  started_by: string;
  started_at: string;
  note: string | null;
  ended_by: string | null;
  ended_at: string | null;
}

export interface TransitionConversationRow {
  municipality_id: string;
  id: string;
  child_id: string;
  kind: TransitionKind;
  held_on: string;
  participants: { name: string; role: ParticipantRole }[];
  summary: string | null;
  follow_up: string | null;
  follow_up_due: string | null;
  recorded_by: string;
  created_at: string;
}

/** The detection tables, in an order that satisfies their foreign keys when inserted. */
export interface DetectionData {
  concern: ConcernRow[];
  wellbeing_round: WellbeingRoundRow[];
  wellbeing_rating: WellbeingRatingRow[];
  signal: SignalRow[];
  signal_trigger: SignalTriggerRow[];
  signal_concern: SignalConcernRow[];
  signal_rating: SignalRatingRow[];
  signal_action: SignalActionRow[];
  preventive_follow: PreventiveFollowRow[];
  transition_conversation: TransitionConversationRow[];
}

export type DetectionTable = keyof DetectionData;

/** Inserted after the offers: a signal's early offer refers to one. */
export const DETECTION_TABLES: readonly DetectionTable[] = [
  'concern',
  'wellbeing_round',
  'wellbeing_rating',
  'signal',
  'signal_trigger',
  'signal_concern',
  'signal_rating',
  'signal_action',
  'preventive_follow',
  'transition_conversation',
];

export const DETECTION_COLUMNS: { [T in DetectionTable]: Columns<DetectionData[T][number]> } = {
  concern: {
    municipality_id: 'uuid',
    id: 'uuid',
    child_id: 'uuid',
    author_id: 'uuid',
    unit_id: 'uuid',
    level: 'integer',
    development_text: 'text',
    parenting_text: 'text',
    family_environment_text: 'text',
    risk_factors: 'text[]',
    protective_factors: 'text[]',
    parents_informed: 'boolean',
    status: 'text',
    locked_at: 'timestamptz',
    closed_at: 'timestamptz',
    created_at: 'timestamptz',
    updated_at: 'timestamptz',
  },
  wellbeing_round: {
    municipality_id: 'uuid',
    id: 'uuid',
    group_id: 'uuid',
    rated_by: 'uuid',
    idempotency_key: 'text',
    request_hash: 'text',
    rated_on: 'date',
    created_at: 'timestamptz',
  },
  wellbeing_rating: {
    municipality_id: 'uuid',
    id: 'uuid',
    round_id: 'uuid',
    group_id: 'uuid',
    child_id: 'uuid',
    color: 'text',
    note: 'text',
    rated_at: 'timestamptz',
  },
  signal: {
    municipality_id: 'uuid',
    id: 'uuid',
    child_id: 'uuid',
    rule: 'text',
    explanation: 'text',
    status: 'text',
    raised_at: 'timestamptz',
    raised_by: 'uuid',
    last_triggered_at: 'timestamptz',
    acknowledged_at: 'timestamptz',
    first_contact_on: 'date',
    outcome: 'text',
    outcome_on: 'date',
    offer_id: 'uuid',
    closed_at: 'timestamptz',
  },
  signal_trigger: {
    municipality_id: 'uuid',
    trigger_key: 'text',
    signal_id: 'uuid',
    explanation: 'text',
    created_at: 'timestamptz',
  },
  signal_concern: { municipality_id: 'uuid', signal_id: 'uuid', concern_id: 'uuid' },
  signal_rating: { municipality_id: 'uuid', signal_id: 'uuid', rating_id: 'uuid' },
  signal_action: {
    municipality_id: 'uuid',
    id: 'uuid',
    signal_id: 'uuid',
    kind: 'text',
    actor_id: 'uuid',
    at: 'timestamptz',
    on_date: 'date',
    note: 'text',
    outcome: 'text',
    offer_id: 'uuid',
  },
  preventive_follow: {
    municipality_id: 'uuid',
    id: 'uuid',
    child_id: 'uuid',
    started_by: 'uuid',
    started_at: 'timestamptz',
    note: 'text',
    ended_by: 'uuid',
    ended_at: 'timestamptz',
  },
  transition_conversation: {
    municipality_id: 'uuid',
    id: 'uuid',
    child_id: 'uuid',
    kind: 'text',
    held_on: 'date',
    participants: 'jsonb',
    summary: 'text',
    follow_up: 'text',
    follow_up_due: 'date',
    recorded_by: 'uuid',
    created_at: 'timestamptz',
  },
};
