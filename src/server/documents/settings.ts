import { type ConsultationRule, DEFAULT_CONSULTATION_RULE } from '../../core/documents/consultation.ts';
import {
  type AppealGuidance,
  appealGuidanceText,
  DECISION_TYPES,
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

type DecisionTypeRow = NonNullable<Awaited<ReturnType<typeof q.decisionTypeSetting>>>;

function rulesOf(type: DecisionType, row: DecisionTypeRow | undefined): DecisionTypeRules {
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

export async function decisionTypeRules(h: ActorHandle, type: DecisionType): Promise<DecisionTypeRules> {
  return rulesOf(type, await q.decisionTypeSetting(h.tx, type));
}

export interface SavedDecisionTypeRules extends DecisionTypeRules {
  type: DecisionType;
  /** when the municipality last saved the type; null: never (Trappen's default) */
  updatedAt: Date | null;
}

/** Every decision type's rules, in DECISION_TYPES' order (the admin's settings page). */
export async function everyDecisionTypeRules(h: ActorHandle): Promise<SavedDecisionTypeRules[]> {
  const rows = new Map((await q.decisionTypeSettings(h.tx)).map((r) => [r.decision_type, r]));
  return DECISION_TYPES.map((type) => {
    const row = rows.get(type);
    return { type, ...rulesOf(type, row), updatedAt: row ? new Date(row.updated_at) : null };
  });
}

/** The two rules of document_setting and when they were saved (null: never). */
export async function documentRules(
  h: ActorHandle,
): Promise<{ consultation: ConsultationRule; letterheadAddress: string | null; updatedAt: Date | null }> {
  const row = await q.documentSetting(h.tx);
  if (!row) return { consultation: DEFAULT_CONSULTATION_RULE, letterheadAddress: null, updatedAt: null };
  return {
    consultation: { days: row.consultation_days, unit: row.consultation_unit },
    letterheadAddress: row.letterhead_address,
    updatedAt: new Date(row.updated_at),
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
