import type { ColumnType, Generated } from 'kysely';
import type { Relation } from '../core/people.ts';
import type { CaseCloseReason, CaseworkTables } from './schema-casework.ts';
import type {
  CatalogSettingTable,
  DefaultLadderStepTable,
  LadderVersionStepTable,
  LadderVersionTable,
  OfferTable,
  StepTable,
} from './schema-catalog.ts';
import type {
  ConcernCorrectionTable,
  ConcernTable,
  DetectionSettingTable,
  PreventiveFollowTable,
  SignalActionTable,
  SignalConcernTable,
  SignalRatingTable,
  SignalTable,
  SignalTriggerTable,
  TransitionConversationTable,
  WellbeingRatingTable,
  WellbeingRoundTable,
} from './schema-detection.ts';
import type { DocumentTables } from './schema-documents.ts';
import type { ForumTables } from './schema-forums.ts';
import type {
  DistrictMeetingTable,
  IntakeSettingTable,
  MeetingDecisionTable,
  ReceiptTable,
  ReportAttachmentTable,
  ReporterFeedbackTable,
  ReportTable,
  ResponsibleTeam,
  ScreeningTable,
} from './schema-intake.ts';

export type { Relation };

/** Kysely table types, kept next to the migrations that create them (src/store/migrations). */
export type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
export type DateOnly = ColumnType<string, string, string>;

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
  active: Generated<boolean>;
  created_at: Timestamp;
}

/** A user on call from starts_at until ends_at or ended_early_at (migration 014). */
export interface OnCallShiftTable {
  municipality_id: string;
  id: Generated<string>;
  user_id: string;
  starts_at: Date;
  ends_at: Date;
  set_by: string | null;
  set_at: Timestamp;
  ended_early_at: Date | null;
  ended_by: string | null;
  idempotency_key: string | null;
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
  responsible_team: ColumnType<
    ResponsibleTeam | null,
    ResponsibleTeam | null | undefined,
    ResponsibleTeam | null
  >;
  version: Generated<number>;
  updated_at: Timestamp;
  aware_on: ColumnType<string | null, string | null | undefined, string | null>;
  contact_person_id: string | null;
  parent_services_contact: string | null;
  close_reason_code: CaseCloseReason | null;
  created_by: string | null;
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

/** An audit event; seq from one global sequence (unique, increasing, not contiguous per municipality). */
export interface AuditLogTable {
  municipality_id: string;
  seq: ColumnType<number, number | undefined, never>;
  at: Timestamp;
  user_id: string | null;
  role: string | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  child_id: string | null;
  case_id: string | null;
  outcome: 'allowed' | 'denied';
  emergency: boolean;
  on_call: boolean;
  reason: string | null;
  details: ColumnType<Record<string, unknown>, string, never>;
}

/** An event not yet linked into audit_chain (written by trigger; deleted only by the chainer). */
export interface AuditPendingTable {
  municipality_id: string;
  seq: number;
}

/** The chain per municipality: seq 1..n, each linking one event by HMAC (src/store/audit-chain.ts). */
export interface AuditChainTable {
  municipality_id: string;
  seq: number;
  event_seq: number;
  linked_at: ColumnType<Date, never, never>;
  prev_hash: string;
  hash: string;
}

export interface Database extends CaseworkTables, DocumentTables, ForumTables {
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
  on_call_shift: OnCallShiftTable;
  user_district: UserDistrictTable;
  user_unit: UserUnitTable;
  user_group: UserGroupTable;
  session: SessionTable;
  cases: CasesTable;
  emergency_access: EmergencyAccessTable;
  audit_log: AuditLogTable;
  audit_pending: AuditPendingTable;
  audit_chain: AuditChainTable;
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
  intake_setting: IntakeSettingTable;
  report: ReportTable;
  screening: ScreeningTable;
  receipt: ReceiptTable;
  district_meeting: DistrictMeetingTable;
  meeting_decision: MeetingDecisionTable;
  reporter_feedback: ReporterFeedbackTable;
  report_attachment: ReportAttachmentTable;
}

export type * from './schema-casework.ts';
export type * from './schema-catalog.ts';
export type * from './schema-detection.ts';
export type * from './schema-documents.ts';
export type * from './schema-forums.ts';
export type * from './schema-intake.ts';
