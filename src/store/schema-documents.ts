/** Kysely types of the documents' tables (migration 020). */
import type { ColumnType, Generated } from 'kysely';
import type { DecisionType, LegalReference } from '../core/documents/decision-types.ts';
import type { DocumentType } from '../core/documents/templates.ts';
import type { DateOnly, Timestamp } from './schema.ts';

type Json<T> = ColumnType<T, string, string>;

export interface DecisionTypeSettingTable {
  municipality_id: string;
  decision_type: DecisionType;
  appeal_to: string;
  appeal_how: string;
  appeal_deadline_weeks: number;
  appeal_references: Json<LegalReference[]>;
  second_signature: Generated<boolean>;
  updated_at: Timestamp;
  updated_by: string | null;
}

export type ConsultationUnit = 'calendar_days' | 'working_days';

export interface DocumentSettingTable {
  municipality_id: string;
  consultation_days: Generated<number>;
  consultation_unit: ColumnType<ConsultationUnit, ConsultationUnit | undefined, ConsultationUnit>;
  letterhead_address: string | null;
  updated_at: Timestamp;
  updated_by: string | null;
}

export interface ConsultationPartyJson {
  name: string;
  relation: string;
}

export interface ConsultationTable {
  municipality_id: string;
  id: Generated<string>;
  case_id: string;
  facts: string;
  parties: Json<ConsultationPartyJson[]>;
  sent_at: ColumnType<Date, Date | string, Date | string>;
  rule_days: number;
  rule_unit: ConsultationUnit;
  last_day: DateOnly;
  created_by: string;
  created_at: Timestamp;
  idempotency_key: string;
  request_hash: string;
}

export interface ConsultationAnswerTable {
  municipality_id: string;
  id: Generated<string>;
  consultation_id: string;
  party: string;
  kind: 'reply' | 'waiver';
  text: string | null;
  received_on: DateOnly;
  recorded_by: string;
  recorded_at: Timestamp;
}

/** The appeal guidance as given with a decision (jsonb). */
export interface AppealGuidanceJson {
  appealTo: string;
  how: string;
  deadlineWeeks: number;
  references: LegalReference[];
}

export interface CaseDecisionTable {
  municipality_id: string;
  id: Generated<string>;
  case_id: string;
  child_id: string;
  decision_type: DecisionType;
  decided: string;
  legal_basis: string;
  reasons: string;
  decided_on: DateOnly;
  decided_by: string;
  measure_id: string | null;
  forum_decision_id: string | null;
  consultation_id: string | null;
  appeal_guidance: Json<AppealGuidanceJson>;
  status: 'awaiting_signature' | 'final';
  signed_by: string | null;
  signed_at: Date | null;
  created_at: Timestamp;
  idempotency_key: string;
  request_hash: string;
}

export interface DocumentTemplateTable {
  municipality_id: string;
  document_type: DocumentType;
  version: number;
  body: string;
  created_by: string;
  created_at: Timestamp;
}

export type SentVia = 'digital_post' | 'letter' | 'handed_over' | 'email_secure';

export interface CaseDocumentTable {
  municipality_id: string;
  id: Generated<string>;
  case_id: string;
  document_type: DocumentType | null;
  origin: 'generated' | 'uploaded';
  title: string;
  template_version: number | null;
  body: string | null;
  decision_id: string | null;
  consultation_id: string | null;
  file_name: string | null;
  media_type: string | null;
  size_bytes: number | null;
  sha256: string | null;
  content: Buffer | null;
  status: 'draft' | 'final';
  /** the letterhead kept when finalised (migration 020) */
  letterhead_name: ColumnType<string | null, string | null | undefined, string | null>;
  letterhead_address: ColumnType<string | null, string | null | undefined, string | null>;
  finalised_at: Date | null;
  finalised_by: string | null;
  sent_to: string | null;
  sent_via: SentVia | null;
  sent_on: ColumnType<string | null, string | null | undefined, string | null>;
  created_by: string;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: Generated<number>;
  idempotency_key: string | null;
  request_hash: string | null;
}

export interface DocumentTables {
  decision_type_setting: DecisionTypeSettingTable;
  document_setting: DocumentSettingTable;
  consultation: ConsultationTable;
  consultation_answer: ConsultationAnswerTable;
  case_decision: CaseDecisionTable;
  document_template: DocumentTemplateTable;
  case_document: CaseDocumentTable;
}
