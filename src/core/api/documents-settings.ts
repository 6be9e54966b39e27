import { z } from 'zod';
import { DECISION_TYPES } from '../documents/decision-types.ts';
import { strict } from './common.ts';
import { AppealGuidanceView } from './documents.ts';
import { int4, text } from './types.ts';

/**
 * The municipality's document settings over HTTP (docs/documents.md "Settings"): the consultation
 * rule, the letterhead and, per decision type, the appeal guidance and the second signature. The
 * schemas check the shape and the columns' lengths (400); the rules' ranges are the core's
 * `consultationRuleProblem` and `appealGuidanceProblem` (422), so the web and the server say the
 * same sentence.
 */

const CONSULTATION_UNITS = ['calendar_days', 'working_days'] as const;

export const ConsultationRuleBody = strict({
  days: int4('Svarfristen'),
  unit: z.enum(CONSULTATION_UNITS, { message: 'Svarfristen regnes i kalenderdage eller arbejdsdage.' }),
});

export const LegalReferenceBody = strict({
  text: text(200, 'Lovhenvisningen'),
  /** still to be checked against the act in force */
  verify: z.boolean({ message: 'Angiv, om henvisningen skal verificeres.' }),
});

export const AppealGuidanceBody = strict({
  appealTo: text(200, 'Klageinstansen'),
  how: text(2000, 'Beskrivelsen af, hvordan der klages'),
  deadlineWeeks: int4('Klagefristen'),
  // migration 020: 1–10; none at all is the rule's own sentence (422)
  references: z.array(LegalReferenceBody).max(10, { message: 'Højst 10 lovhenvisninger.' }),
});

export const DecisionTypeSettingBody = strict({
  type: z.enum(DECISION_TYPES, { message: 'Ukendt slags afgørelse.' }),
  appealGuidance: AppealGuidanceBody,
  /** a leader of the case's district must co-sign before the decision is final */
  secondSignature: z.boolean({ message: 'Angiv, om afgørelsen kræver en anden underskrift.' }),
});

/** PUT /api/document-settings: the whole settings, every decision type once. */
export const DocumentSettingsRequest = strict({
  consultationRule: ConsultationRuleBody,
  /** the letterhead of printed documents; null: the municipality's name only */
  letterheadAddress: text(300, 'Adressen').nullable(),
  decisionTypes: z
    .array(DecisionTypeSettingBody)
    .refine(
      (list) =>
        list.length === DECISION_TYPES.length && DECISION_TYPES.every((t) => list.some((d) => d.type === t)),
      { message: 'Angiv hver slags afgørelse én gang.' },
    ),
});
export type DocumentSettingsRequest = z.infer<typeof DocumentSettingsRequest>;

export const DocumentSettingsView = z.object({
  consultationRule: z.object({
    days: z.number(),
    unit: z.enum(CONSULTATION_UNITS),
    /** Trappen's default (14 calendar days) */
    isDefault: z.boolean(),
  }),
  letterheadAddress: z.string().nullable(),
  decisionTypes: z.array(
    z.object({
      type: z.enum(DECISION_TYPES),
      typeLabel: z.string(),
      appealGuidance: AppealGuidanceView,
      secondSignature: z.boolean(),
      /** the guidance is Trappen's default for the type and no second signature is required */
      isDefault: z.boolean(),
    }),
  ),
  /** null: never saved */
  updatedAt: z.string().nullable(),
});
export type DocumentSettingsView = z.infer<typeof DocumentSettingsView>;
