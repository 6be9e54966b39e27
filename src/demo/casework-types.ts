import type {
  AssessmentKind,
  CaseCloseReason,
  CaseResponsibility,
  ChildConversationForm,
  Closeness,
  FollowUpDecision,
  FollowUpKind,
  IcsArea,
  JournalKind,
  MeasureEndReason,
  MeasureTrack,
  NetworkContribution,
  Participant,
  PlanKind,
  Rater,
  SafetyParticipantRole,
} from '../store/schema-casework.ts';
import type { Columns } from './bulk.ts';

/**
 * Rows of the case-work tables (migration 007) as the demo writes them: three years of casework
 * on Demo Kommune's cases. Dates 'YYYY-MM-DD', timestamps ISO strings in UTC, as in types.ts.
 *
 * Two columns are named by position, because the ladder's step ids are made by the municipality's
 * trigger when the seed inserts it: a measure's `step_position` (a real column; the seed adds
 * `step_id` and `ladder_version_id`) and an assessment's `proposed_step_position` (the seed turns
 * it into `proposed_step_id`).
 */

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

export interface AssessmentRow {
  municipality_id: string;
  id: string;
  case_id: string;
  kind: AssessmentKind;
  aware_on: string;
  development: string | null;
  parenting: string | null;
  family_environment: string | null;
  worries: string | null;
  what_works: string | null;
  what_must_happen: string | null;
  provisional_on: string | null;
  provisional_text: string | null;
  conclusion: string | null;
  /** The seed writes the step at this position of the ladder as proposed_step_id. */
  proposed_step_position: number | null;
  proposed_offer_ids: string[];
  completed_on: string | null;
  created_by: string;
  created_at: string;
}

export interface SafetyRatingRow {
  municipality_id: string;
  id: string;
  assessment_id: string;
  participant: string;
  participant_role: SafetyParticipantRole;
  score: number;
  rated_on: string;
  created_by: string;
  created_at: string;
}

export interface ChildConversationRow {
  municipality_id: string;
  id: string;
  case_id: string;
  assessment_id: string | null;
  held_on: string;
  form: ChildConversationForm;
  child_words: string;
  held_by: string;
  created_at: string;
}

export interface FamilyMeetingRow {
  municipality_id: string;
  id: string;
  case_id: string;
  assessment_id: string | null;
  held_on: string;
  purpose: string;
  participants: Participant[];
  agreements: string | null;
  created_by: string;
  created_at: string;
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

export interface PlanRow {
  municipality_id: string;
  id: string;
  case_id: string;
  kind: PlanKind;
  agreed_on: string;
  participants: Participant[];
  summary: string | null;
  created_by: string;
  created_at: string;
}

export interface MeasureRow {
  municipality_id: string;
  id: string;
  case_id: string;
  child_id: string;
  offer_id: string;
  /** The offer's step position on ladder version 1 (the only one Demo Kommune has). */
  step_position: number;
  track: MeasureTrack;
  start_on: string;
  planned_end_on: string | null;
  ended_on: string | null;
  end_reason: MeasureEndReason | null;
  legal_basis: string;
  provider: string | null;
  /** numeric(12,2) as text */
  monthly_cost: string | null;
  forum_decision_ref: string | null;
  follow_up_cadence_weeks: number | null;
  created_by: string;
  created_at: string;
}

export interface PlanGoalRow {
  municipality_id: string;
  id: string;
  plan_id: string;
  position: number;
  ics_area: IcsArea;
  text: string;
  achieved_on: string | null;
}

export interface GoalMeasureRow {
  municipality_id: string;
  goal_id: string;
  measure_id: string;
}

export interface LadderMoveRow {
  municipality_id: string;
  id: string;
  child_id: string;
  case_id: string;
  measure_id: string | null;
  moved_on: string;
  from_position: number;
  to_position: number;
  direction: 'up' | 'down';
  reason: string;
  forum_decision_ref: string | null;
  created_by: string;
  created_at: string;
}

export interface FollowUpRow {
  municipality_id: string;
  id: string;
  case_id: string;
  measure_id: string | null;
  kind: FollowUpKind;
  held_on: string;
  decision: FollowUpDecision | null;
  next_cadence_weeks: number | null;
  notes: string | null;
  held_by: string;
  created_at: string;
}

export interface ProgressRatingRow {
  municipality_id: string;
  id: string;
  follow_up_id: string;
  goal_id: string;
  rater: Rater;
  score: number;
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

/** The case-work tables, in an order that satisfies their foreign keys when inserted. */
export interface CaseworkData {
  case_assignment: CaseAssignmentRow[];
  assessment: AssessmentRow[];
  safety_rating: SafetyRatingRow[];
  child_conversation: ChildConversationRow[];
  family_meeting: FamilyMeetingRow[];
  network_member: NetworkMemberRow[];
  plan: PlanRow[];
  measure: MeasureRow[];
  plan_goal: PlanGoalRow[];
  goal_measure: GoalMeasureRow[];
  ladder_move: LadderMoveRow[];
  follow_up: FollowUpRow[];
  progress_rating: ProgressRatingRow[];
  journal_entry: JournalEntryRow[];
}

export type CaseworkTable = keyof CaseworkData;

export const CASEWORK_TABLES: readonly CaseworkTable[] = [
  'case_assignment',
  'assessment',
  'safety_rating',
  'child_conversation',
  'family_meeting',
  'network_member',
  'plan',
  'measure',
  'plan_goal',
  'goal_measure',
  'ladder_move',
  'follow_up',
  'progress_rating',
  'journal_entry',
];

const stamp = { created_by: 'uuid', created_at: 'timestamptz' } as const;

/** Columns of the tables written as generated; measure and assessment get step ids in the seed. */
export const CASEWORK_COLUMNS: {
  [T in Exclude<CaseworkTable, 'measure' | 'assessment'>]: Columns<CaseworkData[T][number]>;
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
  safety_rating: {
    municipality_id: 'uuid',
    id: 'uuid',
    assessment_id: 'uuid',
    participant: 'text',
    participant_role: 'text',
    score: 'integer',
    rated_on: 'date',
    ...stamp,
  },
  child_conversation: {
    municipality_id: 'uuid',
    id: 'uuid',
    case_id: 'uuid',
    assessment_id: 'uuid',
    held_on: 'date',
    form: 'text',
    child_words: 'text',
    held_by: 'uuid',
    created_at: 'timestamptz',
  },
  family_meeting: {
    municipality_id: 'uuid',
    id: 'uuid',
    case_id: 'uuid',
    assessment_id: 'uuid',
    held_on: 'date',
    purpose: 'text',
    participants: 'jsonb',
    agreements: 'text',
    ...stamp,
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
  plan: {
    municipality_id: 'uuid',
    id: 'uuid',
    case_id: 'uuid',
    kind: 'text',
    agreed_on: 'date',
    participants: 'jsonb',
    summary: 'text',
    ...stamp,
  },
  plan_goal: {
    municipality_id: 'uuid',
    id: 'uuid',
    plan_id: 'uuid',
    position: 'integer',
    ics_area: 'text',
    text: 'text',
    achieved_on: 'date',
  },
  goal_measure: { municipality_id: 'uuid', goal_id: 'uuid', measure_id: 'uuid' },
  ladder_move: {
    municipality_id: 'uuid',
    id: 'uuid',
    child_id: 'uuid',
    case_id: 'uuid',
    measure_id: 'uuid',
    moved_on: 'date',
    from_position: 'integer',
    to_position: 'integer',
    direction: 'text',
    reason: 'text',
    forum_decision_ref: 'text',
    ...stamp,
  },
  follow_up: {
    municipality_id: 'uuid',
    id: 'uuid',
    case_id: 'uuid',
    measure_id: 'uuid',
    kind: 'text',
    held_on: 'date',
    decision: 'text',
    next_cadence_weeks: 'integer',
    notes: 'text',
    held_by: 'uuid',
    created_at: 'timestamptz',
  },
  progress_rating: {
    municipality_id: 'uuid',
    id: 'uuid',
    follow_up_id: 'uuid',
    goal_id: 'uuid',
    rater: 'text',
    score: 'integer',
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

/** measure as the seed writes it: step ids looked up by position. */
export const MEASURE_COLUMNS: Columns<MeasureRow & { step_id: string; ladder_version_id: string }> = {
  municipality_id: 'uuid',
  id: 'uuid',
  case_id: 'uuid',
  child_id: 'uuid',
  offer_id: 'uuid',
  step_id: 'uuid',
  step_position: 'integer',
  ladder_version_id: 'uuid',
  track: 'text',
  start_on: 'date',
  planned_end_on: 'date',
  ended_on: 'date',
  end_reason: 'text',
  legal_basis: 'text',
  provider: 'text',
  monthly_cost: 'numeric',
  forum_decision_ref: 'text',
  follow_up_cadence_weeks: 'integer',
  ...stamp,
};

/** assessment as the seed writes it: the proposed step's id instead of its position. */
export const ASSESSMENT_COLUMNS: Columns<
  Omit<AssessmentRow, 'proposed_step_position'> & { proposed_step_id: string | null }
> = {
  municipality_id: 'uuid',
  id: 'uuid',
  case_id: 'uuid',
  kind: 'text',
  aware_on: 'date',
  development: 'text',
  parenting: 'text',
  family_environment: 'text',
  worries: 'text',
  what_works: 'text',
  what_must_happen: 'text',
  provisional_on: 'date',
  provisional_text: 'text',
  conclusion: 'text',
  proposed_step_id: 'uuid',
  proposed_offer_ids: 'uuid[]',
  completed_on: 'date',
  ...stamp,
};
