import type { ColumnType, Generated } from 'kysely';
import type { Relation } from '../core/people.ts';

export type { Relation };

/** Kysely table types, kept next to the migrations that create them (src/store/migrations). */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type DateOnly = ColumnType<string, string, string>;

export interface MunicipalityTable {
  id: Generated<string>;
  code: string;
  name: string;
  is_demo: Generated<boolean>;
  created_at: Timestamp;
}

export interface DistrictTable {
  municipality_id: string;
  id: Generated<string>;
  name: string;
  socio_economic_index: ColumnType<string, number | string, number | string>;
}

export interface UnitTable {
  municipality_id: string;
  id: Generated<string>;
  district_id: string;
  kind: 'school' | 'daycare' | 'club';
  name: string;
}

export interface GroupTable {
  municipality_id: string;
  id: Generated<string>;
  unit_id: string;
  name: string;
}

export interface HouseholdTable {
  municipality_id: string;
  id: Generated<string>;
  district_id: string;
  address: string;
}

export interface ChildTable {
  municipality_id: string;
  id: Generated<string>;
  cpr: string;
  first_name: string;
  last_name: string;
  birth_date: DateOnly;
  household_id: string;
  district_id: string;
  created_at: Timestamp;
  search_name: ColumnType<string, never, never>;
  search_last_name: ColumnType<string, never, never>;
}

export interface EnrolmentTable {
  municipality_id: string;
  child_id: string;
  group_id: string;
}

export interface PersonTable {
  municipality_id: string;
  id: Generated<string>;
  first_name: string;
  last_name: string;
  cpr: string | null;
  phone: string | null;
  household_id: string | null;
}

export interface ChildRelationTable {
  municipality_id: string;
  child_id: string;
  person_id: string;
  relation: Relation;
  has_custody: Generated<boolean>;
}

export interface AppUserTable {
  municipality_id: string;
  id: Generated<string>;
  username: string;
  display_name: string;
  role: string;
  title: string | null;
  phone: string | null;
  password_hash: string;
  on_call: Generated<boolean>;
  active: Generated<boolean>;
  created_at: Timestamp;
}

export interface UserDistrictTable {
  municipality_id: string;
  user_id: string;
  district_id: string;
}

export interface UserUnitTable {
  municipality_id: string;
  user_id: string;
  unit_id: string;
}

export interface UserGroupTable {
  municipality_id: string;
  user_id: string;
  group_id: string;
}

export interface SessionTable {
  municipality_id: string;
  token_hash: string;
  user_id: string;
  csrf_token: string;
  created_at: Timestamp;
  last_seen_at: Timestamp;
}

export interface CasesTable {
  municipality_id: string;
  id: Generated<string>;
  child_id: string;
  district_id: string;
  caseworker_id: string | null;
  foster_care_consultant_id: string | null;
  opened_at: Timestamp;
  opened_reason: string;
  closed_at: Date | null;
  closed_reason: string | null;
}

export interface EmergencyAccessTable {
  municipality_id: string;
  id: Generated<string>;
  user_id: string;
  child_id: string;
  reason: string;
  granted_at: Timestamp;
  expires_at: Timestamp;
}

export interface AuditLogTable {
  municipality_id: string;
  seq: ColumnType<number, number, never>;
  at: Timestamp;
  user_id: string | null;
  role: string | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  outcome: 'allowed' | 'denied';
  emergency: boolean;
  reason: string | null;
  details: ColumnType<Record<string, unknown>, string, never>;
  prev_hash: string;
  hash: string;
}

export interface StepTable {
  municipality_id: string;
  id: Generated<string>;
  created_at: Timestamp;
}

export interface LadderVersionTable {
  municipality_id: string;
  id: Generated<string>;
  version: number;
  created_at: Timestamp;
  created_by: string | null;
  note: string | null;
}

export interface LadderVersionStepTable {
  municipality_id: string;
  ladder_version_id: string;
  step_id: string;
  position: number;
  name: string;
  category: 'preventive' | 'placement';
  track: 'early' | 'family' | 'placement';
}

export interface DefaultLadderStepTable {
  position: number;
  name: string;
  category: 'preventive' | 'placement';
  track: 'early' | 'family' | 'placement';
}

export interface OfferTable {
  municipality_id: string;
  id: Generated<string>;
  name: string;
  description: Generated<string>;
  provider_kind: 'own' | 'external';
  provider_name: string;
  step_id: string;
  target: 'child' | 'parents' | 'family' | 'network';
  form: 'individual' | 'group';
  setting: 'home' | 'everyday' | 'day' | 'residential';
  age_min: number;
  age_max: number;
  ics_areas: ColumnType<string[], string[] | undefined, string[]>;
  typical_duration_weeks: number | null;
  time_limited: Generated<boolean>;
  evidence: 'none' | 'documented' | 'evidence_based';
  programme: string | null;
  legal_basis: Generated<string>;
  /** numeric comes back as a string from pg */
  unit_cost: ColumnType<string, number | string, number | string>;
  cost_unit: 'month' | 'course';
  capacity: number | null;
  status: Generated<'active' | 'retired'>;
  illustrative: Generated<boolean>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface CatalogSettingTable {
  municipality_id: string;
  max_child_individual_share: ColumnType<string, number | string, number | string>;
  updated_at: Timestamp;
}

// ---- detection (migration 004) ----

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

export interface Database {
  municipality: MunicipalityTable;
  district: DistrictTable;
  unit: UnitTable;
  group: GroupTable;
  household: HouseholdTable;
  child: ChildTable;
  enrolment: EnrolmentTable;
  person: PersonTable;
  child_relation: ChildRelationTable;
  app_user: AppUserTable;
  user_district: UserDistrictTable;
  user_unit: UserUnitTable;
  user_group: UserGroupTable;
  session: SessionTable;
  cases: CasesTable;
  emergency_access: EmergencyAccessTable;
  audit_log: AuditLogTable;
  step: StepTable;
  ladder_version: LadderVersionTable;
  ladder_version_step: LadderVersionStepTable;
  default_ladder_step: DefaultLadderStepTable;
  offer: OfferTable;
  catalog_setting: CatalogSettingTable;
  detection_setting: DetectionSettingTable;
  concern: ConcernTable;
  concern_correction: ConcernCorrectionTable;
  wellbeing_round: WellbeingRoundTable;
  wellbeing_rating: WellbeingRatingTable;
  signal: SignalTable;
  signal_trigger: SignalTriggerTable;
  signal_concern: SignalConcernTable;
  signal_rating: SignalRatingTable;
  signal_action: SignalActionTable;
  preventive_follow: PreventiveFollowTable;
  transition_conversation: TransitionConversationTable;
}
