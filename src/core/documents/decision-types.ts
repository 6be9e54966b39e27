/**
 * The written decisions (afgørelser) a caseworker makes on a case (issue #14 item 1), and the
 * default appeal guidance (klagevejledning, forvaltningsloven § 25) for each: to whom, how and
 * within which deadline. The defaults are reference data the municipality may edit; every legal
 * reference here is marked `verify` until a lawyer has checked it against the act in force, because
 * Barnets Lov (2024) renumbered much of what servicelovens §§ 46–76 said.
 */

export const DECISION_TYPES = [
  'measure_granted',
  'measure_refused',
  'measure_changed',
  'measure_stopped',
  'placement_with_consent',
  'placement_without_consent',
  'aftercare_granted',
  'aftercare_refused',
  'application_refused',
] as const;
export type DecisionType = (typeof DECISION_TYPES)[number];

export const DECISION_TYPE_LABELS: Readonly<Record<DecisionType, string>> = Object.freeze({
  measure_granted: 'Bevilling af indsats',
  measure_refused: 'Afslag på indsats',
  measure_changed: 'Ændring af indsats',
  measure_stopped: 'Ophør af indsats',
  placement_with_consent: 'Anbringelse med samtykke',
  placement_without_consent: 'Anbringelse uden samtykke',
  aftercare_granted: 'Bevilling af efterværn',
  aftercare_refused: 'Afslag på efterværn',
  application_refused: 'Afslag på ansøgning',
});

export function isDecisionType(value: string): value is DecisionType {
  return (DECISION_TYPES as readonly string[]).includes(value);
}

/** A decision that does not give the family all it asked for must be reasoned in full (fvl. § 22). */
export function grantsInFull(type: DecisionType): boolean {
  return type === 'measure_granted' || type === 'aftercare_granted' || type === 'placement_with_consent';
}

export interface LegalReference {
  /** as written in a letter: "forvaltningslovens § 25" */
  text: string;
  /** true until checked against the act in force */
  verify: boolean;
}

export interface AppealGuidance {
  /** who the appeal goes to, in the letter's words */
  appealTo: string;
  /** how: to whom it is sent first and what happens then */
  how: string;
  /** calendar weeks from the day the decision was received */
  deadlineWeeks: number;
  references: readonly LegalReference[];
}

const verify = (text: string): LegalReference => ({ text, verify: true });

/**
 * Appeals of the municipality's decisions under Barnets Lov go to Ankestyrelsen; the complaint is
 * sent to the municipality, which reconsiders the decision within 4 weeks before it sends the case
 * on (retssikkerhedslovens § 66); the deadline is 4 weeks from receipt (§ 67).
 */
const ORDINARY: AppealGuidance = Object.freeze({
  appealTo: 'Ankestyrelsen',
  how:
    'Klagen sendes til kommunen, som genvurderer afgørelsen inden for 4 uger. Fastholder kommunen ' +
    'afgørelsen, sendes klagen videre til Ankestyrelsen. Klagen kan gives skriftligt eller mundtligt.',
  deadlineWeeks: 4,
  references: Object.freeze([
    verify('forvaltningslovens § 25'),
    verify('retssikkerhedslovens § 60, § 66 og § 67'),
  ]),
});

/**
 * A placement without consent is decided by the children's committee; its decision is appealed to
 * Ankestyrelsen within 4 weeks, and the parents have a right to free legal counsel.
 */
const CHILDREN_COMMITTEE: AppealGuidance = Object.freeze({
  appealTo: 'Ankestyrelsen',
  how:
    'Børne- og ungeudvalgets afgørelse kan indbringes for Ankestyrelsen. Klagen sendes til kommunen, ' +
    'som sender den videre. Forældremyndighedens indehaver og den unge fra 12 år har ret til gratis advokatbistand.',
  deadlineWeeks: 4,
  references: Object.freeze([
    verify('forvaltningslovens § 25'),
    verify('barnets lovs § 47 og § 168'),
    verify('retssikkerhedslovens § 67'),
  ]),
});

export const DEFAULT_APPEAL_GUIDANCE: Readonly<Record<DecisionType, AppealGuidance>> = Object.freeze({
  measure_granted: ORDINARY,
  measure_refused: ORDINARY,
  measure_changed: ORDINARY,
  measure_stopped: ORDINARY,
  placement_with_consent: ORDINARY,
  placement_without_consent: CHILDREN_COMMITTEE,
  aftercare_granted: ORDINARY,
  aftercare_refused: ORDINARY,
  application_refused: ORDINARY,
});

/** The appeal guidance as one paragraph of a letter. */
export function appealGuidanceText(g: AppealGuidance): string {
  const refs = g.references.map((r) => r.text).join(', ');
  return (
    `Du kan klage over afgørelsen til ${g.appealTo}. Klagen skal være modtaget senest ` +
    `${g.deadlineWeeks} uger efter, at du har modtaget afgørelsen. ${g.how} (${refs}).`
  );
}

/** A Danish sentence saying what is wrong with edited guidance, or null when it is usable. */
export function appealGuidanceProblem(g: AppealGuidance): string | null {
  if (g.appealTo.trim() === '') return 'Angiv, hvem der kan klages til.';
  if (g.how.trim() === '') return 'Beskriv, hvordan der klages.';
  if (!Number.isInteger(g.deadlineWeeks) || g.deadlineWeeks < 1 || g.deadlineWeeks > 52)
    return 'Klagefristen skal være 1 til 52 uger.';
  if (g.references.length === 0) return 'Angiv mindst én lovhenvisning.';
  return null;
}
