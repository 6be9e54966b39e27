import type { CatalogData } from '../catalog/rows.ts';
import type { RowOf, TableKinds } from '../schema-rows.ts';
import type { WorldData } from '../world/rows.ts';

/**
 * Rows of the detection tables (migration 004) as the demo writes them: a year of concerns, two
 * wellbeing rounds per group, the signals the rules raised from them and the queue's steps.
 * Columns not listed (a concern's idempotency key) take the table's default.
 */

/** What detection reads of the foundation and the catalog. */
export type DetectionBase = Pick<
  WorldData,
  | 'district'
  | 'unit'
  | 'group'
  | 'child'
  | 'enrolment'
  | 'person'
  | 'child_relation'
  | 'app_user'
  | 'user_district'
  | 'user_unit'
  | 'user_group'
  | 'cases'
> &
  CatalogData;

export const DETECTION_COLUMNS = {
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
} satisfies TableKinds;

type Kinds = typeof DETECTION_COLUMNS;

export type ConcernRow = RowOf<'concern', Kinds['concern']>;
export type WellbeingRoundRow = RowOf<'wellbeing_round', Kinds['wellbeing_round']>;
export type WellbeingRatingRow = RowOf<'wellbeing_rating', Kinds['wellbeing_rating']>;
export type SignalRow = RowOf<'signal', Kinds['signal']>;
export type SignalTriggerRow = RowOf<'signal_trigger', Kinds['signal_trigger']>;
export type SignalConcernRow = RowOf<'signal_concern', Kinds['signal_concern']>;
export type SignalRatingRow = RowOf<'signal_rating', Kinds['signal_rating']>;
export type SignalActionRow = RowOf<'signal_action', Kinds['signal_action']>;
export type PreventiveFollowRow = RowOf<'preventive_follow', Kinds['preventive_follow']>;
export type TransitionConversationRow = RowOf<'transition_conversation', Kinds['transition_conversation']>;

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
