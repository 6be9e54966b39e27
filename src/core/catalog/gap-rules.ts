import {
  AGE_BANDS,
  type AgeBand,
  EVIDENCE_LABELS,
  type Ladder,
  type LadderStep,
  type Offer,
} from './types.ts';

/**
 * The named gaps of the catalog analysis: the checks Ballerup made by hand on its catalog
 * (seed 000_*), each written down as an explicit rule. A rule is a small pure function of the
 * ladder in force, the catalog and the municipality's settings; it names which rule it is, says
 * in Danish what is missing and returns the figures it looked at, so nobody has to take a gap on
 * trust. docs/catalog-analysis.md has one paragraph per rule and where in 000_* it comes from.
 */

export const GAP_RULES = [
  'no_parent_group_programme_in_age_band',
  'no_time_limited_between_home_and_placement',
  'child_individual_share_above_threshold',
  'step_without_evidence_based_offer',
  'no_flexible_school_offer',
  'age_band_without_offers',
] as const;
export type GapRule = (typeof GAP_RULES)[number];

/** Short Danish titles for the interface. */
export const GAP_RULE_LABELS: Record<GapRule, string> = {
  no_parent_group_programme_in_age_band: 'Intet gruppeforløb for forældre i aldersgruppen',
  no_time_limited_between_home_and_placement: 'Ingen tidsbegrænset mellemstation mellem hjem og anbringelse',
  child_individual_share_above_threshold: 'For stor andel børnerettede individuelle tilbud',
  step_without_evidence_based_offer: 'Trin uden evidensbaseret tilbud',
  no_flexible_school_offer: 'Intet fleksibelt skoletilbud (trædesten) for de 13–17-årige',
  age_band_without_offers: 'Aldersgruppe uden tilbud på et forebyggende trin',
};

export interface Gap {
  rule: GapRule;
  /** Danish, for the user */
  description: string;
  stepId?: string;
  ageBand?: AgeBand;
  /** the figures behind the gap */
  details: Record<string, unknown>;
}

export interface CatalogSettings {
  /** 0–1: the largest share of capacity child-directed individual offers may have */
  maxChildIndividualShare: number;
}

export const DEFAULT_CATALOG_SETTINGS: CatalogSettings = { maxChildIndividualShare: 0.5 };

export interface GapInput {
  ladder: Ladder;
  offers: readonly Offer[];
  settings: CatalogSettings;
}

export type GapRuleFn = (input: GapInput) => Gap[];

// ---- shared helpers (also used by analysis.ts) ----

export function isChildDirected(offer: Pick<Offer, 'target'>): boolean {
  return offer.target === 'child';
}

/** The analysis looks at what a caseworker could use today: active offers on a step in force. */
export function consideredOffers({ ladder, offers }: Pick<GapInput, 'ladder' | 'offers'>): Offer[] {
  const steps = new Set(ladder.steps.map((s) => s.id));
  return offers.filter((o) => o.status === 'active' && steps.has(o.stepId));
}

/** The bands an offer's age range touches: 12–17 counts for 6–12 as well, since a 12-year-old may use it. */
export function ageBandsOf(offer: Pick<Offer, 'ageMin' | 'ageMax'>): AgeBand[] {
  return AGE_BANDS.filter((b) => offer.ageMin <= b.max && offer.ageMax >= b.min).map((b) => b.id);
}

export function ageBandLabel(band: AgeBand): string {
  return `${band.replace('-', '–')} år`;
}

export function stepLabel(step: Pick<LadderStep, 'position' | 'name'>): string {
  return `trin ${step.position} «${step.name}»`;
}

const inBand = (offer: Offer, band: AgeBand) => ageBandsOf(offer).includes(band);
const names = (offers: readonly Offer[]) =>
  offers.map((o) => o.name).sort((a, b) => a.localeCompare(b, 'da'));
const percent = (share: number) => `${Math.round(share * 100)} %`;
const capacityOf = (offers: readonly Offer[]) => offers.reduce((sum, o) => sum + (o.capacity ?? 0), 0);

/** Child-directed individual places as a share of all places (offers without a capacity left out). */
export function childIndividualShare(offers: readonly Offer[]): {
  share: number;
  childIndividualCapacity: number;
  totalCapacity: number;
} {
  const totalCapacity = capacityOf(offers);
  const childIndividualCapacity = capacityOf(
    offers.filter((o) => isChildDirected(o) && o.form === 'individual'),
  );
  const share = totalCapacity === 0 ? 0 : childIndividualCapacity / totalCapacity;
  return { share, childIndividualCapacity, totalCapacity };
}

// ---- the rules ----

/**
 * (a) Every band under 18 needs a group offer aimed at the parents or the family: 000_* found
 * "færre tilbud, der er rettet mod forældreskabet og gruppebaserede tilbud" and made parent
 * programmes its first area. From 18 the young person is the party, so 18–22 is not checked.
 */
export const PARENT_GROUP_BANDS: readonly AgeBand[] = ['0-5', '6-12', '13-17'];

export const noParentGroupProgrammeInAgeBand: GapRuleFn = (input) => {
  const offers = consideredOffers(input).filter((o) => o.target === 'parents' || o.target === 'family');
  return PARENT_GROUP_BANDS.flatMap((band): Gap[] => {
    const forBand = offers.filter((o) => inBand(o, band));
    if (forBand.some((o) => o.form === 'group')) return [];
    const individual = names(forBand);
    return [
      {
        rule: 'no_parent_group_programme_in_age_band',
        ageBand: band,
        description:
          `Intet gruppebaseret tilbud til forældre eller familie for ${ageBandLabel(band)}. ` +
          (individual.length === 0
            ? 'Der er heller ingen individuelle tilbud rettet mod forældrene.'
            : `Forældrene kan kun få individuelle tilbud (${individual.length}).`),
        details: { ageBand: band, parentDirectedGroupOffers: 0, parentDirectedIndividualOffers: individual },
      },
    ];
  });
};

/**
 * (b) The stepping stone between home and placement: a time-limited offer on the highest
 * preventive step or the lowest placement step (e.g. MST at home, a short intensive stay). One
 * such offer on either step is enough. A ladder without both kinds of step has no such border.
 */
export const noTimeLimitedBetweenHomeAndPlacement: GapRuleFn = (input) => {
  const steps = [...input.ladder.steps].sort((a, b) => a.position - b.position);
  const lastPreventive = steps.filter((s) => s.category === 'preventive').at(-1);
  const firstPlacement = steps.find((s) => s.category === 'placement');
  if (!lastPreventive || !firstPlacement) return [];
  const border = [lastPreventive, firstPlacement];
  const offers = consideredOffers(input);
  const onStep = (step: LadderStep) => offers.filter((o) => o.stepId === step.id);
  if (border.some((step) => onStep(step).some((o) => o.timeLimited))) return [];
  return [
    {
      rule: 'no_time_limited_between_home_and_placement',
      description:
        `Hverken ${stepLabel(lastPreventive)} eller ${stepLabel(firstPlacement)} har et tidsbegrænset tilbud. ` +
        'Der mangler en mellemstation: et kort, intensivt forløb, der kan forebygge eller forkorte en anbringelse.',
      details: {
        steps: border.map((s) => ({
          id: s.id,
          position: s.position,
          name: s.name,
          offers: onStep(s).length,
          timeLimitedOffers: 0,
        })),
      },
    },
  ];
};

/**
 * (c) 000_*'s main finding: "en overvægt af børnerettede og individfokuserede indsatstyper". The
 * municipality sets how much of the capacity child-directed individual offers may take.
 */
export const childIndividualShareAboveThreshold: GapRuleFn = (input) => {
  const threshold = input.settings.maxChildIndividualShare;
  const { share, childIndividualCapacity, totalCapacity } = childIndividualShare(consideredOffers(input));
  if (totalCapacity === 0 || share <= threshold) return [];
  return [
    {
      rule: 'child_individual_share_above_threshold',
      description:
        `Individuelle tilbud til barnet alene udgør ${percent(share)} af pladserne (grænsen er ${percent(threshold)}). ` +
        'Viften hælder mod barnet alene frem for forældre, familie, netværk og grupper.',
      details: {
        share: Math.round(share * 1000) / 1000,
        threshold,
        childIndividualCapacity,
        totalCapacity,
      },
    },
  ];
};

/**
 * (d) 000_* starts from Socialstyrelsen's map of what works, and 002_* asks for specialised
 * knowledge on every step: each step should have at least one evidence-based programme.
 */
export const stepWithoutEvidenceBasedOffer: GapRuleFn = (input) => {
  const offers = consideredOffers(input);
  return [...input.ladder.steps]
    .sort((a, b) => a.position - b.position)
    .flatMap((step): Gap[] => {
      const onStep = offers.filter((o) => o.stepId === step.id);
      if (onStep.some((o) => o.evidence === 'evidence_based')) return [];
      const documented = onStep.filter((o) => o.evidence === 'documented').length;
      return [
        {
          rule: 'step_without_evidence_based_offer',
          stepId: step.id,
          description:
            onStep.length === 0
              ? `${capitalise(stepLabel(step))} har ingen aktive tilbud og dermed intet evidensbaseret program.`
              : `${capitalise(stepLabel(step))} har intet evidensbaseret program ` +
                `(${onStep.length} aktive tilbud, heraf ${documented} ${EVIDENCE_LABELS.documented.toLowerCase()}).`,
          details: { stepPosition: step.position, stepName: step.name, offers: onStep.length, documented },
        },
      ];
    });
};

/**
 * (e) 000_*'s third area: a flexible, temporary school offer for young people who have fallen
 * out of school ("en trædesten / stepstone"). The catalog has no "school" field, so the rule
 * looks for what such an offer is: time-limited, in the everyday arena, on a preventive step,
 * for the young person.
 */
export const FLEXIBLE_SCHOOL_BANDS: readonly AgeBand[] = ['13-17'];

export const noFlexibleSchoolOffer: GapRuleFn = (input) => {
  const preventive = new Set(input.ladder.steps.filter((s) => s.category === 'preventive').map((s) => s.id));
  const offers = consideredOffers(input);
  return FLEXIBLE_SCHOOL_BANDS.flatMap((band): Gap[] => {
    const everyday = offers.filter((o) => o.setting === 'everyday' && inBand(o, band));
    const fits = everyday.some((o) => o.timeLimited && isChildDirected(o) && preventive.has(o.stepId));
    if (fits) return [];
    return [
      {
        rule: 'no_flexible_school_offer',
        ageBand: band,
        description:
          `Intet tidsbegrænset tilbud i hverdagsarenaen for ${ageBandLabel(band)}: ` +
          'en midlertidig trædesten tilbage til skole eller uddannelse, med undervisning og praktik.',
        details: { ageBand: band, everydayOffers: names(everyday) },
      },
    ];
  });
};

/**
 * (f) 002_* asks for a catalog that "kan tage højde for ... aldersgrupper": on every preventive
 * step each age band needs something. Placement steps are not checked: a band without a
 * placement offer is not a gap to close.
 */
export const ageBandWithoutOffers: GapRuleFn = (input) => {
  const offers = consideredOffers(input);
  return [...input.ladder.steps]
    .filter((s) => s.category === 'preventive')
    .sort((a, b) => a.position - b.position)
    .flatMap((step) =>
      AGE_BANDS.flatMap(({ id: band }): Gap[] => {
        if (offers.some((o) => o.stepId === step.id && inBand(o, band))) return [];
        return [
          {
            rule: 'age_band_without_offers',
            stepId: step.id,
            ageBand: band,
            description: `${capitalise(stepLabel(step))} har intet aktivt tilbud til ${ageBandLabel(band)}.`,
            details: { stepPosition: step.position, stepName: step.name, ageBand: band },
          },
        ];
      }),
    );
};

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Every rule, in the order the analysis reports their gaps. */
export const GAP_RULE_FNS: Readonly<Record<GapRule, GapRuleFn>> = {
  no_parent_group_programme_in_age_band: noParentGroupProgrammeInAgeBand,
  no_time_limited_between_home_and_placement: noTimeLimitedBetweenHomeAndPlacement,
  child_individual_share_above_threshold: childIndividualShareAboveThreshold,
  step_without_evidence_based_offer: stepWithoutEvidenceBasedOffer,
  no_flexible_school_offer: noFlexibleSchoolOffer,
  age_band_without_offers: ageBandWithoutOffers,
};

export function findGaps(input: GapInput): Gap[] {
  return GAP_RULES.flatMap((rule) => GAP_RULE_FNS[rule](input));
}
