import type { CatalogData } from '../catalog/rows.ts';
import type { IntakeCaseRow, IntakeData } from '../intake/rows.ts';
import type { RowOf, TableKinds } from '../schema-rows.ts';
import type { WorldData } from '../world/rows.ts';

/**
 * Rows of the case-work tables (migration 007) as the demo writes them: three years of casework
 * on Demo Kommune's cases. The case-work columns of `cases` itself are in world/rows.ts.
 */

/** What case work reads of the foundation, the catalog and intake. */
export type CaseworkBase = Pick<
  WorldData & CatalogData & IntakeData,
  | 'district'
  | 'child'
  | 'person'
  | 'child_relation'
  | 'app_user'
  | 'cases'
  | 'offer'
  | 'report'
  | 'meeting_decision'
> & { intake_case: readonly IntakeCaseRow[] };

/** Created-by and created-at, the stamp of most case-work rows. */
const stamp = { created_by: 'uuid', created_at: 'timestamptz' } as const;

/**
 * The columns the seed writes. Two tables name a ladder step by position in the generator (see
 * MeasureRow and AssessmentRow), because the step ids are made by the municipality's trigger when
 * the seed inserts it; the seed adds the ids.
 */
export const CASEWORK_COLUMNS = {
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
  assessment: {
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
  measure: {
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
    // Filled in by the forums (demo/forums), which decide every gated measure after case work.
    forum_decision_id: 'uuid',
    emergency_decision_id: 'uuid',
    consent: 'text',
    placement_reasons: 'text[]',
    follow_up_cadence_weeks: 'integer',
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
} satisfies TableKinds;

type Kinds = typeof CASEWORK_COLUMNS;

export type CaseAssignmentRow = RowOf<'case_assignment', Kinds['case_assignment']>;
/**
 * Generator-only: the proposed step by its position on the ladder; the seed writes the step at
 * that position as `proposed_step_id`.
 */
export type AssessmentRow = Omit<RowOf<'assessment', Kinds['assessment']>, 'proposed_step_id'> & {
  proposed_step_position: number | null;
};
export type SafetyRatingRow = RowOf<'safety_rating', Kinds['safety_rating']>;
export type ChildConversationRow = RowOf<'child_conversation', Kinds['child_conversation']>;
export type FamilyMeetingRow = RowOf<'family_meeting', Kinds['family_meeting']>;
export type NetworkMemberRow = RowOf<'network_member', Kinds['network_member']>;
export type PlanRow = RowOf<'plan', Kinds['plan']>;
/**
 * `step_position` is the offer's step on ladder version 1 (the only one Demo Kommune has); the
 * seed adds that step's `step_id` and the version's `ladder_version_id`.
 */
export type MeasureRow = Omit<RowOf<'measure', Kinds['measure']>, 'step_id' | 'ladder_version_id'>;
export type PlanGoalRow = RowOf<'plan_goal', Kinds['plan_goal']>;
export type GoalMeasureRow = RowOf<'goal_measure', Kinds['goal_measure']>;
export type LadderMoveRow = RowOf<'ladder_move', Kinds['ladder_move']>;
export type FollowUpRow = RowOf<'follow_up', Kinds['follow_up']>;
export type ProgressRatingRow = RowOf<'progress_rating', Kinds['progress_rating']>;
export type JournalEntryRow = RowOf<'journal_entry', Kinds['journal_entry']>;

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
