import type {
  CaseCloseReason,
  CaseResponsibility,
  Closeness,
  JournalKind,
  NetworkContribution,
} from '../../store/schema-casework.ts';
import type { Columns } from '../bulk.ts';

/** Case-work rows of the case itself (casework-types.ts): its columns, assignments, network, journal. */

/** The columns case work added to `cases`, on the foundation's cases and those intake opened. */
export interface CaseworkCaseColumns {
  foster_care_consultant_id: string | null;
  /** the family's one contact person (casework-contacts.ts) */
  contact_person_id?: string | null;
  aware_on: string | null;
  created_by: string | null;
  version: number;
  closed_at: string | null;
  closed_reason: string | null;
  close_reason_code: CaseCloseReason | null;
}

export const CASEWORK_CASE_COLUMNS: Columns<CaseworkCaseColumns> = {
  foster_care_consultant_id: 'uuid',
  contact_person_id: 'uuid',
  aware_on: 'date',
  created_by: 'uuid',
  version: 'integer',
  closed_at: 'timestamptz',
  closed_reason: 'text',
  close_reason_code: 'text',
};

export interface CaseAssignmentRow {
  municipality_id: string;
  id: string;
  case_id: string;
  responsibility: CaseResponsibility;
  user_id: string | null;
  assigned_by: string;
  assigned_at: string;
  reason: string | null;
}

export interface NetworkMemberRow {
  municipality_id: string;
  id: string;
  case_id: string;
  name: string;
  relation: string;
  closeness: Closeness;
  contributions: NetworkContribution[];
  phone: string | null;
  notes: string | null;
  active: boolean;
  created_by: string;
  created_at: string;
}

export interface JournalEntryRow {
  municipality_id: string;
  id: string;
  case_id: string;
  kind: JournalKind;
  occurred_at: string;
  text: string;
  written_by: string;
  written_at: string;
}
/** Created-by and created-at, the stamp of most case-work rows. */
export const stamp = { created_by: 'uuid', created_at: 'timestamptz' } as const;

export const CASE_GROUP_COLUMNS: {
  case_assignment: Columns<CaseAssignmentRow>;
  network_member: Columns<NetworkMemberRow>;
  journal_entry: Columns<JournalEntryRow>;
} = {
  case_assignment: {
    municipality_id: 'uuid',
    id: 'uuid',
    case_id: 'uuid',
    responsibility: 'text',
    user_id: 'uuid',
    assigned_by: 'uuid',
    assigned_at: 'timestamptz',
    reason: 'text',
  },
  network_member: {
    municipality_id: 'uuid',
    id: 'uuid',
    case_id: 'uuid',
    name: 'text',
    relation: 'text',
    closeness: 'text',
    contributions: 'text[]',
    phone: 'text',
    notes: 'text',
    active: 'boolean',
    ...stamp,
  },
  journal_entry: {
    municipality_id: 'uuid',
    id: 'uuid',
    case_id: 'uuid',
    kind: 'text',
    occurred_at: 'timestamptz',
    text: 'text',
    written_by: 'uuid',
    written_at: 'timestamptz',
  },
};
