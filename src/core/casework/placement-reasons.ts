/**
 * Danmarks Statistik's "udslagsgivende årsager" to a placement (ANBAAR10, 18 reasons, not mutually
 * exclusive; docs/research/statutory-reporting.md in the shared docs): reference data the placement
 * records and the statutory reporting (issue #15) sends on. The codes are Trappen's own stable
 * names; which UDSLAG number each maps to is the reporting's to fix from DST's own code list, as the
 * numbering was read second-hand.
 */

export const PLACEMENT_REASONS = [
  // The child's circumstances
  'child_substance_abuse',
  'child_crime',
  'child_school_problems',
  'child_other_worrying_behaviour',
  'child_disability',
  'child_health',
  'child_abused_by_others',
  // The parents' and the home's circumstances
  'parents_neglect',
  'parents_substance_abuse',
  'parents_crime',
  'parents_other_behaviour',
  'parents_disability',
  'home_conflict_or_violence',
  'parents_insufficient_care',
  'home_eviction_or_homelessness',
  'parents_health',
  'child_abused_by_parents',
  'other',
] as const;
export type PlacementReason = (typeof PLACEMENT_REASONS)[number];

export const PLACEMENT_REASON_LABELS: Readonly<Record<PlacementReason, string>> = Object.freeze({
  child_substance_abuse: 'Barnets eller den unges misbrug',
  child_crime: 'Barnets eller den unges kriminalitet',
  child_school_problems: 'Skoleproblemer',
  child_other_worrying_behaviour: 'Anden bekymrende adfærd hos barnet eller den unge',
  child_disability: 'Barnets eller den unges nedsatte funktionsevne',
  child_health: 'Barnets eller den unges sundhedsforhold',
  child_abused_by_others: 'Overgreb mod barnet eller den unge begået af andre end forældrene',
  parents_neglect: 'Omsorgssvigt',
  parents_substance_abuse: 'Forældres misbrug',
  parents_crime: 'Forældres kriminalitet',
  parents_other_behaviour: 'Forældres anden adfærd',
  parents_disability: 'Forældres nedsatte funktionsevne',
  home_conflict_or_violence: 'Konflikter eller vold i hjemmet',
  parents_insufficient_care: 'Utilstrækkelig omsorg',
  home_eviction_or_homelessness: 'Fogedsag eller hjemløshed',
  parents_health: 'Forældres sundhedsforhold',
  child_abused_by_parents: 'Overgreb mod barnet eller den unge begået af forældrene',
  other: 'Andet',
});

/** The group a reason belongs to, for the form's two headings. */
export function placementReasonGroup(reason: PlacementReason): 'child' | 'home' | 'other' {
  if (reason === 'other') return 'other';
  return reason.startsWith('child_') && reason !== 'child_abused_by_parents' ? 'child' : 'home';
}

export function isPlacementReason(value: string): value is PlacementReason {
  return (PLACEMENT_REASONS as readonly string[]).includes(value);
}

export const CONSENTS = ['with_consent', 'without_consent'] as const;
export type Consent = (typeof CONSENTS)[number];
export const CONSENT_LABELS: Readonly<Record<Consent, string>> = Object.freeze({
  with_consent: 'Med samtykke (barnets lov § 46)',
  without_consent: 'Uden samtykke (barnets lov § 47)',
});
