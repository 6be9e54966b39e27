import type { ColumnKinds, RowOf, TableKinds } from '../schema-rows.ts';
import { CASE_OPENING, type WorldData } from '../world/rows.ts';

/**
 * Rows of the intake tables (migration 005) as the demo writes them: a year of reports, their
 * screenings, receipts, the weekly district meetings and their decisions, the cases those
 * decisions opened, and the feedback to professional reporters. A report's provisional CPR number
 * is left empty: the demo's unidentified children are known by name and birth date only.
 */

/** What intake reads of the foundation. */
export type IntakeBase = Pick<
  WorldData,
  | 'district'
  | 'unit'
  | 'group'
  | 'child'
  | 'enrolment'
  | 'app_user'
  | 'user_district'
  | 'user_group'
  | 'cases'
>;

/**
 * A case a district meeting's assessment decision opened: written to `cases`, as the server does,
 * with the case-work columns case work fills in (casework/casework.ts).
 */
export const INTAKE_CASE = { ...CASE_OPENING, responsible_team: 'text' } satisfies ColumnKinds<'cases'>;

export const INTAKE_COLUMNS = {
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
} satisfies TableKinds;

type Kinds = typeof INTAKE_COLUMNS;

export type ReportRow = RowOf<'report', Kinds['report']>;
export type ScreeningRow = RowOf<'screening', Kinds['screening']>;
export type ReceiptRow = RowOf<'receipt', Kinds['receipt']>;
export type DistrictMeetingRow = RowOf<'district_meeting', Kinds['district_meeting']>;
export type IntakeCaseRow = RowOf<'cases', typeof INTAKE_CASE>;
export type MeetingDecisionRow = RowOf<'meeting_decision', Kinds['meeting_decision']>;
export type ReporterFeedbackRow = RowOf<'reporter_feedback', Kinds['reporter_feedback']>;

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
