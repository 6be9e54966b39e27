/** Kysely types of the case-work tables (migration 007). */
import type { ColumnType, Generated } from 'kysely';
import type { DateOnly, Timestamp } from './schema.ts';

export type CaseCloseReason =
  | 'goals_met'
  | 'moved_away'
  | 'turned_23'
  | 'transferred'
  | 'no_longer_needed'
  | 'other';
export type CaseResponsibility = 'caseworker' | 'foster_care_consultant' | 'contact_person';
export type AssessmentKind = 'assessment' | 'clarification';
export type SafetyParticipantRole = 'child' | 'parent' | 'network' | 'caseworker' | 'professional' | 'other';
export type ChildConversationForm =
  | 'conversation'
  | 'walk_and_talk'
  | 'play_or_drawing'
  | 'observation'
  | 'with_trusted_adult'
  | 'written'
  | 'other';
export type Closeness = 'close' | 'middle' | 'distant';
export type NetworkContribution =
  | 'pick_up'
  | 'weekends'
  | 'support'
  | 'practical_help'
  | 'respite'
  | 'network_foster_family';
export type PlanKind = 'child_plan' | 'youth_plan';
export type IcsArea = 'development' | 'parenting' | 'family_environment';
export type MeasureTrack = 'early' | 'home' | 'placement';
export type MeasureEndReason =
  | 'goals_met'
  | 'step_down'
  | 'step_up'
  | 'no_effect'
  | 'breakdown'
  | 'moved_away'
  | 'turned_18'
  | 'turned_23'
  | 'other';
export type FollowUpKind = 'first' | 'regular' | 'supervision_visit' | 'aftercare';
export type FollowUpDecision = 'continue' | 'adjust' | 'step_down' | 'stop';
export type Rater = 'child' | 'parent' | 'caseworker' | 'teacher' | 'other';
export type JournalKind = 'conversation' | 'home_visit' | 'meeting' | 'phone' | 'decision' | 'note';
/** [{name, relation}] as stored in jsonb. */
export interface Participant {
  name: string;
  relation: string;
}
type Json<T> = ColumnType<T, string, string>;
type Version = Generated<number>;
type NullableDate = ColumnType<string | null, string | null | undefined, string | null>;

export interface CaseworkSettingTable {
  municipality_id: string;
  quiet_weeks: Generated<number>;
  caseload_target: Generated<number>;
  home_follow_up_months: Generated<number>;
  placement_follow_up_weeks: Generated<number>;
  updated_at: Timestamp;
  updated_by: string | null;
}

export interface CaseAssignmentTable {
  municipality_id: string;
  id: Generated<string>;
  case_id: string;
  responsibility: CaseResponsibility;
  user_id: string | null;
  assigned_by: string;
  assigned_at: Timestamp;
  reason: string | null;
}

export interface AssessmentTable {
  municipality_id: string;
  id: Generated<string>;
  case_id: string;
  kind: AssessmentKind;
  aware_on: DateOnly;
  development: string | null;
  parenting: string | null;
  family_environment: string | null;
  worries: string | null;
  what_works: string | null;
  what_must_happen: string | null;
  provisional_on: NullableDate;
  provisional_text: string | null;
  conclusion: string | null;
  proposed_step_id: string | null;
  proposed_offer_ids: ColumnType<string[], string[] | undefined, string[]>;
  completed_on: NullableDate;
  created_by: string;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: Version;
  /** migration 010: a retried create with the same key returns the same record */
  idempotency_key: ColumnType<string | null, string | null | undefined, never>;
}

export interface SafetyRatingTable {
  municipality_id: string;
  id: Generated<string>;
  assessment_id: string;
  participant: string;
  participant_role: SafetyParticipantRole;
  score: number;
  rated_on: DateOnly;
  created_by: string;
  created_at: Timestamp;
}

export interface ChildConversationTable {
  municipality_id: string;
  id: Generated<string>;
  case_id: string;
  assessment_id: string | null;
  held_on: DateOnly;
  form: ChildConversationForm;
  child_words: string;
  held_by: string;
  created_at: Timestamp;
  /** migration 010: a retried create with the same key returns the same record */
  idempotency_key: ColumnType<string | null, string | null | undefined, never>;
}

export interface FamilyMeetingTable {
  municipality_id: string;
  id: Generated<string>;
  case_id: string;
  assessment_id: string | null;
  held_on: DateOnly;
  purpose: string;
  participants: Json<Participant[]>;
  agreements: string | null;
  created_by: string;
  created_at: Timestamp;
  /** migration 010: a retried create with the same key returns the same record */
  idempotency_key: ColumnType<string | null, string | null | undefined, never>;
}

export interface NetworkMemberTable {
  municipality_id: string;
  id: Generated<string>;
  case_id: string;
  name: string;
  relation: string;
  closeness: Closeness;
  contributions: ColumnType<NetworkContribution[], NetworkContribution[] | undefined, NetworkContribution[]>;
  phone: string | null;
  notes: string | null;
  active: Generated<boolean>;
  created_by: string;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: Version;
  /** migration 010: a retried create with the same key returns the same record */
  idempotency_key: ColumnType<string | null, string | null | undefined, never>;
}

export interface PlanTable {
  municipality_id: string;
  id: Generated<string>;
  case_id: string;
  kind: PlanKind;
  agreed_on: DateOnly;
  participants: Json<Participant[]>;
  summary: string | null;
  created_by: string;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: Version;
  /** migration 010: a retried create with the same key returns the same record */
  idempotency_key: ColumnType<string | null, string | null | undefined, never>;
}

export interface PlanGoalTable {
  municipality_id: string;
  id: Generated<string>;
  plan_id: string;
  position: number;
  ics_area: IcsArea;
  text: string;
  achieved_on: NullableDate;
}

export interface GoalMeasureTable {
  municipality_id: string;
  goal_id: string;
  measure_id: string;
}

export interface MeasureTable {
  municipality_id: string;
  id: Generated<string>;
  case_id: string;
  child_id: string;
  offer_id: string;
  step_id: string;
  step_position: number;
  ladder_version_id: string;
  track: MeasureTrack;
  start_on: DateOnly;
  planned_end_on: NullableDate;
  ended_on: NullableDate;
  end_reason: MeasureEndReason | null;
  legal_basis: string;
  provider: string | null;
  /** numeric: pg returns a string */
  monthly_cost: ColumnType<string | null, string | number | null | undefined, string | number | null>;
  forum_decision_ref: string | null;
  follow_up_cadence_weeks: number | null;
  created_by: string;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: Version;
  /** migration 009: a retried create with the same key returns the same measure */
  idempotency_key: string | null;
  /** migration 016: the forum decision (or a leader's emergency decision) the gate started it on */
  forum_decision_id: ColumnType<string | null, string | null | undefined, string | null>;
  emergency_decision_id: ColumnType<string | null, string | null | undefined, string | null>;
  /** migration 016, placements only: consent and Danmarks Statistik's reasons */
  consent: ColumnType<
    'with_consent' | 'without_consent' | null,
    'with_consent' | 'without_consent' | null | undefined,
    'with_consent' | 'without_consent' | null
  >;
  placement_reasons: ColumnType<string[], string[] | undefined, string[]>;
}

/** migration 016 (case work's table, beside the measure it becomes). */
export type MeasureApprovalState = 'pending' | 'approved' | 'rejected';

/** A costly measure waiting for a leader's approval (bevilling); measure_id is the id it will get. */
export interface MeasureApprovalTable {
  municipality_id: string;
  measure_id: string;
  case_id: string;
  child_id: string;
  offer_id: string;
  step_position: number;
  /** numeric: pg returns a string */
  monthly_cost: ColumnType<string, string | number, string | number>;
  threshold: ColumnType<string, string | number, string | number>;
  request: Json<Record<string, unknown>>;
  state: ColumnType<MeasureApprovalState, MeasureApprovalState | undefined, MeasureApprovalState>;
  requested_by: string;
  requested_at: Timestamp;
  decided_by: string | null;
  decided_at: Date | null;
  reason: string | null;
  idempotency_key: string | null;
}

export interface LadderMoveTable {
  municipality_id: string;
  id: Generated<string>;
  child_id: string;
  case_id: string;
  measure_id: string | null;
  moved_on: DateOnly;
  from_position: number;
  to_position: number;
  direction: 'up' | 'down';
  reason: string;
  forum_decision_ref: string | null;
  created_by: string;
  created_at: Timestamp;
}

export interface FollowUpTable {
  municipality_id: string;
  id: Generated<string>;
  case_id: string;
  measure_id: string | null;
  kind: FollowUpKind;
  held_on: DateOnly;
  decision: FollowUpDecision | null;
  next_cadence_weeks: number | null;
  notes: string | null;
  held_by: string;
  created_at: Timestamp;
  idempotency_key: string | null;
}

export interface ProgressRatingTable {
  municipality_id: string;
  id: Generated<string>;
  follow_up_id: string;
  goal_id: string;
  rater: Rater;
  score: number;
}

export interface JournalEntryTable {
  municipality_id: string;
  id: Generated<string>;
  case_id: string;
  kind: JournalKind;
  occurred_at: Timestamp;
  text: string;
  corrects_id: string | null;
  written_by: string;
  written_at: Timestamp;
  idempotency_key: string | null;
}

export interface CaseworkTables {
  casework_setting: CaseworkSettingTable;
  case_assignment: CaseAssignmentTable;
  assessment: AssessmentTable;
  safety_rating: SafetyRatingTable;
  child_conversation: ChildConversationTable;
  family_meeting: FamilyMeetingTable;
  network_member: NetworkMemberTable;
  plan: PlanTable;
  plan_goal: PlanGoalTable;
  goal_measure: GoalMeasureTable;
  measure: MeasureTable;
  measure_approval: MeasureApprovalTable;
  ladder_move: LadderMoveTable;
  follow_up: FollowUpTable;
  progress_rating: ProgressRatingTable;
  journal_entry: JournalEntryTable;
}
