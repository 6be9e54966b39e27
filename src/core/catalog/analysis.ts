import { monthlyCostAtCapacity } from './cost.ts';
import {
  ageBandsOf,
  type CatalogSettings,
  consideredOffers,
  findGaps,
  type Gap,
  type GapInput,
  isChildDirected,
} from './gap-rules.ts';
import { AGE_BANDS, type AgeBand, FORMS, type Form, type Offer, TARGETS, type Target } from './types.ts';

/**
 * The catalog analysis that seed 000_* made by hand (Ballerup's "Analyse af tilbudsviften"):
 * where on the ladder, for whom and in which form the catalog has offers; how its places and
 * its money divide between the child alone and the parents, family and network, and between
 * individual and group offers; and the gaps its rules name (gap-rules.ts). Pure: the server
 * hands it the ladder in force, the offers and the settings.
 */

export interface CoverageCell {
  stepId: string;
  stepPosition: number;
  stepName: string;
  target: Target;
  form: Form;
  ageBand: AgeBand;
  /** active offers on the step, for the target, in the form, whose age range touches the band */
  offers: number;
  /**
   * their places. An offer for 0–17 counts with all its places in each band it touches, since
   * any of them may go to a child of that band: capacities are not to be added across bands.
   */
  capacity: number;
}

/** Shares 0–1. childDirected + parentsFamilyNetwork = 1 and individual + group = 1 (when any). */
export interface Shares {
  childDirected: number;
  parentsFamilyNetwork: number;
  individual: number;
  group: number;
  /** child-directed and individual: what rule (c) compares with its threshold */
  childIndividual: number;
}

export interface CatalogAnalysis {
  ladderVersion: number;
  /** every step × target × form × age band, empty cells included, in ladder order */
  coverage: CoverageCell[];
  shares: {
    /** of places (offers without a stated capacity left out) */
    capacity: Shares;
    /** of monthly cost at full capacity (cost.ts) */
    monthlyCost: Shares;
  };
  gaps: Gap[];
  settings: CatalogSettings;
  totals: {
    offers: number;
    capacity: number;
    /** kroner a month with every place taken */
    monthlyCost: number;
    /** active offers with no stated capacity: counted as offers, not in places or cost */
    offersWithoutCapacity: number;
  };
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;

/** The shares of a weight (places, or monthly cost) over the offers. */
export function sharesOf(offers: readonly Offer[], weight: (offer: Offer) => number): Shares {
  let total = 0;
  let child = 0;
  let individual = 0;
  let childIndividual = 0;
  for (const offer of offers) {
    const w = weight(offer);
    total += w;
    if (isChildDirected(offer)) child += w;
    if (offer.form === 'individual') individual += w;
    if (isChildDirected(offer) && offer.form === 'individual') childIndividual += w;
  }
  if (total === 0)
    return { childDirected: 0, parentsFamilyNetwork: 0, individual: 0, group: 0, childIndividual: 0 };
  return {
    childDirected: round3(child / total),
    parentsFamilyNetwork: round3((total - child) / total),
    individual: round3(individual / total),
    group: round3((total - individual) / total),
    childIndividual: round3(childIndividual / total),
  };
}

export function coverageOf(input: Pick<GapInput, 'ladder' | 'offers'>): CoverageCell[] {
  const offers = consideredOffers(input);
  const cells: CoverageCell[] = [];
  for (const step of [...input.ladder.steps].sort((a, b) => a.position - b.position)) {
    const onStep = offers.filter((o) => o.stepId === step.id);
    for (const target of TARGETS) {
      for (const form of FORMS) {
        const kind = onStep.filter((o) => o.target === target && o.form === form);
        for (const { id: ageBand } of AGE_BANDS) {
          const inCell = kind.filter((o) => ageBandsOf(o).includes(ageBand));
          cells.push({
            stepId: step.id,
            stepPosition: step.position,
            stepName: step.name,
            target,
            form,
            ageBand,
            offers: inCell.length,
            capacity: inCell.reduce((sum, o) => sum + (o.capacity ?? 0), 0),
          });
        }
      }
    }
  }
  return cells;
}

export function analyseCatalog(input: GapInput): CatalogAnalysis {
  const offers = consideredOffers(input);
  return {
    ladderVersion: input.ladder.version,
    coverage: coverageOf(input),
    shares: {
      capacity: sharesOf(offers, (o) => o.capacity ?? 0),
      monthlyCost: sharesOf(offers, monthlyCostAtCapacity),
    },
    gaps: findGaps(input),
    settings: { ...input.settings },
    totals: {
      offers: offers.length,
      capacity: offers.reduce((sum, o) => sum + (o.capacity ?? 0), 0),
      monthlyCost: offers.reduce((sum, o) => sum + monthlyCostAtCapacity(o), 0),
      offersWithoutCapacity: offers.filter((o) => o.capacity === null).length,
    },
  };
}
