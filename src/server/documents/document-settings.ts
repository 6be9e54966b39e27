import { DOCUMENTS_POLICY } from '../../core/access/documents-policy.ts';
import type { DocumentSettingsRequest, DocumentSettingsView } from '../../core/api/documents-settings.ts';
import { copenhagenIso } from '../../core/calendar/zone.ts';
import {
  type ConsultationRule,
  consultationRuleProblem,
  DEFAULT_CONSULTATION_RULE,
} from '../../core/documents/consultation.ts';
import {
  type AppealGuidance,
  appealGuidanceProblem,
  DECISION_TYPE_LABELS,
  DEFAULT_APPEAL_GUIDANCE,
  type DecisionType,
} from '../../core/documents/decision-types.ts';
import { AppError } from '../../core/errors.ts';
import { type ActorHandle, DeniedError } from '../actor-db.ts';
import * as q from './settings.queries.ts';
import { type DecisionTypeRules, documentRules, everyDecisionTypeRules, guidanceView } from './settings.ts';

/**
 * The municipality's document settings (docs/documents.md "Settings"): the consultation rule, the
 * letterhead, and per decision type the appeal guidance and whether a leader co-signs. Rules, not
 * person data: those who write documents read them, the admin keeps them (documents-policy.ts).
 *
 * A save writes only what changed. A decision type the municipality never edits has no row and so
 * follows Trappen's default, including later corrections of its legal references (they are marked
 * to verify). A type set back to its default keeps its row, with the default's values: the request
 * role may not delete settings rows, and the row then says when and by whom it was reset.
 */

const ENTITY = 'document_settings';

function sameGuidance(a: AppealGuidance, b: AppealGuidance): boolean {
  return (
    a.appealTo === b.appealTo &&
    a.how === b.how &&
    a.deadlineWeeks === b.deadlineWeeks &&
    a.references.length === b.references.length &&
    a.references.every((r, i) => r.text === b.references[i]?.text && r.verify === b.references[i]?.verify)
  );
}

function sameRules(a: DecisionTypeRules, b: DecisionTypeRules): boolean {
  return a.secondSignature === b.secondSignature && sameGuidance(a.guidance, b.guidance);
}

const isDefaultRules = (type: DecisionType, r: DecisionTypeRules) =>
  sameRules(r, { guidance: DEFAULT_APPEAL_GUIDANCE[type], secondSignature: false });

const sameRule = (a: ConsultationRule, b: ConsultationRule) => a.days === b.days && a.unit === b.unit;

async function view(h: ActorHandle): Promise<DocumentSettingsView> {
  const [doc, types] = await Promise.all([documentRules(h), everyDecisionTypeRules(h)]);
  const saved = [doc.updatedAt, ...types.map((t) => t.updatedAt)].filter((d): d is Date => d !== null);
  const newest = saved.length > 0 ? new Date(Math.max(...saved.map((d) => d.getTime()))) : null;
  return {
    consultationRule: {
      ...doc.consultation,
      isDefault: sameRule(doc.consultation, DEFAULT_CONSULTATION_RULE),
    },
    letterheadAddress: doc.letterheadAddress,
    decisionTypes: types.map((t) => ({
      type: t.type,
      typeLabel: DECISION_TYPE_LABELS[t.type],
      appealGuidance: guidanceView(t.guidance),
      secondSignature: t.secondSignature,
      isDefault: isDefaultRules(t.type, t),
    })),
    updatedAt: newest ? copenhagenIso(newest) : null,
  };
}

/** GET /api/document-settings */
export async function readDocumentSettings(h: ActorHandle): Promise<DocumentSettingsView> {
  if (!DOCUMENTS_POLICY[h.actor.role].settingsRead) {
    throw new DeniedError({ action: 'read', entityType: ENTITY, entityId: null });
  }
  return view(h);
}

/** The first problem of the request in Danish (the type named), or null. */
function problemOf(next: DocumentSettingsRequest): string | null {
  const rule = consultationRuleProblem(next.consultationRule);
  if (rule) return rule;
  for (const t of next.decisionTypes) {
    const problem = appealGuidanceProblem(t.appealGuidance);
    if (problem) return `${DECISION_TYPE_LABELS[t.type]}: ${problem}`;
  }
  return null;
}

/** PUT /api/document-settings: the whole settings, as GET gives them; one transaction, audited. */
export async function changeDocumentSettings(
  h: ActorHandle,
  next: DocumentSettingsRequest,
): Promise<DocumentSettingsView> {
  if (!DOCUMENTS_POLICY[h.actor.role].settingsEdit) {
    throw new DeniedError({ action: 'update', entityType: ENTITY, entityId: null });
  }
  const problem = problemOf(next);
  if (problem) throw new AppError('unprocessable', problem);

  const [doc, types] = await Promise.all([documentRules(h), everyDecisionTypeRules(h)]);
  const stamp = { updated_at: new Date(), updated_by: h.actor.userId };
  const ruleChanged = !sameRule(doc.consultation, next.consultationRule);
  const letterheadChanged = doc.letterheadAddress !== next.letterheadAddress;
  if (ruleChanged || letterheadChanged) {
    await q.saveDocumentSetting(h.tx, {
      municipality_id: h.actor.municipalityId,
      consultation_days: next.consultationRule.days,
      consultation_unit: next.consultationRule.unit,
      letterhead_address: next.letterheadAddress,
      ...stamp,
    });
  }
  // In DECISION_TYPES' order, so two saves at once take the rows' locks in the same order.
  const changedTypes: DecisionType[] = [];
  for (const before of types) {
    const wanted = next.decisionTypes.find((t) => t.type === before.type);
    if (!wanted) continue; // the schema asks for every type; kept for the type checker
    const after = { guidance: wanted.appealGuidance, secondSignature: wanted.secondSignature };
    if (sameRules(before, after)) continue;
    changedTypes.push(before.type);
    await q.saveDecisionTypeSetting(h.tx, {
      municipality_id: h.actor.municipalityId,
      decision_type: before.type,
      appeal_to: after.guidance.appealTo,
      appeal_how: after.guidance.how,
      appeal_deadline_weeks: after.guidance.deadlineWeeks,
      appeal_references: JSON.stringify(after.guidance.references),
      second_signature: after.secondSignature,
      ...stamp,
    });
  }
  await h.audit({
    action: 'update',
    entityType: ENTITY,
    entityId: null,
    details: {
      changedTypes,
      consultationRule: ruleChanged ? { before: doc.consultation, after: next.consultationRule } : null,
      letterheadChanged,
    },
  });
  return view(h);
}
