/** Kysely types of the intake tables (migrations 005 and 006). */
import type { ColumnType, Generated } from 'kysely';
import type { AttachmentMediaType } from '../core/intake/attachments.ts';
import type {
  MeetingDecision,
  ReporterKind,
  ReportSource,
  ScreeningDecision,
} from '../core/intake/sources.ts';
import type { DateOnly, Timestamp } from './schema.ts';

export type ResponsibleTeam = 'family_team' | 'disability_team' | 'youth_team';

export interface IntakeSettingTable {
  municipality_id: string;
  constitution_day_closed: Generated<boolean>;
  christmas_eve_closed: Generated<boolean>;
  new_years_eve_closed: Generated<boolean>;
  updated_at: Timestamp;
  updated_by: string | null;
}

export interface ReportTable {
  municipality_id: string;
  id: Generated<string>;
  child_id: string | null;
  provisional_cpr: string | null;
  provisional_name: string | null;
  provisional_birth_date: string | null;
  matched_at: Date | null;
  matched_by: string | null;
  district_id: string | null;
  source: ReportSource;
  reporter_kind: ReporterKind;
  reporter_name: string | null;
  reporter_organisation: string | null;
  reporter_email: string | null;
  reporter_user_id: string | null;
  received_at: ColumnType<Date, Date | string, Date | string>;
  screening_due_at: ColumnType<Date, Date | string, Date | string>;
  receipt_due_at: ColumnType<Date | null, Date | string | null, Date | string | null>;
  acute: boolean;
  text: string;
  status: Generated<'received' | 'screened' | 'closed'>;
  closed_at: Date | null;
  created_by: string;
  created_at: Timestamp;
  idempotency_key: string;
  request_hash: string;
}

export interface ScreeningTable {
  municipality_id: string;
  id: Generated<string>;
  report_id: string;
  health_or_development_in_danger: boolean;
  urgent_measures_needed: boolean;
  decision: ScreeningDecision;
  notes: string | null;
  screened_by: string;
  screened_at: Timestamp;
}

export interface ReceiptTable {
  municipality_id: string;
  id: Generated<string>;
  report_id: string;
  text: string;
  channel: 'email' | 'digital_post' | 'letter' | 'in_app';
  sent_at: Timestamp;
  sent_by: string;
}

export interface MeetingParticipantJson {
  userId?: string;
  name: string;
  role: string;
}

export interface DistrictMeetingTable {
  municipality_id: string;
  id: Generated<string>;
  district_id: string;
  held_on: DateOnly;
  /** jsonb: written as JSON text, read back parsed */
  participants: ColumnType<MeetingParticipantJson[], string | undefined, string>;
  chaired_by: string | null;
  closed_at: Date | null;
  created_at: Timestamp;
}

export interface MeetingDecisionTable {
  municipality_id: string;
  id: Generated<string>;
  meeting_id: string;
  report_id: string;
  decision: MeetingDecision;
  reasons: string;
  case_id: string | null;
  decided_by: string;
  decided_at: Timestamp;
}

export interface ReporterFeedbackTable {
  municipality_id: string;
  id: Generated<string>;
  report_id: string;
  outcome: 'assessment' | 'measure' | 'none';
  text: string;
  sent_at: Timestamp;
  sent_by: string;
}

/** Migration 006: a file attached to a report. Append-only. */
export interface ReportAttachmentTable {
  municipality_id: string;
  id: Generated<string>;
  report_id: string;
  file_name: string;
  media_type: AttachmentMediaType;
  size_bytes: number;
  sha256: string;
  content: Buffer;
  uploaded_by: string;
  uploaded_at: Timestamp;
}
