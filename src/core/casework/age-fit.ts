import { ageOn } from '../people.ts';

/**
 * Does a measure of an offer fit the child's age on its start date (docs/casework.md "Measures
 * and the ladder")? The catalog's age range (`age_min`–`age_max`, whole years) is the offer's
 * target group, so a measure outside it is refused — with one exception: support may run until
 * the 23rd birthday (efterværn og ungestøtte, domain.md), so a young person over `age_max` but under 23
 * may get a new measure of an offer they already receive in the case (a *continuation*: a new
 * provider, price or period of the same support). A child under `age_min` has no such exception.
 */

/** Support for a young person ends on the 23rd birthday (aftercare). */
export const AFTERCARE_END_AGE = 23;

export interface OfferAgeRange {
  ageMin: number;
  ageMax: number;
}

export type AgeFit =
  | { fits: true; age: number; continuation: boolean }
  | { fits: false; age: number; message: string };

function years(n: number): string {
  return n === 1 ? '1 år' : `${n} år`;
}

function range({ ageMin, ageMax }: OfferAgeRange): string {
  return ageMin === ageMax ? years(ageMin) : `${ageMin}–${ageMax} år`;
}

/**
 * `continuing`: the case has an earlier measure of the same offer still running on `startOn`
 * (or ending that day, a same-day swap).
 */
export function offerAgeFit(
  offer: OfferAgeRange,
  birthDate: string,
  startOn: string,
  continuing: boolean,
): AgeFit {
  const age = ageOn(birthDate, startOn);
  if (age >= offer.ageMin && age <= offer.ageMax) return { fits: true, age, continuation: false };
  const stated = `Tilbuddet er til børn og unge på ${range(offer)}, og barnet er ${years(Math.max(0, age))} på startdatoen`;
  if (age < offer.ageMin) return { fits: false, age, message: `${stated}.` };
  if (age >= AFTERCARE_END_AGE) {
    return { fits: false, age, message: `${stated}. Støtte kan højst gives til det fyldte 23. år.` };
  }
  if (continuing) return { fits: true, age, continuation: true };
  return {
    fits: false,
    age,
    message: `${stated}. Over aldersgrænsen kan kun en igangværende indsats med samme tilbud i sagen fortsættes (til det fyldte 23. år).`,
  };
}
