import { type ConsultationRule, DEFAULT_CONSULTATION_RULE } from '../../core/documents/consultation.ts';
import {
  type AppealGuidance,
  appealGuidanceText,
  DEFAULT_APPEAL_GUIDANCE,
  type DecisionType,
} from '../../core/documents/decision-types.ts';
import type { ActorHandle } from '../actor-db.ts';
import * as q from './settings.queries.ts';

/**
 * The municipality's document rules, as the use cases read them: the appeal guidance and second
 * signature of a decision type, and the consultation rule. No row: the defaults of src/core/documents.
 */

export interface DecisionTypeRules {
  guidance: AppealGuidance;
  secondSignature: boolean;
}

export async function decisionTypeRules(h: ActorHandle, type: DecisionType): Promise<DecisionTypeRules> {
  const row = await q.decisionTypeSetting(h.tx, type);
  if (!row) return { guidance: DEFAULT_APPEAL_GUIDANCE[type], secondSignature: false };
  return {
    guidance: {
      appealTo: row.appeal_to,
      how: row.appeal_how,
      deadlineWeeks: row.appeal_deadline_weeks,
      references: row.appeal_references,
    },
    secondSignature: row.second_signature,
  };
}

export async function consultationRule(h: ActorHandle): Promise<ConsultationRule> {
  const row = await q.documentSetting(h.tx);
  return row ? { days: row.consultation_days, unit: row.consultation_unit } : DEFAULT_CONSULTATION_RULE;
}

/** The guidance as the API shows it: its parts and the paragraph a letter prints. */
export function guidanceView(g: AppealGuidance) {
  return {
    appealTo: g.appealTo,
    how: g.how,
    deadlineWeeks: g.deadlineWeeks,
    references: g.references.map((r) => ({ text: r.text, verify: r.verify })),
    text: appealGuidanceText(g),
  };
}
