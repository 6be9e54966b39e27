import type {
  CostUnit,
  Evidence,
  Form,
  IcsArea,
  ProviderKind,
  Setting,
  Target,
} from '../../core/catalog/types.ts';
import type { OfferCreateRequest, OfferView } from './catalog-api.ts';

/** What the form holds while the user types: numbers may be empty (''), nothing is parsed yet. */
export interface OfferFormValues {
  name: string;
  description: string;
  providerKind: ProviderKind;
  providerName: string;
  stepId: string;
  target: Target;
  form: Form;
  setting: Setting;
  ageMin: number | '';
  ageMax: number | '';
  icsAreas: IcsArea[];
  typicalDurationWeeks: number | '';
  timeLimited: boolean;
  specialised: boolean;
  evidence: Evidence;
  programme: string;
  legalBasis: string;
  unitCost: number | '';
  costUnit: CostUnit;
  capacity: number | '';
  illustrative: boolean;
}

export type OfferField = keyof OfferFormValues;
export type OfferFormErrors = Partial<Record<OfferField, string>>;

/** The order the fields appear in, so focus goes to the first problem on the page. */
export const FIELD_ORDER: OfferField[] = [
  'name',
  'description',
  'providerKind',
  'providerName',
  'stepId',
  'target',
  'form',
  'setting',
  'ageMin',
  'ageMax',
  'icsAreas',
  'typicalDurationWeeks',
  'timeLimited',
  'specialised',
  'evidence',
  'programme',
  'legalBasis',
  'unitCost',
  'costUnit',
  'capacity',
  'illustrative',
];

export const fieldId = (field: OfferField) => `offer-${field}`;

export function emptyOfferValues(): OfferFormValues {
  return {
    name: '',
    description: '',
    providerKind: 'own',
    providerName: '',
    stepId: '',
    target: 'child',
    form: 'individual',
    setting: 'home',
    ageMin: '',
    ageMax: '',
    icsAreas: [],
    typicalDurationWeeks: '',
    timeLimited: false,
    specialised: false,
    evidence: 'none',
    programme: '',
    legalBasis: '',
    unitCost: '',
    costUnit: 'month',
    capacity: '',
    illustrative: false,
  };
}

export function valuesFromOffer(offer: OfferView): OfferFormValues {
  return {
    name: offer.name,
    description: offer.description,
    providerKind: offer.providerKind,
    providerName: offer.providerName,
    stepId: offer.stepId,
    target: offer.target,
    form: offer.form,
    setting: offer.setting,
    ageMin: offer.ageMin,
    ageMax: offer.ageMax,
    icsAreas: offer.icsAreas,
    typicalDurationWeeks: offer.typicalDurationWeeks ?? '',
    timeLimited: offer.timeLimited,
    specialised: offer.specialised,
    evidence: offer.evidence,
    programme: offer.programme ?? '',
    legalBasis: offer.legalBasis,
    unitCost: offer.unitCost,
    costUnit: offer.costUnit,
    capacity: offer.capacity ?? '',
    illustrative: offer.illustrative,
  };
}

const isWhole = (n: number) => Number.isInteger(n);

/** The same rules as the server, in the same words, checked before anything is sent. */
export function validateOffer(v: OfferFormValues): OfferFormErrors {
  const errors: OfferFormErrors = {};
  if (v.name.trim() === '') errors.name = 'Skriv tilbuddets navn.';
  else if (v.name.trim().length > 200) errors.name = 'Navnet må højst være 200 tegn.';
  if (v.description.length > 4000) errors.description = 'Beskrivelsen må højst være 4000 tegn.';
  if (v.providerName.trim() === '') errors.providerName = 'Skriv leverandørens navn.';
  if (v.stepId === '') errors.stepId = 'Vælg det trin på indsatstrappen, tilbuddet hører til.';
  for (const [field, label] of [
    ['ageMin', 'Alder fra'],
    ['ageMax', 'Alder til'],
  ] as const) {
    const age = v[field];
    if (age === '') errors[field] = `Skriv ${label.toLowerCase()} (0–22 år).`;
    else if (!isWhole(age) || age < 0 || age > 22)
      errors[field] = `${label} skal være et helt tal mellem 0 og 22.`;
  }
  if (!errors.ageMin && !errors.ageMax && v.ageMin !== '' && v.ageMax !== '' && v.ageMin > v.ageMax) {
    errors.ageMin = `Alder fra (${v.ageMin}) må ikke være større end alder til (${v.ageMax}).`;
  }
  const weeks = v.typicalDurationWeeks;
  if (weeks !== '' && (!isWhole(weeks) || weeks < 1 || weeks > 520)) {
    errors.typicalDurationWeeks = 'Varigheden skal være et helt antal uger mellem 1 og 520.';
  }
  if (v.evidence === 'evidence_based' && v.programme.trim() === '') {
    errors.programme = 'Et evidensbaseret program skal have programmets navn.';
  }
  if (v.programme.trim().length > 200) errors.programme = 'Programnavnet må højst være 200 tegn.';
  if (v.legalBasis.trim().length > 200) errors.legalBasis = 'Lovgrundlaget må højst være 200 tegn.';
  if (v.unitCost === '') errors.unitCost = 'Skriv enhedsprisen i kroner.';
  else if (v.unitCost < 0) errors.unitCost = 'Enhedsprisen må ikke være negativ.';
  else if (Math.abs(Math.round(v.unitCost * 100) - v.unitCost * 100) > 1e-6)
    errors.unitCost = 'Enhedsprisen må højst have 2 decimaler.';
  if (v.capacity !== '' && (!isWhole(v.capacity) || v.capacity < 0)) {
    errors.capacity = 'Kapaciteten skal være et helt tal, 0 eller derover.';
  }
  return errors;
}

/** The request body, for values that passed validateOffer. */
export function requestFromValues(v: OfferFormValues): OfferCreateRequest {
  return {
    name: v.name.trim(),
    description: v.description,
    providerKind: v.providerKind,
    providerName: v.providerName.trim(),
    stepId: v.stepId,
    target: v.target,
    form: v.form,
    setting: v.setting,
    ageMin: Number(v.ageMin),
    ageMax: Number(v.ageMax),
    icsAreas: v.icsAreas,
    typicalDurationWeeks: v.typicalDurationWeeks === '' ? null : v.typicalDurationWeeks,
    timeLimited: v.timeLimited,
    specialised: v.specialised,
    evidence: v.evidence,
    programme: v.programme.trim() === '' ? null : v.programme.trim(),
    legalBasis: v.legalBasis.trim(),
    unitCost: Number(v.unitCost),
    costUnit: v.costUnit,
    capacity: v.capacity === '' ? null : v.capacity,
    illustrative: v.illustrative,
  };
}
