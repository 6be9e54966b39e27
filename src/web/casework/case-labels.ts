import type {
  CasePatchRequest,
  ChildConversationRequest,
  FollowUpCreateRequest,
  MeasurePatchRequest,
  MeasureView,
  PlanCreateRequest,
} from './casework-api.ts';

/** Danish words for the case-work codes of the API (the codes are domain.md's English names). */

type Team = NonNullable<CasePatchRequest['responsibleTeam']>;
export const TEAM_LABELS: Record<Team, string> = {
  family_team: 'Familieteamet',
  disability_team: 'Handicapteamet',
  youth_team: 'Ungeteamet',
};

type CloseReason = NonNullable<CasePatchRequest['close']>['reason'];
export const CLOSE_REASON_LABELS: Record<CloseReason, string> = {
  goals_met: 'Målene er nået',
  moved_away: 'Fraflyttet kommunen',
  turned_23: 'Fyldt 23 år',
  transferred: 'Overdraget til anden myndighed',
  no_longer_needed: 'Støtten er ikke længere nødvendig',
  other: 'Andet',
};

export const ASSESSMENT_KIND_LABELS = {
  assessment: 'Børnefaglig undersøgelse',
  clarification: 'Afdækning',
} as const;

export const CONVERSATION_FORM_LABELS: Record<ChildConversationRequest['form'], string> = {
  conversation: 'Samtale',
  walk_and_talk: 'Gå-tur-samtale',
  play_or_drawing: 'Leg eller tegning',
  observation: 'Observation',
  with_trusted_adult: 'Sammen med en voksen, barnet er tryg ved',
  written: 'Skriftligt',
  other: 'Andet',
};

export const SAFETY_ROLE_LABELS = {
  child: 'Barnet',
  parent: 'Forælder',
  network: 'Netværk',
  caseworker: 'Rådgiver',
  professional: 'Fagperson',
  other: 'Andet',
} as const;
export type SafetyRole = keyof typeof SAFETY_ROLE_LABELS;

export const PLAN_KIND_LABELS: Record<PlanCreateRequest['kind'], string> = {
  child_plan: 'Barnets plan',
  youth_plan: 'Ungeplan',
};

export const TRACK_LABELS: Record<MeasureView['track'], string> = {
  early: 'Tidlig indsats',
  home: 'Hjemmebaseret',
  placement: 'Anbringelse',
};

type EndReason = NonNullable<MeasurePatchRequest['end']>['reason'];
export const END_REASON_LABELS: Record<EndReason, string> = {
  goals_met: 'Målene er nået',
  step_down: 'Et trin ned',
  step_up: 'Et trin op',
  no_effect: 'Ingen effekt',
  breakdown: 'Sammenbrud',
  moved_away: 'Fraflyttet',
  turned_18: 'Fyldt 18 år',
  turned_23: 'Fyldt 23 år',
  other: 'Andet',
};

export const FOLLOW_UP_KIND_LABELS: Record<FollowUpCreateRequest['kind'], string> = {
  first: 'Første opfølgning',
  regular: 'Opfølgning',
  supervision_visit: 'Tilsynsbesøg',
  aftercare: 'Afgørelse om efterværn',
};

type Decision = NonNullable<FollowUpCreateRequest['decision']>;
export const DECISION_LABELS: Record<Decision, string> = {
  continue: 'Fortsæt',
  adjust: 'Justér',
  step_down: 'Et trin ned',
  stop: 'Stop',
};

type Rater = NonNullable<FollowUpCreateRequest['ratings']>[number]['rater'];
export const RATER_LABELS: Record<Rater, string> = {
  child: 'Barnet',
  parent: 'Forældre',
  caseworker: 'Rådgiver',
  teacher: 'Lærer eller pædagog',
  other: 'Andre',
};
/** The grid's columns: FIT asks the child, the parents, the caseworker and e.g. the teacher. */
export const GRID_RATERS: Rater[] = ['child', 'parent', 'caseworker', 'teacher'];

export const options = <T extends string>(labels: Record<T, string>) =>
  (Object.entries(labels) as [T, string][]).map(([value, label]) => ({ value, label }));

/** The heading of a stale save (409) anywhere in a case. */
export const CONFLICT_TITLE = 'Nogen har ændret sagen, mens du arbejdede';
