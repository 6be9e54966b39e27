import type {
  AssessmentKind,
  ChildConversationForm,
  Participant,
  SafetyParticipantRole,
} from '../../store/schema-casework.ts';
import type { Columns } from '../bulk.ts';
import { stamp } from './rows-case.ts';

/** Case-work rows of the assessment (casework-types.ts): safety ratings, conversations, family meetings. */

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
export const ASSESSMENT_GROUP_COLUMNS: {
  safety_rating: Columns<SafetyRatingRow>;
  child_conversation: Columns<ChildConversationRow>;
  family_meeting: Columns<FamilyMeetingRow>;
} = {
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
