import { ICS_AREA_LABELS, ICS_AREAS, type IcsArea } from '../catalog/types.ts';

/**
 * The code lists a concern is described with: the ICS areas it touches, and the risk and
 * protective factors of seed 001_* ("Risiko- og beskyttelsesfaktorer betyder noget i
 * indsatsen", source SFI and Socialstyrelsen). Codes are stored; labels are shown. A new factor
 * is a new code here and in the CHECK constraint of migration 004.
 */

export { ICS_AREA_LABELS, ICS_AREAS, type IcsArea };

export const RISK_FACTORS = [
  'weakened_parenting',
  'parental_substance_abuse',
  'unstable_family_structure',
  'violence',
  'absent_father',
  'social_isolation',
  'somatic_illness',
  'mental_illness',
  'unemployment',
] as const;
export type RiskFactor = (typeof RISK_FACTORS)[number];

export const RISK_FACTOR_LABELS: Record<RiskFactor, string> = {
  weakened_parenting: 'Svækket forældreevne',
  parental_substance_abuse: 'Forældrenes misbrug',
  unstable_family_structure: 'Ustabile familiestrukturer',
  violence: 'Vold',
  absent_father: 'En fraværende far',
  social_isolation: 'Social isolation',
  somatic_illness: 'Somatisk sygdom i familien',
  mental_illness: 'Psykisk sygdom i familien',
  unemployment: 'Arbejdsløshed',
};

export const PROTECTIVE_FACTORS = [
  'good_cognitive_abilities',
  'balanced_temperament',
  'self_confidence',
  'empathy',
  'prosocial_skills',
  'flexible_coping',
  'secure_attachment',
  'caring_consistent_upbringing',
  'clear_norms',
  'positive_teacher_relations',
] as const;
export type ProtectiveFactor = (typeof PROTECTIVE_FACTORS)[number];

/** The seed groups them: the child's own strengths, and those of the child's surroundings. */
export type ProtectiveGroup = 'individual' | 'contextual';
export const PROTECTIVE_GROUP_LABELS: Record<ProtectiveGroup, string> = {
  individual: 'Individuelle beskyttelsesfaktorer',
  contextual: 'Kontekstuelle beskyttelsesfaktorer',
};

export const PROTECTIVE_FACTOR_INFO: Record<ProtectiveFactor, { label: string; group: ProtectiveGroup }> = {
  good_cognitive_abilities: { label: 'Gode kognitive evner', group: 'individual' },
  balanced_temperament: { label: 'Afbalanceret temperament', group: 'individual' },
  self_confidence: { label: 'Selvtillid', group: 'individual' },
  empathy: { label: 'Empati', group: 'individual' },
  prosocial_skills: { label: 'Prosociale færdigheder', group: 'individual' },
  flexible_coping: { label: 'Fleksibilitet i håndteringen af vanskeligheder', group: 'individual' },
  secure_attachment: {
    label: 'En god følelsesmæssig tilknytning til mindst én forælder eller anden central omsorgsperson',
    group: 'contextual',
  },
  caring_consistent_upbringing: { label: 'Omsorgsfuld og konsekvent opdragelse', group: 'contextual' },
  clear_norms: {
    label: 'Forældrene formidler klare normer for acceptabel og uacceptabel opførsel',
    group: 'contextual',
  },
  positive_teacher_relations: {
    label: 'Positive relationer til lærere (rollemodeller)',
    group: 'contextual',
  },
};

/** Codes in the order of their list, without repeats: two equal sets store and compare equal. */
export function inListOrder<T extends string>(list: readonly T[], codes: readonly string[]): T[] {
  return list.filter((c) => codes.includes(c));
}
