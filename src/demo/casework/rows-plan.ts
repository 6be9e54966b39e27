import type { IcsArea, Participant, PlanKind } from '../../store/schema-casework.ts';
import type { Columns } from '../bulk.ts';
import { stamp } from './rows-case.ts';

/** Case-work rows of the plan (casework-types.ts): the plan, its goals and their measures. */

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
export const PLAN_GROUP_COLUMNS: {
  plan: Columns<PlanRow>;
  plan_goal: Columns<PlanGoalRow>;
  goal_measure: Columns<GoalMeasureRow>;
} = {
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
};
