import { z } from 'zod';
import { EVIDENCE } from '../catalog/types.ts';
import { CONCERN_STATUSES } from '../detection/concern.ts';
import { ICS_AREAS, PROTECTIVE_FACTORS, RISK_FACTORS } from '../detection/factors.ts';
import { SITUATIONS } from '../detection/guide.ts';
import { LEVEL_BANDS } from '../detection/scale.ts';
import { SETTING_BOUNDS, SIGNAL_RULES } from '../detection/settings.ts';
import { WELLBEING_COLORS } from '../detection/wellbeing.ts';
import { Ref, strict } from './common.ts';
import { IdempotencyKey, idWith, Text, text } from './types.ts';

/** Detection over HTTP (docs/detection.md). Requests are strict: unknown fields are refused. */

// Schemas written elsewhere before types.ts imported these from here; they are the edge's types.
export { strict } from './common.ts';
export { CalendarDate, text } from './types.ts';

const LEVEL_MESSAGE = 'Niveauet skal være et helt tal fra 1 til 10.';
const Level = z
  .number({ message: LEVEL_MESSAGE })
  .int({ message: LEVEL_MESSAGE })
  .min(1, { message: LEVEL_MESSAGE })
  .max(10, { message: LEVEL_MESSAGE });

const ChildId = idWith('Ugyldigt barn-id.');

/** `a,b,c` in a query string: codes of one list, without repeats. */
function codeList<T extends readonly [string, ...string[]]>(codes: T, what: string) {
  return Text.max(1000).transform((raw, ctx): T[number][] => {
    const parts = raw
      .split(',')
      .map((p) => p.trim())
      .filter((p) => p !== '');
    const unknown = parts.filter((p) => !codes.includes(p));
    if (unknown.length > 0) {
      ctx.addIssue({ code: 'custom', message: `Ukendt ${what}: ${unknown.join(', ')}.` });
      return z.NEVER;
    }
    return [...new Set(parts)] as T[number][];
  });
}

const unique = <T>(items: T[]) => new Set(items).size === items.length;

// ---- shared views ----

export const Code = z.object({ code: z.string(), label: z.string() });
export const BandView = z.object({
  id: z.enum(LEVEL_BANDS),
  min: z.number().int(),
  max: z.number().int(),
  label: z.string(),
  description: z.string(),
});
export type BandView = z.infer<typeof BandView>;
export const ChildRef = z.object({ id: z.string(), firstName: z.string(), lastName: z.string() });
export const StaffRef = z.object({ id: z.string(), name: z.string(), title: z.string().nullable() });
export const UnitRef = z.object({ id: z.string(), name: z.string(), kind: z.string() });
export const ChildInDistrict = ChildRef.extend({
  birthDate: z.string(),
  age: z.number().int(),
  district: Ref,
});

// ---- concerns ----

export const ConcernArea = strict({ area: z.enum(ICS_AREAS), text: text(2000, 'Teksten') });
const Areas = z
  .array(ConcernArea)
  .min(1, { message: 'Beskriv mindst ét ICS-område.' })
  .max(ICS_AREAS.length)
  .refine((a) => unique(a.map((x) => x.area)), { message: 'Hvert ICS-område må kun nævnes én gang.' });
const RiskFactors = z
  .array(z.enum(RISK_FACTORS))
  .refine(unique, { message: 'En risikofaktor må kun vælges én gang.' });
const ProtectiveFactors = z
  .array(z.enum(PROTECTIVE_FACTORS))
  .refine(unique, { message: 'En beskyttelsesfaktor må kun vælges én gang.' });

export const ConcernCreateRequest = strict({
  childId: ChildId,
  level: Level,
  areas: Areas,
  riskFactors: RiskFactors.default([]),
  protectiveFactors: ProtectiveFactors.default([]),
  parentsInformed: z.boolean({ message: 'Angiv, om forældrene kender bekymringen.' }),
  /** optional: a retry with the same key returns the first concern instead of a second */
  idempotencyKey: IdempotencyKey.optional(),
});
export type ConcernCreateRequest = z.infer<typeof ConcernCreateRequest>;

export const ConcernEditRequest = strict({
  level: Level.optional(),
  areas: Areas.optional(),
  riskFactors: RiskFactors.optional(),
  protectiveFactors: ProtectiveFactors.optional(),
  parentsInformed: z.boolean().optional(),
}).refine((r) => Object.values(r).some((v) => v !== undefined), { message: 'Der er intet at rette.' });
export type ConcernEditRequest = z.infer<typeof ConcernEditRequest>;

export const ConcernCorrectionRequest = strict({ text: text(2000, 'Rettelsen'), level: Level.optional() });
export type ConcernCorrectionRequest = z.infer<typeof ConcernCorrectionRequest>;

export const ConcernView = z.object({
  id: z.string(),
  child: ChildRef,
  author: StaffRef,
  unit: UnitRef.nullable(),
  level: z.number().int(),
  band: BandView,
  areas: z.array(z.object({ area: z.enum(ICS_AREAS), label: z.string(), text: z.string() })),
  riskFactors: z.array(Code),
  protectiveFactors: z.array(Code),
  parentsInformed: z.boolean(),
  status: z.enum(CONCERN_STATUSES),
  statusLabel: z.string(),
  /** true only for its author, before anyone has acted on it */
  editable: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
  corrections: z.array(
    z.object({
      id: z.string(),
      text: z.string(),
      levelBefore: z.number().int().nullable(),
      level: z.number().int().nullable(),
      createdAt: z.string(),
      author: StaffRef,
    }),
  ),
});
export type ConcernView = z.infer<typeof ConcernView>;

/** Feedback to the professional: their own submission with its status only. */
export const ConcernReceipt = z.object({
  id: z.string(),
  child: ChildRef,
  level: z.number().int(),
  createdAt: z.string(),
  status: z.enum(CONCERN_STATUSES),
  statusLabel: z.string(),
  editable: z.boolean(),
});
export const MyConcernsResponse = z.object({ concerns: z.array(ConcernReceipt) });
export type MyConcernsResponse = z.infer<typeof MyConcernsResponse>;

// ---- the guide ----

export const GuideQuery = strict({
  childId: ChildId,
  level: z.coerce.number({ message: LEVEL_MESSAGE }).pipe(Level),
  areas: codeList(ICS_AREAS, 'ICS-område').optional(),
  riskFactors: codeList(RISK_FACTORS, 'risikofaktor').optional(),
  parentsInformed: z.enum(['true', 'false']).optional(),
});
export type GuideQuery = z.infer<typeof GuideQuery>;

export const GuideView = z.object({
  level: z.number().int(),
  band: BandView,
  situations: z.array(z.object({ id: z.enum(SITUATIONS), label: z.string() })),
  /** what to do now, most urgent first */
  steps: z.array(z.string()),
  /** the preventive worker(s) of the child's district */
  contacts: z.array(StaffRef.extend({ phone: z.string().nullable(), district: Ref })),
  /** offers of the catalog at steps 1–2 for the child's age (and areas) */
  offers: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      description: z.string(),
      providerName: z.string(),
      step: z.object({ id: z.string(), position: z.number().int(), name: z.string() }),
      ageMin: z.number().int(),
      ageMax: z.number().int(),
      evidence: z.enum(EVIDENCE),
      programme: z.string().nullable(),
      atCapacity: z.boolean(),
      reasons: z.array(z.string()),
    }),
  ),
  mustReport: z.boolean(),
  mustReportReasons: z.array(z.string()),
  dutyToReport: z.string().nullable(),
  /** the professional's report form for this child (web route), where the guide says "underret"; else null */
  reportFormUrl: z.string().nullable(),
});
export type GuideView = z.infer<typeof GuideView>;

export const ConcernResponse = ConcernView;
export const ConcernWithGuideResponse = ConcernView.extend({ guide: GuideView });
export type ConcernWithGuideResponse = z.infer<typeof ConcernWithGuideResponse>;
/** A concern as read later: its author also gets the guide, built from the concern's own texts. */
export const ConcernReadResponse = ConcernView.extend({ guide: GuideView.optional() });
export type ConcernReadResponse = z.infer<typeof ConcernReadResponse>;

// ---- wellbeing checks ----

export const MyGroup = z.object({
  id: z.string(),
  name: z.string(),
  unit: UnitRef,
  children: z.number().int(),
  lastRatedOn: z.string().nullable(),
});
export const MyGroupsResponse = z.object({ groups: z.array(MyGroup) });
export type MyGroupsResponse = z.infer<typeof MyGroupsResponse>;

export const GroupWellbeingResponse = z.object({
  group: MyGroup,
  colors: z.array(z.object({ color: z.enum(WELLBEING_COLORS), label: z.string() })),
  children: z.array(
    ChildRef.extend({
      /** the child's latest rating in this group; the note only when the reader wrote it */
      previous: z
        .object({
          color: z.enum(WELLBEING_COLORS),
          label: z.string(),
          ratedOn: z.string(),
          note: z.string().nullable(),
        })
        .nullable(),
    }),
  ),
  lastRound: z.object({ id: z.string(), ratedOn: z.string(), ratedBy: StaffRef }).nullable(),
});
export type GroupWellbeingResponse = z.infer<typeof GroupWellbeingResponse>;

export const WellbeingBatchRequest = strict({
  idempotencyKey: IdempotencyKey,
  ratings: z
    .array(
      strict({
        childId: ChildId,
        color: z.enum(WELLBEING_COLORS, { message: 'Farven skal være green, yellow eller red.' }),
        note: text(500, 'Bemærkningen').optional(),
      }),
    )
    .min(1, { message: 'Vurdér mindst ét barn.' })
    .max(300),
});
export type WellbeingBatchRequest = z.infer<typeof WellbeingBatchRequest>;

export const WellbeingBatchResponse = z.object({
  id: z.string(),
  groupId: z.string(),
  ratedOn: z.string(),
  ratings: z.number().int(),
  /** true when this was a retry of a batch already stored */
  replayed: z.boolean(),
});
export type WellbeingBatchResponse = z.infer<typeof WellbeingBatchResponse>;

// ---- settings ----

const b = SETTING_BOUNDS;
const bounded = (range: { min: number; max: number }, what: string) =>
  z
    .number({ message: `${what} skal være et tal.` })
    .int({ message: `${what} skal være et helt tal.` })
    .min(range.min, { message: `${what} skal være mellem ${range.min} og ${range.max}.` })
    .max(range.max, { message: `${what} skal være mellem ${range.min} og ${range.max}.` });

export const DetectionSettingsBody = strict({
  mustReportBelow: bounded(b.mustReportBelow, 'Grænsen for underretning'),
  rules: strict({
    several_professionals: strict({
      enabled: z.boolean(),
      minProfessionals: bounded(b.minProfessionals, 'Antal fagpersoner'),
      withinDays: bounded(b.withinDays, 'Antal dage'),
    }),
    red_after_yellow: strict({ enabled: z.boolean() }),
    low_level: strict({ enabled: z.boolean(), maxLevel: bounded(b.maxLevel, 'Niveauet') }),
    level_drop: strict({
      enabled: z.boolean(),
      minDrop: bounded(b.minDrop, 'Faldet'),
      withinDays: bounded(b.withinDays, 'Antal dage'),
    }),
  }),
});
export type DetectionSettingsBody = z.infer<typeof DetectionSettingsBody>;

export const DetectionSettingsResponse = z.object({
  settings: DetectionSettingsBody,
  /** each rule as configured, in Danish */
  rules: z.array(
    z.object({
      rule: z.enum(SIGNAL_RULES),
      label: z.string(),
      description: z.string(),
      enabled: z.boolean(),
    }),
  ),
  isDefault: z.boolean(),
});
export type DetectionSettingsResponse = z.infer<typeof DetectionSettingsResponse>;
