import {
  amount,
  choice,
  fail,
  formatDanishAmount,
  icsAreas,
  integer,
  isEmpty,
  ok,
  type Parsed,
  settingValue,
  targetValue,
  text,
  yesNo,
} from './offer-values.ts';
import {
  COST_UNIT_LABELS,
  COST_UNITS,
  EVIDENCE,
  EVIDENCE_LABELS,
  FORM_LABELS,
  FORMS,
  ICS_AREA_LABELS,
  type Ladder,
  OFFER_STATUS_LABELS,
  OFFER_STATUSES,
  type Offer,
  type OfferFields,
  PROVIDER_KIND_LABELS,
  PROVIDER_KINDS,
  SETTING_LABELS,
  TARGET_LABELS,
} from './types.ts';

// Re-exported: what callers of the column table also need.
export {
  formatDanishAmount,
  MAX_UNIT_COST,
  normaliseWord,
  type Parsed,
  parseDanishAmount,
} from './offer-values.ts';

/**
 * The columns of the catalog file: Danish header (CSV), English key (JSON), how a cell is read
 * and written. Import and export share this table, so what is exported can always be imported.
 * A step is written as its position on the current ladder ("Trin" 1..n), never as an id.
 */

/** What an imported row sets. A column left out of the file sets nothing (the offer keeps its value). */
export type OfferImportFields = { name: string } & Partial<Omit<OfferFields, 'name'>>;

export interface ColumnContext {
  ladder: Ladder;
}

export interface OfferColumn {
  /** the header in a CSV file (matched without regard to case and spacing) */
  header: string;
  /** other headers accepted for the same column */
  aliases?: readonly string[];
  /** the key in a JSON file */
  key: string;
  /** the offer field it sets; null = for people reading the file only, ignored on import */
  field: keyof OfferFields | null;
  /** a file without this column is refused */
  required: boolean;
  /** a CSV cell (string) or a JSON value; null and '' mean "empty" */
  parse(value: unknown, ctx: ColumnContext): Parsed<unknown>;
  toCsv(offer: Offer, ctx: ColumnContext): string;
  toJson(offer: Offer, ctx: ColumnContext): unknown;
}

function stepPosition(value: unknown, { ladder }: ColumnContext): Parsed<string | undefined> {
  // Empty: keep the offer's step (an offer retired with a step that has since left the ladder).
  if (isEmpty(value)) return ok(undefined);
  const last = ladder.steps.length;
  const n =
    typeof value === 'number'
      ? value
      : typeof value === 'string' && /^\s*\d+\s*$/.test(value)
        ? Number(value)
        : Number.NaN;
  const step = ladder.steps.find((s) => s.position === n);
  if (!step) {
    return fail(
      `Trin «${String(value)}» findes ikke på den gældende indsatstrappe. Angiv trinnets nummer 1–${last}.`,
    );
  }
  return ok(step.id);
}

const positionOf = (offer: Offer, { ladder }: ColumnContext) =>
  ladder.steps.find((s) => s.id === offer.stepId);
const yesNoText = (b: boolean) => (b ? 'Ja' : 'Nej');

export const OFFER_COLUMNS: readonly OfferColumn[] = [
  col('Navn', 'name', 'name', true, text('Navn', 200, { required: true }), (o) => o.name),
  col(
    'Beskrivelse',
    'description',
    'description',
    false,
    text('Beskrivelse', 4000, { asWritten: true }),
    (o) => o.description,
  ),
  col(
    'Leverandørtype',
    'providerKind',
    'providerKind',
    true,
    choice('Leverandørtype', PROVIDER_KINDS, PROVIDER_KIND_LABELS, { egen: 'own', 'egen enhed': 'own' }),
    (o) => PROVIDER_KIND_LABELS[o.providerKind],
    (o) => o.providerKind,
  ),
  col(
    'Leverandør',
    'providerName',
    'providerName',
    true,
    text('Leverandør', 200, { required: true }),
    (o) => o.providerName,
  ),
  {
    header: 'Trin',
    key: 'step',
    field: 'stepId',
    required: true,
    parse: stepPosition,
    toCsv: (o, ctx) => String(positionOf(o, ctx)?.position ?? ''),
    toJson: (o, ctx) => positionOf(o, ctx)?.position ?? null,
  },
  {
    header: 'Trinnavn',
    key: 'stepName',
    field: null,
    required: false,
    parse: () => ok(undefined),
    toCsv: (o, ctx) => positionOf(o, ctx)?.name ?? '',
    toJson: (o, ctx) => positionOf(o, ctx)?.name ?? null,
  },
  col(
    'Målgruppe',
    'target',
    'target',
    true,
    targetValue,
    (o) => TARGET_LABELS[o.target],
    (o) => o.target,
  ),
  col(
    'Form',
    'form',
    'form',
    true,
    choice('Form', FORMS, FORM_LABELS),
    (o) => FORM_LABELS[o.form],
    (o) => o.form,
  ),
  col(
    'Ramme',
    'setting',
    'setting',
    true,
    settingValue,
    (o) => SETTING_LABELS[o.setting],
    (o) => o.setting,
  ),
  col(
    'Alder fra',
    'ageMin',
    'ageMin',
    true,
    integer('Alder fra', 0, 22, true),
    (o) => String(o.ageMin),
    (o) => o.ageMin,
  ),
  col(
    'Alder til',
    'ageMax',
    'ageMax',
    true,
    integer('Alder til', 0, 22, true),
    (o) => String(o.ageMax),
    (o) => o.ageMax,
  ),
  col(
    'ICS-områder',
    'icsAreas',
    'icsAreas',
    false,
    icsAreas,
    (o) => o.icsAreas.map((a) => ICS_AREA_LABELS[a]).join(', '),
    (o) => o.icsAreas,
  ),
  col(
    'Typisk varighed (uger)',
    'typicalDurationWeeks',
    'typicalDurationWeeks',
    false,
    integer('Typisk varighed (uger)', 1, 520, false),
    (o) => (o.typicalDurationWeeks === null ? '' : String(o.typicalDurationWeeks)),
    (o) => o.typicalDurationWeeks,
    ['Varighed (uger)', 'Typisk varighed'],
  ),
  col(
    'Tidsbegrænset',
    'timeLimited',
    'timeLimited',
    false,
    yesNo('Tidsbegrænset'),
    (o) => yesNoText(o.timeLimited),
    (o) => o.timeLimited,
  ),
  col(
    'Specialiseret',
    'specialised',
    'specialised',
    false,
    yesNo('Specialiseret'),
    (o) => yesNoText(o.specialised),
    (o) => o.specialised,
    ['Specialiseret tilbud'],
  ),
  col(
    'Evidens',
    'evidence',
    'evidence',
    true,
    choice('Evidens', EVIDENCE, EVIDENCE_LABELS, {
      ingen: 'none',
      evidensbaseret: 'evidence_based',
      'evidensbaseret program': 'evidence_based',
    }),
    (o) => EVIDENCE_LABELS[o.evidence],
    (o) => o.evidence,
  ),
  col(
    'Program',
    'programme',
    'programme',
    false,
    text('Program', 200, { emptyAs: null }),
    (o) => o.programme ?? '',
    (o) => o.programme,
    ['Programnavn'],
  ),
  col(
    'Lovgrundlag',
    'legalBasis',
    'legalBasis',
    false,
    text('Lovgrundlag', 200),
    (o) => o.legalBasis,
    (o) => o.legalBasis,
    ['Lovhjemmel'],
  ),
  col(
    'Enhedspris (kr.)',
    'unitCost',
    'unitCost',
    true,
    amount('Enhedspris'),
    (o) => formatDanishAmount(o.unitCost),
    (o) => o.unitCost,
    ['Enhedspris', 'Pris', 'Pris (kr.)'],
  ),
  col(
    'Prisenhed',
    'costUnit',
    'costUnit',
    true,
    choice('Prisenhed', COST_UNITS, COST_UNIT_LABELS, {
      måned: 'month',
      forløb: 'course',
      'pr. md.': 'month',
    }),
    (o) => COST_UNIT_LABELS[o.costUnit],
    (o) => o.costUnit,
  ),
  col(
    'Kapacitet',
    'capacity',
    'capacity',
    false,
    integer('Kapacitet', 0, 1_000_000, false),
    (o) => (o.capacity === null ? '' : String(o.capacity)),
    (o) => o.capacity,
  ),
  col(
    'Status',
    'status',
    'status',
    false,
    choice(
      'Status',
      OFFER_STATUSES,
      OFFER_STATUS_LABELS,
      { udfaset: 'retired', inaktiv: 'retired' },
      'active',
    ),
    (o) => OFFER_STATUS_LABELS[o.status],
    (o) => o.status,
  ),
  col(
    'Illustrative tal',
    'illustrative',
    'illustrative',
    false,
    yesNo('Illustrative tal'),
    (o) => yesNoText(o.illustrative),
    (o) => o.illustrative,
    ['Illustrativ'],
  ),
];

function col(
  header: string,
  key: string,
  field: keyof OfferFields,
  required: boolean,
  parse: (value: unknown, ctx: ColumnContext) => Parsed<unknown>,
  toCsv: (offer: Offer) => string,
  toJson: (offer: Offer) => unknown = (o) => o[field],
  aliases: readonly string[] = [],
): OfferColumn {
  return { header, key, field, required, parse, toCsv, toJson, aliases };
}

/** Rules across fields, checked on each row and again on an offer merged with its stored values. */
export function checkOfferRules(
  fields: Partial<OfferFields>,
): { field: keyof OfferFields; message: string }[] {
  const errors: { field: keyof OfferFields; message: string }[] = [];
  if (fields.ageMin !== undefined && fields.ageMax !== undefined && fields.ageMin > fields.ageMax) {
    errors.push({
      field: 'ageMin',
      message: `Alder fra (${fields.ageMin}) må ikke være større end alder til (${fields.ageMax}).`,
    });
  }
  if (fields.evidence === 'evidence_based' && fields.programme === null) {
    errors.push({ field: 'programme', message: 'Et evidensbaseret program skal have programmets navn.' });
  }
  return errors;
}

/** The column that sets a field, to name it in an error. */
export function columnOfField(field: keyof OfferFields): OfferColumn {
  return OFFER_COLUMNS.find((c) => c.field === field) as OfferColumn;
}

function byLadderOrder(offers: readonly Offer[], ctx: ColumnContext): Offer[] {
  const position = (o: Offer) => positionOf(o, ctx)?.position ?? Number.MAX_SAFE_INTEGER;
  return [...offers].sort((a, b) => position(a) - position(b) || a.name.localeCompare(b.name, 'da'));
}

/** The catalog as rows of CSV cells (header first), in ladder order. */
export function offersToCsvRows(offers: readonly Offer[], ladder: Ladder): string[][] {
  const ctx = { ladder };
  return [
    OFFER_COLUMNS.map((c) => c.header),
    ...byLadderOrder(offers, ctx).map((o) => OFFER_COLUMNS.map((c) => c.toCsv(o, ctx))),
  ];
}

/** The catalog as JSON objects (the import's JSON format), in ladder order. */
export function offersToJson(offers: readonly Offer[], ladder: Ladder): Record<string, unknown>[] {
  const ctx = { ladder };
  return byLadderOrder(offers, ctx).map((o) =>
    Object.fromEntries(OFFER_COLUMNS.map((c) => [c.key, c.toJson(o, ctx)])),
  );
}
