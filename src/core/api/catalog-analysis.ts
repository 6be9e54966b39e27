import { z } from 'zod';
import { GAP_RULES } from '../catalog/gap-rules.ts';
import { AGE_BANDS, FORMS, ICS_AREAS, type IcsArea, TARGETS } from '../catalog/types.ts';
import { OfferView } from './catalog.ts';
import { strict } from './common.ts';
import { idWith, Text } from './types.ts';

/** The catalog analysis, its settings and the offer match over HTTP (docs/catalog-analysis.md). */

const AGE_BAND_IDS = AGE_BANDS.map((b) => b.id) as [string, ...string[]];

export const CoverageCellView = z.object({
  stepId: z.string(),
  stepPosition: z.number().int(),
  stepName: z.string(),
  target: z.enum(TARGETS),
  form: z.enum(FORMS),
  ageBand: z.enum(AGE_BAND_IDS),
  offers: z.number().int(),
  capacity: z.number().int(),
});
export type CoverageCellView = z.infer<typeof CoverageCellView>;

export const SharesView = z
  .object({
    childDirected: z.number(),
    parentsFamilyNetwork: z.number(),
    individual: z.number(),
    group: z.number(),
    childIndividual: z.number(),
  })
  .describe('Andele 0–1');
export type SharesView = z.infer<typeof SharesView>;

export const GapView = z.object({
  rule: z.enum(GAP_RULES),
  ruleLabel: z.string(),
  description: z.string(),
  stepId: z.string().optional(),
  ageBand: z.enum(AGE_BAND_IDS).optional(),
  details: z.record(z.string(), z.unknown()),
});
export type GapView = z.infer<typeof GapView>;

export const CatalogSettingsView = z.object({ maxChildIndividualShare: z.number() });
export type CatalogSettingsView = z.infer<typeof CatalogSettingsView>;

export const CatalogAnalysisResponse = z.object({
  ladderVersion: z.number().int(),
  coverage: z.array(CoverageCellView),
  shares: z.object({ capacity: SharesView, monthlyCost: SharesView }),
  gaps: z.array(GapView),
  settings: CatalogSettingsView,
  totals: z.object({
    offers: z.number().int(),
    capacity: z.number().int(),
    monthlyCost: z.number().describe('Kroner pr. måned med alle pladser i brug'),
    offersWithoutCapacity: z.number().int(),
  }),
});
export type CatalogAnalysisResponse = z.infer<typeof CatalogAnalysisResponse>;

export const CatalogSettingsRequest = strict({
  maxChildIndividualShare: z
    .number({ message: 'Grænsen skal være et tal mellem 0 og 1.' })
    .min(0, { message: 'Grænsen skal være mellem 0 og 1.' })
    .max(1, { message: 'Grænsen skal være mellem 0 og 1.' })
    .refine((v) => Math.abs(Math.round(v * 1000) - v * 1000) < 1e-6, {
      message: 'Grænsen må højst have 3 decimaler.',
    }),
});
export type CatalogSettingsRequest = z.infer<typeof CatalogSettingsRequest>;

export const CatalogSettingsResponse = z.object({ settings: CatalogSettingsView });
export type CatalogSettingsResponse = z.infer<typeof CatalogSettingsResponse>;

/** `areas=development,parenting`: a comma-separated list, empty or left out for no filter. */
const AreaList = Text.max(200)
  .describe(`ICS-områder, kommasepareret: ${ICS_AREAS.join(', ')}`)
  .transform((text, ctx): IcsArea[] => {
    const parts = text
      .split(',')
      .map((p) => p.trim())
      .filter((p) => p !== '');
    const unknown = parts.filter((p) => !(ICS_AREAS as readonly string[]).includes(p));
    if (unknown.length > 0) {
      ctx.addIssue({
        code: 'custom',
        message: `Ukendt ICS-område: ${unknown.join(', ')}. Brug ${ICS_AREAS.join(', ')}.`,
      });
      return z.NEVER;
    }
    return [...new Set(parts as IcsArea[])];
  });

export const OfferMatchQuery = strict({
  age: z.coerce
    .number({ message: 'Alder skal være et tal.' })
    .int({ message: 'Alder skal være et helt tal.' })
    .min(0, { message: 'Alder skal være mellem 0 og 22.' })
    .max(22, { message: 'Alder skal være mellem 0 og 22.' }),
  areas: AreaList.optional(),
  /** the child's current step; left out: everyday life (step 0) */
  currentStep: idWith('Ugyldigt trin-id.').optional(),
});
export type OfferMatchQuery = z.infer<typeof OfferMatchQuery>;

export const OfferMatchView = z.object({
  offer: OfferView,
  step: z.object({ id: z.string(), position: z.number().int(), name: z.string() }),
  atCapacity: z.boolean(),
  reasons: z.array(z.string()),
});
export type OfferMatchView = z.infer<typeof OfferMatchView>;

export const OfferMatchResponse = z.object({ matches: z.array(OfferMatchView) });
export type OfferMatchResponse = z.infer<typeof OfferMatchResponse>;
