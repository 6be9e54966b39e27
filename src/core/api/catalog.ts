import { z } from 'zod';
import { MAX_STEP_NAME, MAX_STEPS } from '../catalog/ladder.ts';
import { MAX_UNIT_COST } from '../catalog/offer-columns.ts';
import {
  CATEGORIES,
  COST_UNITS,
  EVIDENCE,
  FORMS,
  ICS_AREAS,
  OFFER_STATUSES,
  PROVIDER_KINDS,
  SETTINGS,
  TARGETS,
  TRACKS,
} from '../catalog/types.ts';
import { ErrorBody, strict } from './common.ts';
import { INT4_MAX, idWith, Text } from './types.ts';

/** The ladder and the catalog over HTTP. Requests are strict: unknown fields are refused. */

const StepId = idWith('Ugyldigt trin-id.');

// ---- ladder ----

export const LadderStepView = z.object({
  id: z.string(),
  position: z.number().int(),
  name: z.string(),
  category: z.enum(CATEGORIES),
  track: z.enum(TRACKS),
  trackLabel: z.string(),
  categoryLabel: z.string(),
});
export type LadderStepView = z.infer<typeof LadderStepView>;

export const LadderView = z.object({
  id: z.string(),
  version: z.number().int(),
  createdAt: z.string(),
  note: z.string().nullable(),
  steps: z.array(LadderStepView),
});
export type LadderView = z.infer<typeof LadderView>;

export const LadderResponse = z.object({ ladder: LadderView });
export type LadderResponse = z.infer<typeof LadderResponse>;

export const LadderUpdateResponse = z.object({
  ladder: LadderView,
  /** false: the ladder sent was the one in force; no new version was made */
  changed: z.boolean(),
});
export type LadderUpdateResponse = z.infer<typeof LadderUpdateResponse>;

export const LadderVersionsResponse = z.object({ versions: z.array(LadderView) });
export type LadderVersionsResponse = z.infer<typeof LadderVersionsResponse>;

export const LadderStepRequest = strict({
  id: StepId.optional(),
  name: Text.trim()
    .min(1, { message: 'Trinnet skal have et navn.' })
    .max(MAX_STEP_NAME, { message: `Navnet må højst være ${MAX_STEP_NAME} tegn.` }),
  category: z.enum(CATEGORIES, { message: 'Kategorien skal være forebyggende eller anbringelse.' }),
  track: z.enum(TRACKS, { message: 'Ukendt spor.' }),
});
export type LadderStepRequest = z.infer<typeof LadderStepRequest>;

export const LadderUpdateRequest = strict({
  note: Text.trim().max(1000, { message: 'Noten må højst være 1000 tegn.' }).optional(),
  steps: z
    .array(LadderStepRequest)
    .min(1, { message: 'Indsatstrappen skal have mindst ét trin.' })
    .max(MAX_STEPS, { message: `Indsatstrappen må højst have ${MAX_STEPS} trin.` }),
});
export type LadderUpdateRequest = z.infer<typeof LadderUpdateRequest>;

// ---- offers ----

export const OfferView = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  providerKind: z.enum(PROVIDER_KINDS),
  providerName: z.string(),
  stepId: z.string(),
  /** the step's position and name on the current ladder; null when the step has left it */
  stepPosition: z.number().int().nullable(),
  stepName: z.string().nullable(),
  target: z.enum(TARGETS),
  form: z.enum(FORMS),
  setting: z.enum(SETTINGS),
  ageMin: z.number().int(),
  ageMax: z.number().int(),
  icsAreas: z.array(z.enum(ICS_AREAS)),
  typicalDurationWeeks: z.number().int().nullable(),
  timeLimited: z.boolean(),
  /** specialised (MST and the like): on the forum settings' specialised-offer steps it needs Det Kreative Råd */
  specialised: z.boolean(),
  evidence: z.enum(EVIDENCE),
  programme: z.string().nullable(),
  legalBasis: z.string(),
  unitCost: z.number(),
  costUnit: z.enum(COST_UNITS),
  capacity: z.number().int().nullable(),
  status: z.enum(OFFER_STATUSES),
  illustrative: z.boolean(),
});
export type OfferView = z.infer<typeof OfferView>;

export const OfferResponse = z.object({ offer: OfferView });
export type OfferResponse = z.infer<typeof OfferResponse>;

export const OffersResponse = z.object({ offers: z.array(OfferView) });
export type OffersResponse = z.infer<typeof OffersResponse>;

export const OffersQuery = strict({
  q: Text.max(100, { message: 'Søgningen må højst være 100 tegn.' }).optional(),
  step: StepId.optional(),
  target: z.enum(TARGETS, { message: 'Ukendt målgruppe.' }).optional(),
  form: z.enum(FORMS, { message: 'Ukendt form.' }).optional(),
  age: z.coerce
    .number({ message: 'Alder skal være et tal.' })
    .int({ message: 'Alder skal være et helt tal.' })
    .min(0, { message: 'Alder skal være mellem 0 og 22.' })
    .max(22, { message: 'Alder skal være mellem 0 og 22.' })
    .optional(),
  /** default: active */
  status: z
    .enum([...OFFER_STATUSES, 'all'], { message: 'Status skal være active, retired eller all.' })
    .optional(),
});
export type OffersQuery = z.infer<typeof OffersQuery>;

const shortText = (label: string, max: number) =>
  Text.trim().max(max, { message: `${label} må højst være ${max} tegn.` });
const requiredText = (label: string, max: number) =>
  shortText(label, max).min(1, { message: `${label} skal udfyldes.` });
const age = (label: string) =>
  z
    .number({ message: `${label} skal være et tal.` })
    .int({ message: `${label} skal være et helt tal.` })
    .min(0, { message: `${label} skal være mellem 0 og 22.` })
    .max(22, { message: `${label} skal være mellem 0 og 22.` });

/** Fields of an offer that a create must give; the rest have defaults (docs/catalog.md). */
export const OfferCreateRequest = strict({
  name: requiredText('Navnet', 200),
  description: Text.max(4000, { message: 'Beskrivelsen må højst være 4000 tegn.' }).optional(),
  providerKind: z.enum(PROVIDER_KINDS, { message: 'Leverandørtypen skal være own eller external.' }),
  providerName: requiredText('Leverandøren', 200),
  stepId: StepId,
  target: z.enum(TARGETS, { message: 'Ukendt målgruppe.' }),
  form: z.enum(FORMS, { message: 'Ukendt form.' }),
  setting: z.enum(SETTINGS, { message: 'Ukendt ramme.' }),
  ageMin: age('Alder fra'),
  ageMax: age('Alder til'),
  icsAreas: z
    .array(z.enum(ICS_AREAS, { message: 'Ukendt ICS-område.' }))
    .max(3)
    .optional(),
  typicalDurationWeeks: z
    .number()
    .int({ message: 'Varigheden skal være et helt antal uger.' })
    .min(1, { message: 'Varigheden skal være mellem 1 og 520 uger.' })
    .max(520, { message: 'Varigheden skal være mellem 1 og 520 uger.' })
    .nullable()
    .optional(),
  timeLimited: z.boolean().optional(),
  specialised: z.boolean().optional(),
  evidence: z.enum(EVIDENCE, { message: 'Ukendt evidensniveau.' }),
  programme: shortText('Programnavnet', 200).nullable().optional(),
  legalBasis: shortText('Lovgrundlaget', 200).optional(),
  unitCost: z
    .number({ message: 'Enhedsprisen skal være et tal.' })
    .min(0, { message: 'Enhedsprisen må ikke være negativ.' })
    .max(MAX_UNIT_COST, { message: 'Enhedsprisen er for stor.' })
    .refine((v) => Math.abs(Math.round(v * 100) - v * 100) < 1e-6, {
      message: 'Enhedsprisen må højst have 2 decimaler.',
    }),
  costUnit: z.enum(COST_UNITS, { message: 'Prisenheden skal være month eller course.' }),
  capacity: z
    .number()
    .int({ message: 'Kapaciteten skal være et helt tal.' })
    .min(0, { message: 'Kapaciteten må ikke være negativ.' })
    .max(INT4_MAX, { message: `Kapaciteten må højst være ${INT4_MAX}.` })
    .nullable()
    .optional(),
  status: z.enum(OFFER_STATUSES, { message: 'Status skal være active eller retired.' }).optional(),
  illustrative: z.boolean().optional(),
});
export type OfferCreateRequest = z.infer<typeof OfferCreateRequest>;

/** Any subset of the fields; `status: 'retired'` retires, `'active'` brings back. */
export const OfferUpdateRequest = OfferCreateRequest.partial();
export type OfferUpdateRequest = z.infer<typeof OfferUpdateRequest>;

// ---- import and export ----

export const OfferImportQuery = strict({
  dryRun: z.enum(['true', 'false'], { message: 'dryRun skal være true eller false.' }).optional(),
});
export type OfferImportQuery = z.infer<typeof OfferImportQuery>;

/** The body: the file itself, as `text/csv` (semicolons, Danish headers) or `application/json` (an array). */
export const OfferImportBody = z
  .any()
  .describe('Tilbudsviften som CSV (text/csv) eller JSON-liste (application/json); se docs/catalog.md.');

export const ImportErrorView = z.object({
  /** CSV: the row Excel shows (header = 1); JSON: the 1-based index in the array */
  line: z.number().int(),
  column: z.string().nullable(),
  message: z.string(),
});
export type ImportErrorView = z.infer<typeof ImportErrorView>;

const ImportCounts = z.object({
  imported: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  errors: z.array(ImportErrorView),
});

export const OfferImportReport = ImportCounts;
export type OfferImportReport = z.infer<typeof OfferImportReport>;

export const OfferImportFailure = ImportCounts.extend(ErrorBody.shape);
export type OfferImportFailure = z.infer<typeof OfferImportFailure>;

export const OfferExportQuery = strict({
  format: z.enum(['csv', 'json'], { message: 'Formatet skal være csv eller json.' }).optional(),
});
export type OfferExportQuery = z.infer<typeof OfferExportQuery>;
