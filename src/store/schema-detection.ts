/** Kysely types of the detection tables (migration 004). */
import type { ColumnType, Generated } from 'kysely';
import type { DateOnly, Timestamp } from './schema.ts';

export interface DetectionSettingTable {
  municipality_id: string;
  must_report_below: Generated<number>;
  several_professionals_enabled: Generated<boolean>;
  several_professionals_min: Generated<number>;
  several_professionals_days: Generated<number>;
  red_after_yellow_enabled: Generated<boolean>;
  low_level_enabled: Generated<boolean>;
  low_level_max: Generated<number>;
  level_drop_enabled: Generated<boolean>;
  level_drop_min: Generated<number>;
  level_drop_days: Generated<number>;
  updated_at: Timestamp;
  updated_by: string | null;
}

export interface ConcernTable {
  municipality_id: string;
  id: Generated<string>;
  child_id: string;
  author_id: string;
  unit_id: string | null;
  level: number;
  development_text: string | null;
  parenting_text: string | null;
  family_environment_text: string | null;
  risk_factors: ColumnType<string[], string[] | undefined, string[]>;
  protective_factors: ColumnType<string[], string[] | undefined, string[]>;
  parents_informed: boolean;
  status: Generated<'received' | 'in_progress' | 'closed'>;
  locked_at: Date | null;
  closed_at: Date | null;
  idempotency_key: string | null;
  request_hash: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ConcernCorrectionTable {
  municipality_id: string;
  id: Generated<string>;
  concern_id: string;
  author_id: string;
  text: string;
  level_before: number | null;
  level: number | null;
  created_at: Timestamp;
}

export interface WellbeingRoundTable {
  municipality_id: string;
  id: Generated<string>;
  group_id: string;
  rated_by: string;
  idempotency_key: string;
  request_hash: string;
  rated_on: DateOnly;
  created_at: Timestamp;
}

export interface WellbeingRatingTable {
  municipality_id: string;
  id: Generated<string>;
  round_id: string;
  group_id: string;
  child_id: string;
  color: 'green' | 'yellow' | 'red';
  note: string | null;
  rated_at: Timestamp;
}

export interface SignalTable {
  municipality_id: string;
  id: Generated<string>;
  child_id: string;
  rule: 'several_professionals' | 'red_after_yellow' | 'low_level' | 'level_drop';
  explanation: string;
  status: Generated<'new' | 'acknowledged' | 'contacted' | 'closed'>;
  raised_at: Timestamp;
  raised_by: string;
  last_triggered_at: Timestamp;
  acknowledged_at: Date | null;
  first_contact_on: string | null;
  outcome: 'universal' | 'early_offer' | 'report' | null;
  outcome_on: string | null;
  offer_id: string | null;
  closed_at: Date | null;
}

export interface SignalTriggerTable {
  municipality_id: string;
  trigger_key: string;
  signal_id: string;
  explanation: string;
  created_at: Timestamp;
}

export interface SignalConcernTable {
  municipality_id: string;
  signal_id: string;
  concern_id: string;
}

export interface SignalRatingTable {
  municipality_id: string;
  signal_id: string;
  rating_id: string;
}

export interface SignalActionTable {
  municipality_id: string;
  id: Generated<string>;
  signal_id: string;
  kind: 'acknowledge' | 'contact' | 'outcome';
  actor_id: string;
  at: Timestamp;
  on_date: DateOnly;
  note: string | null;
  outcome: 'universal' | 'early_offer' | 'report' | null;
  offer_id: string | null;
}

export interface PreventiveFollowTable {
  municipality_id: string;
  id: Generated<string>;
  child_id: string;
  started_by: string;
  started_at: Timestamp;
  note: string | null;
  ended_by: string | null;
  ended_at: Date | null;
}

export interface TransitionParticipantJson {
  name: string;
  role: string;
}

export interface TransitionConversationTable {
  municipality_id: string;
  id: Generated<string>;
  child_id: string;
  kind: 'home_to_daycare' | 'daycare_to_school' | 'school_to_youth_education';
  held_on: DateOnly;
  /** jsonb: written as JSON text, read back parsed */
  participants: ColumnType<TransitionParticipantJson[], string, string>;
  summary: string | null;
  follow_up: string | null;
  follow_up_due: string | null;
  recorded_by: string;
  created_at: Timestamp;
}
