import type { Columns } from '../bulk.ts';
import type {
  AssessmentRow,
  ChildConversationRow,
  FamilyMeetingRow,
  SafetyRatingRow,
} from './rows-assessment.ts';
import { ASSESSMENT_GROUP_COLUMNS } from './rows-assessment.ts';
import type { CaseAssignmentRow, JournalEntryRow, NetworkMemberRow } from './rows-case.ts';
import { CASE_GROUP_COLUMNS } from './rows-case.ts';
import type { FollowUpRow, LadderMoveRow, MeasureRow, ProgressRatingRow } from './rows-measure.ts';
import { MEASURE_GROUP_COLUMNS } from './rows-measure.ts';
import type { GoalMeasureRow, PlanGoalRow, PlanRow } from './rows-plan.ts';
import { PLAN_GROUP_COLUMNS } from './rows-plan.ts';

/**
 * Rows of the case-work tables (migration 007) as the demo writes them: three years of casework
 * on Demo Kommune's cases. Dates 'YYYY-MM-DD', timestamps ISO strings in UTC, as in types.ts.
 *
 * Two columns are named by position, because the ladder's step ids are made by the municipality's
 * trigger when the seed inserts it: a measure's `step_position` (a real column; the seed adds
 * `step_id` and `ladder_version_id`) and an assessment's `proposed_step_position` (the seed turns
 * it into `proposed_step_id`).
 *
 * The rows and columns of each group of tables are beside this file: casework-types-case.ts,
 * casework-types-assessment.ts, casework-types-plan.ts and casework-types-measure.ts.
 */

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

/** Columns of the tables written as generated; measure and assessment get step ids in the seed. */
export const CASEWORK_COLUMNS: {
  [T in Exclude<CaseworkTable, 'measure' | 'assessment'>]: Columns<CaseworkData[T][number]>;
} = {
  case_assignment: CASE_GROUP_COLUMNS.case_assignment,
  ...ASSESSMENT_GROUP_COLUMNS,
  network_member: CASE_GROUP_COLUMNS.network_member,
  ...PLAN_GROUP_COLUMNS,
  ...MEASURE_GROUP_COLUMNS,
  journal_entry: CASE_GROUP_COLUMNS.journal_entry,
};
