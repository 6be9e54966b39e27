/** Kysely types of the forum tables (migration 015). */
import type { ColumnType, Generated } from 'kysely';
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

export interface ForumTables {
  forum: ForumTable;
  forum_member: ForumMemberTable;
  forum_meeting: ForumMeetingTable;
}
