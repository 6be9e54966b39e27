/** The ladder and the catalog, as the rules in src/core/catalog see them (no I/O). */

export const CATEGORIES = ['preventive', 'placement'] as const;
export type Category = (typeof CATEGORIES)[number];

/** Fællesskabsmodellen's three tracks. */
export const TRACKS = ['early', 'family', 'placement'] as const;
export type Track = (typeof TRACKS)[number];
export const TRACK_LABELS: Record<Track, string> = {
  early: 'Tidlig og tæt på',
  family: 'Tæt på familien',
  placement: 'Tæt på anbringelsen',
};
export const CATEGORY_LABELS: Record<Category, string> = {
  preventive: 'Forebyggende',
  placement: 'Anbringelse',
};

export interface LadderStep {
  /** stable across versions */
  id: string;
  /** 1 = least intrusive; 0 (everyday life) is implicit */
  position: number;
  name: string;
  category: Category;
  track: Track;
}

export interface Ladder {
  id: string;
  version: number;
  createdAt: string;
  note: string | null;
  steps: LadderStep[];
}

export const TARGETS = ['child', 'parents', 'family', 'network'] as const;
export type Target = (typeof TARGETS)[number];
export const TARGET_LABELS: Record<Target, string> = {
  child: 'Barnet',
  parents: 'Forældre',
  family: 'Familien',
  network: 'Netværket',
};

export const FORMS = ['individual', 'group'] as const;
export type Form = (typeof FORMS)[number];
export const FORM_LABELS: Record<Form, string> = { individual: 'Individuel', group: 'Gruppe' };

export const SETTINGS = ['home', 'everyday', 'day', 'residential'] as const;
export type Setting = (typeof SETTINGS)[number];
export const SETTING_LABELS: Record<Setting, string> = {
  home: 'I hjemmet',
  everyday: 'I hverdagsarenaen (skole, dagtilbud, klub)',
  day: 'Dagtilbud/dagbehandling',
  residential: 'Døgn',
};

export const EVIDENCE = ['none', 'documented', 'evidence_based'] as const;
export type Evidence = (typeof EVIDENCE)[number];
export const EVIDENCE_LABELS: Record<Evidence, string> = {
  none: 'Ingen dokumentation',
  documented: 'Dokumenteret',
  evidence_based: 'Evidensbaseret program',
};

export const ICS_AREAS = ['development', 'parenting', 'family_environment'] as const;
export type IcsArea = (typeof ICS_AREAS)[number];
export const ICS_AREA_LABELS: Record<IcsArea, string> = {
  development: 'Barnets udvikling',
  parenting: 'Forældrekompetencer',
  family_environment: 'Familie og netværk',
};

export const COST_UNITS = ['month', 'course'] as const;
export type CostUnit = (typeof COST_UNITS)[number];
export const COST_UNIT_LABELS: Record<CostUnit, string> = { month: 'pr. måned', course: 'pr. forløb' };

export const OFFER_STATUSES = ['active', 'retired'] as const;
export type OfferStatus = (typeof OFFER_STATUSES)[number];

export interface Offer {
  id: string;
  name: string;
  description: string;
  providerKind: 'own' | 'external';
  providerName: string;
  stepId: string;
  target: Target;
  form: Form;
  setting: Setting;
  ageMin: number;
  ageMax: number;
  icsAreas: IcsArea[];
  typicalDurationWeeks: number | null;
  timeLimited: boolean;
  /**
   * A specialised offer (MST and the like): on a step where only marked offers are specialised
   * (forum settings' `specialisedOfferSteps`), starting it needs Det Kreative Råd's decision.
   */
  specialised: boolean;
  evidence: Evidence;
  programme: string | null;
  legalBasis: string;
  /** DKK */
  unitCost: number;
  costUnit: CostUnit;
  capacity: number | null;
  status: OfferStatus;
  /** demo figures, not real prices */
  illustrative: boolean;
}

/** The analysis's age bands (000_*: 0–5, 6–12, 13–17, 18–22). */
export const AGE_BANDS = [
  { id: '0-5', min: 0, max: 5 },
  { id: '6-12', min: 6, max: 12 },
  { id: '13-17', min: 13, max: 17 },
  { id: '18-22', min: 18, max: 22 },
] as const;
export type AgeBand = (typeof AGE_BANDS)[number]['id'];

export const PROVIDER_KINDS = ['own', 'external'] as const;
export type ProviderKind = (typeof PROVIDER_KINDS)[number];
export const PROVIDER_KIND_LABELS: Record<ProviderKind, string> = { own: 'Egen enhed', external: 'Ekstern' };

export const OFFER_STATUS_LABELS: Record<OfferStatus, string> = { active: 'Aktiv', retired: 'Udgået' };

/** An offer's own values: everything but its id (what a create, an update or an import sets). */
export type OfferFields = Omit<Offer, 'id'>;
