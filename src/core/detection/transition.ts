/**
 * Transition conversations (overgangssamtaler, seed 003_*, prøvehandling 1): professionals
 * from both the universal and the specialised side meet the family when a child moves on, to
 * build trust and see the family's context early. What is recorded: which transition, when,
 * who took part, and any follow-up agreed.
 */

export const TRANSITION_KINDS = [
  'home_to_daycare',
  'daycare_to_school',
  'school_to_youth_education',
] as const;
export type TransitionKind = (typeof TRANSITION_KINDS)[number];
export const TRANSITION_KIND_LABELS: Record<TransitionKind, string> = {
  home_to_daycare: 'Fra hjem til dagtilbud',
  daycare_to_school: 'Fra dagtilbud til skole',
  school_to_youth_education: 'Fra skole til ungdomsuddannelse',
};

export const PARTICIPANT_ROLES = [
  'parent',
  'child',
  'network',
  'pedagogue',
  'teacher',
  'health_visitor',
  'preventive_worker',
  'ppr',
  'youth_guidance',
  'other',
] as const;
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];
export const PARTICIPANT_ROLE_LABELS: Record<ParticipantRole, string> = {
  parent: 'Forælder',
  child: 'Barnet eller den unge',
  network: 'Netværk',
  pedagogue: 'Pædagog',
  teacher: 'Lærer',
  health_visitor: 'Sundhedsplejerske',
  preventive_worker: 'Forebyggende socialrådgiver',
  ppr: 'PPR',
  youth_guidance: 'Ungdomsvejleder',
  other: 'Anden',
};

export const MAX_PARTICIPANTS = 20;
