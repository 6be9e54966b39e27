import { type ConsultationRule, consultationRuleProblem } from '../../core/documents/consultation.ts';
import {
  type AppealGuidance,
  appealGuidanceProblem,
  DEFAULT_APPEAL_GUIDANCE,
  type DecisionType,
} from '../../core/documents/decision-types.ts';
import { newIdempotencyKey } from '../ui/idempotency.ts';
import type { DocumentSettingsRequest, DocumentSettingsView } from './documents-api.ts';

/**
 * The form of "Regler for afgørelser og breve" as plain values (kept in the draft) and the way to
 * and from the API. The problems are the core's own sentences, so the page says what the server
 * would; the server checks again.
 */

export interface ReferenceDraft {
  /** React's key and the input's id; never sent */
  key: string;
  text: string;
  verify: boolean;
}

export interface TypeDraft {
  type: DecisionType;
  appealTo: string;
  how: string;
  /** a NumberInput's value: '' while empty */
  deadlineWeeks: number | string;
  references: ReferenceDraft[];
  secondSignature: boolean;
}

export interface SettingsDraft {
  days: number | string;
  unit: ConsultationRule['unit'];
  letterhead: string;
  types: TypeDraft[];
}

export const newReference = (): ReferenceDraft => ({ key: newIdempotencyKey(), text: '', verify: true });

function typeDraft(type: DecisionType, g: AppealGuidance, secondSignature: boolean): TypeDraft {
  return {
    type,
    appealTo: g.appealTo,
    how: g.how,
    deadlineWeeks: g.deadlineWeeks,
    references: g.references.map((r) => ({ key: newIdempotencyKey(), text: r.text, verify: r.verify })),
    secondSignature,
  };
}

/** Trappen's default for the type (the "Brug Trappens standard" button). */
export const defaultTypeDraft = (type: DecisionType) => typeDraft(type, DEFAULT_APPEAL_GUIDANCE[type], false);

export function draftOf(view: DocumentSettingsView): SettingsDraft {
  return {
    days: view.consultationRule.days,
    unit: view.consultationRule.unit,
    letterhead: view.letterheadAddress ?? '',
    types: view.decisionTypes.map((t) => typeDraft(t.type, t.appealGuidance, t.secondSignature)),
  };
}

const weeksOf = (v: number | string) => (typeof v === 'number' ? v : Number.NaN);

export function guidanceOf(t: TypeDraft): AppealGuidance {
  return {
    appealTo: t.appealTo.trim(),
    how: t.how.trim(),
    deadlineWeeks: weeksOf(t.deadlineWeeks),
    references: t.references.map((r) => ({ text: r.text.trim(), verify: r.verify })),
  };
}

/** Is the type as Trappen ships it (guidance and no second signature)? */
export function isDefaultType(t: TypeDraft): boolean {
  const g = guidanceOf(t);
  const d = DEFAULT_APPEAL_GUIDANCE[t.type];
  return (
    !t.secondSignature &&
    g.appealTo === d.appealTo &&
    g.how === d.how &&
    g.deadlineWeeks === d.deadlineWeeks &&
    g.references.length === d.references.length &&
    g.references.every((r, i) => r.text === d.references[i]?.text && r.verify === d.references[i]?.verify)
  );
}

/** The fields' ids, so a problem can be shown at its field and focused. */
export const fieldId = {
  days: 'docset-days',
  letterhead: 'docset-letterhead',
  appealTo: (type: DecisionType) => `docset-${type}-appealTo`,
  how: (type: DecisionType) => `docset-${type}-how`,
  weeks: (type: DecisionType) => `docset-${type}-weeks`,
  reference: (type: DecisionType, key: string) => `docset-${type}-ref-${key}`,
  addReference: (type: DecisionType) => `docset-${type}-add-ref`,
};

/**
 * Every problem of the draft by field id, in the page's order; empty when it may be sent. Each part
 * of a guidance is checked inside the type's default (valid in every other part), so the core's
 * one sentence for that part lands at its own field.
 */
export function problemsOf(d: SettingsDraft): Map<string, string> {
  const out = new Map<string, string>();
  const days = typeof d.days === 'number' ? d.days : Number.NaN;
  const rule = consultationRuleProblem({ days, unit: d.unit });
  if (rule) out.set(fieldId.days, rule);
  for (const t of d.types) {
    const g = guidanceOf(t);
    const part = (id: string, change: Partial<AppealGuidance>) => {
      const problem = appealGuidanceProblem({ ...DEFAULT_APPEAL_GUIDANCE[t.type], ...change });
      if (problem) out.set(id, problem);
    };
    part(fieldId.appealTo(t.type), { appealTo: g.appealTo });
    part(fieldId.how(t.type), { how: g.how });
    part(fieldId.weeks(t.type), { deadlineWeeks: g.deadlineWeeks });
    part(fieldId.addReference(t.type), { references: g.references });
    for (const r of t.references) {
      if (!r.text.trim())
        out.set(fieldId.reference(t.type, r.key), 'Skriv henvisningen, eller fjern linjen.');
    }
  }
  return out;
}

export function requestOf(d: SettingsDraft): DocumentSettingsRequest {
  const letterhead = d.letterhead.trim();
  return {
    consultationRule: { days: Number(d.days), unit: d.unit },
    letterheadAddress: letterhead === '' ? null : letterhead,
    decisionTypes: d.types.map((t) => {
      const g = guidanceOf(t);
      return {
        type: t.type,
        appealGuidance: { ...g, references: [...g.references] },
        secondSignature: t.secondSignature,
      };
    }),
  };
}
