import type { FeedbackOutcome } from '../../core/intake/receipt.ts';
import type {
  MeetingDecision,
  ReporterKind,
  ReportSource,
  ScreeningDecision,
} from '../../core/intake/sources.ts';
import type { ResponsibleTeam } from '../../store/schema-intake.ts';
import type { Columns } from '../bulk.ts';

/**
 * Rows of the intake tables (migration 005) as the demo writes them: a year of reports, their
 * screenings, receipts, the weekly district meetings and their decisions, the cases those
 * decisions opened, and the feedback to professional reporters. Timestamps are ISO strings in
 * UTC, dates 'YYYY-MM-DD', as in types.ts.
 */

export interface ReportRow {
  municipality_id: string;
  id: string;
  /** null while the child is not identified (intake-provisional.ts) */
  child_id: string | null;
  provisional_name: string | null;
  provisional_birth_date: string | null;
  matched_at: string | null;
  matched_by: string | null;
  /** null until the child is identified */
  district_id: string | null;
  source: ReportSource;
  reporter_kind: ReporterKind;
  reporter_name: string | null;
  reporter_organisation: string | null;
  reporter_email: string | null;
  reporter_user_id: string | null;
  received_at: string;
  screening_due_at: string;
  receipt_due_at: string | null;
  acute: boolean;
  text: string;
  status: 'received' | 'screened' | 'closed';
  closed_at: string | null;
  created_by: string;
  created_at: string;
  idempotency_key: string;
  request_hash: string;
}

export interface ScreeningRow {
  municipality_id: string;
  id: string;
  report_id: string;
  health_or_development_in_danger: boolean;
  urgent_measures_needed: boolean;
  decision: ScreeningDecision;
  notes: string | null;
  screened_by: string;
  screened_at: string;
}

export interface ReceiptRow {
  municipality_id: string;
  id: string;
  report_id: string;
  text: string;
  channel: 'email' | 'digital_post' | 'letter' | 'in_app';
  sent_at: string;
  sent_by: string;
}

export interface MeetingParticipant {
  userId: string;
  name: string;
  role: string;
}

export interface DistrictMeetingRow {
  municipality_id: string;
  id: string;
  district_id: string;
  held_on: string;
  participants: MeetingParticipant[];
  chaired_by: string;
  closed_at: string | null;
  created_at: string;
}

/** A case a district meeting's assessment decision opened: written to `cases`, as the server does. */
export interface IntakeCaseRow {
  municipality_id: string;
  id: string;
  child_id: string;
  district_id: string;
  caseworker_id: string | null;
  opened_at: string;
  opened_reason: string;
  responsible_team: ResponsibleTeam;
}

export interface MeetingDecisionRow {
  municipality_id: string;
  id: string;
  meeting_id: string;
  report_id: string;
  decision: MeetingDecision;
  reasons: string;
  case_id: string | null;
  decided_by: string;
  decided_at: string;
}

export interface ReporterFeedbackRow {
  municipality_id: string;
  id: string;
  report_id: string;
  outcome: FeedbackOutcome;
  text: string;
  sent_at: string;
  sent_by: string;
}

/** The intake tables, in an order that satisfies their foreign keys when inserted. */
export interface IntakeData {
  report: ReportRow[];
  screening: ScreeningRow[];
  receipt: ReceiptRow[];
  district_meeting: DistrictMeetingRow[];
  intake_case: IntakeCaseRow[];
  meeting_decision: MeetingDecisionRow[];
  reporter_feedback: ReporterFeedbackRow[];
}

export type IntakeTable = keyof IntakeData;

export const INTAKE_TABLES: readonly IntakeTable[] = [
  'report',
  'screening',
  'receipt',
  'district_meeting',
  'intake_case',
  'meeting_decision',
  'reporter_feedback',
];

/** The database table of a demo table: the cases an assessment opened go to `cases`. */
export function sqlTableOf(table: string): string {
  return table === 'intake_case' ? 'cases' : table;
}

export const INTAKE_COLUMNS: { [T in IntakeTable]: Columns<IntakeData[T][number]> } = {
  report: {
    municipality_id: 'uuid',
    id: 'uuid',
    child_id: 'uuid',
    provisional_name: 'text',
    provisional_birth_date: 'date',
    matched_at: 'timestamptz',
    matched_by: 'uuid',
    district_id: 'uuid',
    source: 'text',
    reporter_kind: 'text',
    reporter_name: 'text',
    reporter_organisation: 'text',
    reporter_email: 'text',
    reporter_user_id: 'uuid',
    received_at: 'timestamptz',
    screening_due_at: 'timestamptz',
    receipt_due_at: 'timestamptz',
    acute: 'boolean',
    text: 'text',
    status: 'text',
    closed_at: 'timestamptz',
    created_by: 'uuid',
    created_at: 'timestamptz',
    idempotency_key: 'text',
    request_hash: 'text',
  },
  screening: {
    municipality_id: 'uuid',
    id: 'uuid',
    report_id: 'uuid',
    health_or_development_in_danger: 'boolean',
    urgent_measures_needed: 'boolean',
    decision: 'text',
    notes: 'text',
    screened_by: 'uuid',
    screened_at: 'timestamptz',
  },
  receipt: {
    municipality_id: 'uuid',
    id: 'uuid',
    report_id: 'uuid',
    text: 'text',
    channel: 'text',
    sent_at: 'timestamptz',
    sent_by: 'uuid',
  },
  district_meeting: {
    municipality_id: 'uuid',
    id: 'uuid',
    district_id: 'uuid',
    held_on: 'date',
    participants: 'jsonb',
    chaired_by: 'uuid',
    closed_at: 'timestamptz',
    created_at: 'timestamptz',
  },
  intake_case: {
    municipality_id: 'uuid',
    id: 'uuid',
    child_id: 'uuid',
    district_id: 'uuid',
    caseworker_id: 'uuid',
    opened_at: 'timestamptz',
    opened_reason: 'text',
    responsible_team: 'text',
  },
  meeting_decision: {
    municipality_id: 'uuid',
    id: 'uuid',
    meeting_id: 'uuid',
    report_id: 'uuid',
    decision: 'text',
    reasons: 'text',
    case_id: 'uuid',
    decided_by: 'uuid',
    decided_at: 'timestamptz',
  },
  reporter_feedback: {
    municipality_id: 'uuid',
    id: 'uuid',
    report_id: 'uuid',
    outcome: 'text',
    text: 'text',
    sent_at: 'timestamptz',
    sent_by: 'uuid',
  },
};
