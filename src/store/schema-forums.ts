/** Kysely types of the forum tables (migrations 015, 016). */
import type { ColumnType, Generated } from 'kysely';
import type { AgendaRule } from '../core/forums/agenda-rules.ts';
import type { ApprovalThresholds } from '../core/forums/approval.ts';
import type { DecisionOutcome } from '../core/forums/decisions.ts';
import type { ForumKind } from '../core/forums/kinds.ts';
import type { MeetingRhythm } from '../core/forums/rhythm.ts';
import type { DateOnly, MeetingParticipantJson, Timestamp } from './schema.ts';

export interface ForumTable {
  municipality_id: string;
  id: Generated<string>;
  kind: ForumKind;
  district_id: string | null;
  name: string;
  /** jsonb: written as JSON text, read back parsed */
  rhythm: ColumnType<MeetingRhythm, string, string>;
  active: Generated<boolean>;
  created_by: string;
  created_at: Timestamp;
  idempotency_key: string;
  request_hash: string;
}

export interface ForumMemberTable {
  municipality_id: string;
  id: Generated<string>;
  forum_id: string;
  user_id: string | null;
  name: string | null;
  role_title: string | null;
  chair: Generated<boolean>;
  added_by: string;
  added_at: Timestamp;
  idempotency_key: string;
  request_hash: string;
}

export interface ForumMeetingTable {
  municipality_id: string;
  id: Generated<string>;
  forum_id: string;
  held_on: DateOnly;
  /** jsonb: written as JSON text, read back parsed */
  participants: ColumnType<MeetingParticipantJson[], string | undefined, string>;
  planned_by: string;
  created_at: Timestamp;
  published_at: Date | null;
  published_by: string | null;
  closed_at: Date | null;
  closed_by: string | null;
}

type JsonDefault<T> = ColumnType<T, string | undefined, string>;

/** migration 016: the forums' local rules (src/core/forums/settings.ts); no row = the defaults. */
export interface ForumSettingTable {
  municipality_id: string;
  specialised_steps: ColumnType<number[], number[] | undefined, number[]>;
  specialised_offer_steps: ColumnType<number[], number[] | undefined, number[]>;
  institutional_steps: ColumnType<number[], number[] | undefined, number[]>;
  review_interval_months: Generated<number>;
  political_review_months: Generated<number>;
  institutional_flag_months: Generated<number>;
  aftercare_lead_months: Generated<number>;
  decision_validity_months: Generated<number>;
  emergency_days: Generated<number>;
  approval_thresholds: JsonDefault<ApprovalThresholds>;
  updated_at: Timestamp;
  updated_by: string | null;
}

/** One measure the caseworker has tried, with its progress, as the forum saw it (jsonb). */
export interface ProposalTriedJson {
  measureId: string;
  offerName: string;
  stepPosition: number;
  startOn: string;
  endedOn: string | null;
  /** the latest follow-up's average rating per rater, 0–10; null without ratings */
  latestScore: number | null;
  firstScore: number | null;
  noProgressFlag: boolean;
}

/** The child's and the parents' views, from the child conversations and family meetings (jsonb). */
export interface ProposalViewsJson {
  child: { heldOn: string; text: string }[];
  parents: { heldOn: string; text: string }[];
}

export type ProposalForumKind = Extract<ForumKind, 'creative_council' | 'placement_committee'>;

export interface ForumProposalTable {
  municipality_id: string;
  id: Generated<string>;
  case_id: string;
  child_id: string;
  forum_kind: ProposalForumKind;
  district_id: string | null;
  offer_ids: string[];
  step_position: number;
  specialised_offer: boolean;
  placement: boolean;
  without_consent: Generated<boolean>;
  reason: string;
  network_contribution: Generated<string>;
  tried: JsonDefault<ProposalTriedJson[]>;
  views: JsonDefault<ProposalViewsJson>;
  proposed_on: DateOnly;
  proposed_by: string;
  created_at: Timestamp;
  idempotency_key: string;
  request_hash: string;
}

export type AgendaSourceKind = 'proposal' | 'decision' | 'child';
export type SchoolPlacement = 'ordinary_school' | 'special_class' | 'internal_school';

export interface ForumDecisionTable {
  municipality_id: string;
  id: Generated<string>;
  meeting_id: string;
  forum_id: string;
  forum_kind: ForumKind;
  case_id: string;
  child_id: string;
  district_id: string | null;
  rule: AgendaRule;
  source_kind: AgendaSourceKind;
  source_id: string;
  proposal_id: string | null;
  outcome: DecisionOutcome;
  step_position: number;
  offer_id: string | null;
  placement: Generated<boolean>;
  without_consent: Generated<boolean>;
  valid_until: ColumnType<string | null, string | null | undefined, string | null>;
  school_placement: SchoolPlacement | null;
  reasons: string;
  missing: string | null;
  participants: JsonDefault<MeetingParticipantJson[]>;
  decided_on: DateOnly;
  decided_by: string;
  created_at: Timestamp;
  idempotency_key: string;
  request_hash: string;
}

/** The agenda of a closed meeting, as the rules built it on closing. */
export interface ForumAgendaItemTable {
  municipality_id: string;
  meeting_id: string;
  position: number;
  rule: AgendaRule;
  case_id: string;
  child_id: string;
  source_kind: AgendaSourceKind;
  source_id: string;
  reason: string;
  due_on: DateOnly;
}

export interface EmergencyDecisionTable {
  municipality_id: string;
  id: Generated<string>;
  case_id: string;
  child_id: string;
  decided_on: DateOnly;
  reach_forum_by: DateOnly;
  reason: string;
  decided_by: string;
  created_at: Timestamp;
  idempotency_key: string;
  request_hash: string;
}

export interface ForumTables {
  forum: ForumTable;
  forum_member: ForumMemberTable;
  forum_meeting: ForumMeetingTable;
  forum_setting: ForumSettingTable;
  forum_proposal: ForumProposalTable;
  forum_decision: ForumDecisionTable;
  forum_agenda_item: ForumAgendaItemTable;
  emergency_decision: EmergencyDecisionTable;
}
