import type { CaseworkData } from '../casework/rows.ts';
import type { CatalogData } from '../catalog/rows.ts';
import type { RowOf, TableKinds } from '../schema-rows.ts';
import type { WorldData } from '../world/rows.ts';

/**
 * Rows of the documents' tables (migration 020) as the demo writes them: the written decisions
 * behind the measures, a few consultations under way, and finalised decision and plan letters.
 */

/** What the documents read of the rows before them (the measures as the forums decided them). */
export type DocumentsBase = Pick<
  WorldData & CatalogData & CaseworkData,
  | 'household'
  | 'child'
  | 'person'
  | 'child_relation'
  | 'app_user'
  | 'cases'
  | 'offer'
  | 'measure'
  | 'plan'
  | 'plan_goal'
>;

const keyed = { idempotency_key: 'text', request_hash: 'text' } as const;

export const DOCUMENTS_COLUMNS = {
  consultation: {
    municipality_id: 'uuid',
    id: 'uuid',
    case_id: 'uuid',
    facts: 'text',
    parties: 'jsonb',
    sent_at: 'timestamptz',
    rule_days: 'integer',
    rule_unit: 'text',
    last_day: 'date',
    created_by: 'uuid',
    created_at: 'timestamptz',
    ...keyed,
  },
  consultation_answer: {
    municipality_id: 'uuid',
    id: 'uuid',
    consultation_id: 'uuid',
    party: 'text',
    kind: 'text',
    text: 'text',
    received_on: 'date',
    recorded_by: 'uuid',
    recorded_at: 'timestamptz',
  },
  case_decision: {
    municipality_id: 'uuid',
    id: 'uuid',
    case_id: 'uuid',
    child_id: 'uuid',
    decision_type: 'text',
    decided: 'text',
    legal_basis: 'text',
    reasons: 'text',
    decided_on: 'date',
    decided_by: 'uuid',
    measure_id: 'uuid',
    forum_decision_id: 'uuid',
    consultation_id: 'uuid',
    appeal_guidance: 'jsonb',
    status: 'text',
    created_at: 'timestamptz',
    ...keyed,
  },
  case_document: {
    municipality_id: 'uuid',
    id: 'uuid',
    case_id: 'uuid',
    document_type: 'text',
    origin: 'text',
    title: 'text',
    body: 'text',
    decision_id: 'uuid',
    status: 'text',
    finalised_at: 'timestamptz',
    finalised_by: 'uuid',
    sent_to: 'text',
    sent_via: 'text',
    sent_on: 'date',
    created_by: 'uuid',
    created_at: 'timestamptz',
    updated_at: 'timestamptz',
    ...keyed,
  },
} satisfies TableKinds;

type Kinds = typeof DOCUMENTS_COLUMNS;

export type ConsultationRow = RowOf<'consultation', Kinds['consultation']>;
export type ConsultationAnswerRow = RowOf<'consultation_answer', Kinds['consultation_answer']>;
export type CaseDecisionRow = RowOf<'case_decision', Kinds['case_decision']>;
export type CaseDocumentRow = RowOf<'case_document', Kinds['case_document']>;

/** The documents' tables, in an order that satisfies their foreign keys when inserted. */
export interface DocumentsData {
  consultation: ConsultationRow[];
  consultation_answer: ConsultationAnswerRow[];
  case_decision: CaseDecisionRow[];
  case_document: CaseDocumentRow[];
}

export type DocumentsTable = keyof DocumentsData;

export const DOCUMENTS_TABLES: readonly DocumentsTable[] = [
  'consultation',
  'consultation_answer',
  'case_decision',
  'case_document',
];
