import type { CaseworkData } from '../casework/rows.ts';
import type { CatalogData } from '../catalog/rows.ts';
import type { RowOf, TableKinds } from '../schema-rows.ts';
import type { WorldData } from '../world/rows.ts';

/**
 * Rows of the forum tables (migrations 015, 016) as the demo writes them: the forums of Demo
 * Kommune with their members and three years of meetings, the proposals and decisions behind the
 * case work's gated measures, the closed meetings' agendas, emergency decisions, the forum rules
 * and the approvals (bevillinger) waiting for a leader.
 */

/** What the forums read of the rows before them. */
export type ForumsBase = Pick<
  WorldData & CatalogData & CaseworkData,
  | 'district'
  | 'child'
  | 'app_user'
  | 'user_district'
  | 'cases'
  | 'offer'
  | 'measure'
  | 'follow_up'
  | 'child_conversation'
  | 'family_meeting'
>;

/** Every demo key: stable, unique per row, and of the shape the API's keys have. */
const keyed = { idempotency_key: 'text', request_hash: 'text' } as const;

export const FORUMS_COLUMNS = {
  forum_setting: {
    municipality_id: 'uuid',
    approval_thresholds: 'jsonb',
    updated_at: 'timestamptz',
    updated_by: 'uuid',
  },
  forum: {
    municipality_id: 'uuid',
    id: 'uuid',
    kind: 'text',
    district_id: 'uuid',
    name: 'text',
    rhythm: 'jsonb',
    created_by: 'uuid',
    created_at: 'timestamptz',
    ...keyed,
  },
  forum_member: {
    municipality_id: 'uuid',
    id: 'uuid',
    forum_id: 'uuid',
    user_id: 'uuid',
    name: 'text',
    role_title: 'text',
    chair: 'boolean',
    added_by: 'uuid',
    added_at: 'timestamptz',
    ...keyed,
  },
  forum_meeting: {
    municipality_id: 'uuid',
    id: 'uuid',
    forum_id: 'uuid',
    held_on: 'date',
    participants: 'jsonb',
    planned_by: 'uuid',
    created_at: 'timestamptz',
    published_at: 'timestamptz',
    published_by: 'uuid',
    closed_at: 'timestamptz',
    closed_by: 'uuid',
  },
  forum_proposal: {
    municipality_id: 'uuid',
    id: 'uuid',
    case_id: 'uuid',
    child_id: 'uuid',
    forum_kind: 'text',
    district_id: 'uuid',
    offer_ids: 'uuid[]',
    step_position: 'integer',
    specialised_offer: 'boolean',
    placement: 'boolean',
    without_consent: 'boolean',
    reason: 'text',
    network_contribution: 'text',
    tried: 'jsonb',
    views: 'jsonb',
    proposed_on: 'date',
    proposed_by: 'uuid',
    created_at: 'timestamptz',
    ...keyed,
  },
  emergency_decision: {
    municipality_id: 'uuid',
    id: 'uuid',
    case_id: 'uuid',
    child_id: 'uuid',
    decided_on: 'date',
    reach_forum_by: 'date',
    reason: 'text',
    decided_by: 'uuid',
    created_at: 'timestamptz',
    ...keyed,
  },
  forum_decision: {
    municipality_id: 'uuid',
    id: 'uuid',
    meeting_id: 'uuid',
    forum_id: 'uuid',
    forum_kind: 'text',
    case_id: 'uuid',
    child_id: 'uuid',
    district_id: 'uuid',
    rule: 'text',
    source_kind: 'text',
    source_id: 'uuid',
    proposal_id: 'uuid',
    outcome: 'text',
    step_position: 'integer',
    offer_id: 'uuid',
    placement: 'boolean',
    without_consent: 'boolean',
    valid_until: 'date',
    school_placement: 'text',
    reasons: 'text',
    missing: 'text',
    participants: 'jsonb',
    decided_on: 'date',
    decided_by: 'uuid',
    created_at: 'timestamptz',
    ...keyed,
  },
  forum_agenda_item: {
    municipality_id: 'uuid',
    meeting_id: 'uuid',
    position: 'integer',
    rule: 'text',
    case_id: 'uuid',
    child_id: 'uuid',
    source_kind: 'text',
    source_id: 'uuid',
    reason: 'text',
    due_on: 'date',
  },
  measure_approval: {
    municipality_id: 'uuid',
    measure_id: 'uuid',
    case_id: 'uuid',
    child_id: 'uuid',
    offer_id: 'uuid',
    step_position: 'integer',
    monthly_cost: 'numeric',
    threshold: 'numeric',
    request: 'jsonb',
    state: 'text',
    requested_by: 'uuid',
    requested_at: 'timestamptz',
    idempotency_key: 'text',
  },
} satisfies TableKinds;

type Kinds = typeof FORUMS_COLUMNS;

export type ForumSettingRow = RowOf<'forum_setting', Kinds['forum_setting']>;
export type ForumRow = RowOf<'forum', Kinds['forum']>;
export type ForumMemberRow = RowOf<'forum_member', Kinds['forum_member']>;
export type ForumMeetingRow = RowOf<'forum_meeting', Kinds['forum_meeting']>;
export type ForumProposalRow = RowOf<'forum_proposal', Kinds['forum_proposal']>;
export type EmergencyDecisionRow = RowOf<'emergency_decision', Kinds['emergency_decision']>;
export type ForumDecisionRow = RowOf<'forum_decision', Kinds['forum_decision']>;
export type ForumAgendaItemRow = RowOf<'forum_agenda_item', Kinds['forum_agenda_item']>;
export type MeasureApprovalRow = RowOf<'measure_approval', Kinds['measure_approval']>;

/** The forum tables, in an order that satisfies their foreign keys when inserted. */
export interface ForumsData {
  forum_setting: ForumSettingRow[];
  forum: ForumRow[];
  forum_member: ForumMemberRow[];
  forum_meeting: ForumMeetingRow[];
  forum_proposal: ForumProposalRow[];
  emergency_decision: EmergencyDecisionRow[];
  forum_decision: ForumDecisionRow[];
  forum_agenda_item: ForumAgendaItemRow[];
  measure_approval: MeasureApprovalRow[];
}

export type ForumsTable = keyof ForumsData;

export const FORUMS_TABLES: readonly ForumsTable[] = [
  'forum_setting',
  'forum',
  'forum_member',
  'forum_meeting',
  'forum_proposal',
  'emergency_decision',
  'forum_decision',
  'forum_agenda_item',
  'measure_approval',
];
