import {
  EVIDENCE_LABELS,
  type Evidence,
  ICS_AREA_LABELS,
  type IcsArea,
  type Ladder,
  type LadderStep,
  type Offer,
} from './types.ts';

/**
 * The knowledge-based match of seed 002_* ("vidensbaseret match"): which offers of the catalog
 * suit one child, lowest step first. The rule (docs/catalog-analysis.md):
 *
 * 1. Suitable: active, on a step of the ladder in force, the child's age within the offer's
 *    range, and at least one of the child's ICS areas among the offer's (an offer with no areas
 *    is general and suits any; a search with no areas does not filter on them).
 * 2. Never far above the child's current step: at most one step above it (the ceiling). Step 0,
 *    everyday life, is where a child without a current step stands, so its ceiling is step 1.
 *    Only when nothing suitable lies at or below the ceiling are the offers of the lowest step
 *    above it that has any shown, marked as such: the direction is down the ladder.
 * 3. Sorted by step (lowest first), then evidence (evidence-based, documented, none), then name.
 * 4. An offer whose places are all taken is still shown, marked `atCapacity`: full is a fact for
 *    the caseworker to weigh (a waiting list may be short), not a reason to hide it.
 */

export interface MatchCriteria {
  /** whole years, 0–22 */
  age: number;
  /** the ICS areas the child needs support in */
  areas: readonly IcsArea[];
  /** the step id the child is on now; null or undefined = everyday life (step 0) */
  currentStep?: string | null | undefined;
}

/** offerId → places in use */
export type Occupancy = ReadonlyMap<string, number>;

export interface OfferMatch {
  offer: Offer;
  step: LadderStep;
  atCapacity: boolean;
  /** why it is shown, in Danish */
  reasons: string[];
}

/** How far above the current step a match may lie before the fallback of rule 2. */
export const STEPS_ABOVE_CURRENT = 1;

export const EVIDENCE_RANK: Record<Evidence, number> = { evidence_based: 0, documented: 1, none: 2 };

export class UnknownStepError extends Error {
  constructor(readonly stepId: string) {
    super(`step ${stepId} is not on the ladder in force`);
  }
}

/** The position of the child's current step; 0 when none. Throws for a step not on the ladder. */
export function currentPosition(ladder: Ladder, currentStep: string | null | undefined): number {
  if (currentStep === null || currentStep === undefined) return 0;
  const step = ladder.steps.find((s) => s.id === currentStep);
  if (!step) throw new UnknownStepError(currentStep);
  return step.position;
}

export function suitsAge(offer: Pick<Offer, 'ageMin' | 'ageMax'>, age: number): boolean {
  return offer.ageMin <= age && age <= offer.ageMax;
}

export function suitsAreas(offer: Pick<Offer, 'icsAreas'>, areas: readonly IcsArea[]): boolean {
  return offer.icsAreas.length === 0 || areas.length === 0 || offer.icsAreas.some((a) => areas.includes(a));
}

export function isAtCapacity(offer: Pick<Offer, 'id' | 'capacity'>, occupancy: Occupancy): boolean {
  return offer.capacity !== null && (occupancy.get(offer.id) ?? 0) >= offer.capacity;
}

export function compareMatches(a: OfferMatch, b: OfferMatch): number {
  return (
    a.step.position - b.step.position ||
    EVIDENCE_RANK[a.offer.evidence] - EVIDENCE_RANK[b.offer.evidence] ||
    a.offer.name.localeCompare(b.offer.name, 'da') ||
    a.offer.id.localeCompare(b.offer.id)
  );
}

function reasonsFor(
  offer: Offer,
  step: LadderStep,
  criteria: MatchCriteria,
  current: number,
  aboveCeiling: boolean,
  used: number,
): string[] {
  const reasons = [`Alder ${criteria.age} år er inden for ${offer.ageMin}–${offer.ageMax} år.`];
  const shared = offer.icsAreas.filter((a) => criteria.areas.includes(a));
  if (offer.icsAreas.length === 0) reasons.push('Tilbuddet er ikke afgrænset til bestemte ICS-områder.');
  else if (shared.length > 0) reasons.push(`Dækker ${shared.map((a) => ICS_AREA_LABELS[a]).join(', ')}.`);
  const relative =
    step.position < current
      ? `under det nuværende trin ${current}`
      : step.position === current
        ? 'samme trin som nu'
        : `${step.position - current} trin over det nuværende`;
  reasons.push(`Trin ${step.position} «${step.name}» (${relative}).`);
  if (aboveCeiling) {
    reasons.push(
      `Intet passende tilbud på trin ${current + STEPS_ABOVE_CURRENT} eller lavere; dette er det laveste trin med et.`,
    );
  }
  reasons.push(
    offer.programme
      ? `${EVIDENCE_LABELS[offer.evidence]}: ${offer.programme}.`
      : `${EVIDENCE_LABELS[offer.evidence]}.`,
  );
  if (offer.capacity !== null && used >= offer.capacity) {
    reasons.push(`Fuldt belagt: ${used} af ${offer.capacity} pladser er i brug.`);
  }
  return reasons;
}

export function matchOffers(
  ladder: Ladder,
  offers: readonly Offer[],
  criteria: MatchCriteria,
  occupancy: Occupancy = new Map(),
): OfferMatch[] {
  const current = currentPosition(ladder, criteria.currentStep);
  const ceiling = current + STEPS_ABOVE_CURRENT;
  const stepOf = new Map(ladder.steps.map((s) => [s.id, s]));
  const suitable = offers.flatMap((offer) => {
    const step = stepOf.get(offer.stepId);
    if (!step || offer.status !== 'active') return [];
    if (!suitsAge(offer, criteria.age) || !suitsAreas(offer, criteria.areas)) return [];
    return [{ offer, step }];
  });
  let chosen = suitable.filter(({ step }) => step.position <= ceiling);
  const aboveCeiling = chosen.length === 0 && suitable.length > 0;
  if (aboveCeiling) {
    const lowest = Math.min(...suitable.map(({ step }) => step.position));
    chosen = suitable.filter(({ step }) => step.position === lowest);
  }
  return chosen
    .map(({ offer, step }): OfferMatch => {
      const used = occupancy.get(offer.id) ?? 0;
      return {
        offer,
        step,
        atCapacity: isAtCapacity(offer, occupancy),
        reasons: reasonsFor(offer, step, criteria, current, aboveCeiling, used),
      };
    })
    .sort(compareMatches);
}
