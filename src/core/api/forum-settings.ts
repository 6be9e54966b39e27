import { z } from 'zod';
import { strict } from './common.ts';
import { int4 } from './types.ts';

/**
 * The forums' local rules over HTTP (docs/forums.md "Settings"): the ForumSettings of
 * src/core/forums/settings.ts and the leader's approval thresholds (approval.ts), within the
 * ranges of migration 016's CHECKs. The thresholds travel as a list per step (a JSON object's
 * keys are strings; a list keeps the step a number the edge checks).
 */

const steps = (what: string) =>
  z
    .array(int4('Trinnet', 1, 30))
    .max(30, { message: `${what}: højst 30 trin.` })
    .refine((s) => new Set(s).size === s.length, { message: `${what}: hvert trin højst én gang.` });

const amount = (what: string) =>
  z
    .number({ message: `${what} skal være et beløb.` })
    .min(0, { message: `${what} skal være 0 kr. eller mere.` })
    .max(10_000_000, { message: `${what} er for stort.` });

const Fields = {
  specialisedSteps: steps('Specialiserede trin'),
  specialisedOfferSteps: steps('Trin med specialiserede tilbud'),
  institutionalSteps: steps('Institutionstrin'),
  reviewIntervalMonths: int4('Antal måneder', 1, 24),
  politicalReviewMonths: int4('Antal måneder', 1, 24),
  institutionalFlagMonths: int4('Antal måneder', 1, 60),
  aftercareLeadMonths: int4('Antal måneder', 0, 12),
  decisionValidityMonths: int4('Antal måneder', 1, 24),
  emergencyDays: int4('Antal dage', 1, 60),
  approvalThresholds: strict({
    byStep: z
      .array(strict({ stepPosition: int4('Trinnet', 1, 30), amount: amount('Beløbsgrænsen') }))
      .max(30)
      .refine((l) => new Set(l.map((t) => t.stepPosition)).size === l.length, {
        message: 'Hvert trin må kun have én beløbsgrænse.',
      }),
    /** kroner a month for the steps not named; null: they need no approval */
    otherwise: amount('Den generelle beløbsgrænse').nullable(),
  }),
};

export const ForumSettingsRequest = strict(Fields);
export type ForumSettingsRequest = z.infer<typeof ForumSettingsRequest>;

export const ForumSettingsView = z.object({
  ...Fields,
  /** null: the defaults, never saved */
  updatedAt: z.string().nullable(),
});
export type ForumSettingsView = z.infer<typeof ForumSettingsView>;
