import type { Offer } from './types.ts';

/**
 * Costs on one footing: the monthly equivalent of one place. Offers are priced either per month
 * (a foster family, a contact person) or per course (a parent programme, a group course). To
 * compare them, and to add them up into the catalog's cost shares, a course price is spread over
 * the course's typical duration in months: a 13-week course at 12,000 kr. costs 4,000 kr. a
 * month per place. That is what the place costs while it runs back to back, which is the same
 * footing as a monthly price. See docs/catalog-analysis.md.
 */

/** 52 weeks / 12 months: the average month, not a calendar month. */
export const WEEKS_PER_MONTH = 52 / 12;

/**
 * A course priced without a typical duration is spread over a quarter. That is the common length
 * of the parent and group programmes of the seeds; the analysis says so where it happens.
 */
export const DEFAULT_COURSE_WEEKS = 13;

export type CostFields = Pick<Offer, 'unitCost' | 'costUnit' | 'typicalDurationWeeks'>;

/** How many months a course lasts, for spreading its price. */
export function courseMonths(typicalDurationWeeks: number | null): number {
  const weeks =
    typicalDurationWeeks !== null && typicalDurationWeeks > 0 ? typicalDurationWeeks : DEFAULT_COURSE_WEEKS;
  return weeks / WEEKS_PER_MONTH;
}

/** Kroner a month for one place, rounded to whole kroner (the analysis compares, it does not bill). */
export function monthlyCost(offer: CostFields): number {
  if (offer.costUnit === 'month') return Math.round(offer.unitCost);
  return Math.round(offer.unitCost / courseMonths(offer.typicalDurationWeeks));
}

/** True when a course price had to be spread over DEFAULT_COURSE_WEEKS for want of a duration. */
export function usesDefaultDuration(offer: CostFields): boolean {
  return offer.costUnit === 'course' && offer.typicalDurationWeeks === null;
}

/**
 * What the offer costs a month with every place taken: the catalog's running cost. An offer
 * without a stated capacity has no such figure (0) and is counted apart in the analysis.
 */
export function monthlyCostAtCapacity(offer: CostFields & Pick<Offer, 'capacity'>): number {
  return monthlyCost(offer) * (offer.capacity ?? 0);
}
