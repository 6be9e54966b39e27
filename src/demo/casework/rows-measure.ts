import type {
  FollowUpDecision,
  FollowUpKind,
  MeasureEndReason,
  MeasureTrack,
  Rater,
} from '../../store/schema-casework.ts';
import type { Columns } from '../bulk.ts';
import { stamp } from './rows-case.ts';

/** Case-work rows of measures (casework-types.ts): the measure, ladder moves, follow-ups, ratings. */

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
export const MEASURE_GROUP_COLUMNS: {
  ladder_move: Columns<LadderMoveRow>;
  follow_up: Columns<FollowUpRow>;
  progress_rating: Columns<ProgressRatingRow>;
} = {
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
