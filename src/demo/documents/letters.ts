import { appealGuidanceText, DECISION_TYPE_LABELS } from '../../core/documents/decision-types.ts';
import { DEFAULT_TEMPLATES } from '../../core/documents/default-templates.ts';
import { letterDate } from '../../core/documents/printed.ts';
import { type DocumentType, type MergeValues, renderTemplate } from '../../core/documents/templates.ts';
import type { CaseDecisionRow } from './rows.ts';

/**
 * The merge values of a demo letter, as the server reads them from the case
 * (src/server/documents/merge-values.ts), and the letter rendered from Trappen's default template —
 * so a demo letter reads exactly as one the caseworker would have written in Trappen.
 */

export interface LetterPeople {
  municipality: string;
  writtenOn: string;
  caseworker: string;
  recipient: { name: string; address: string | null };
  child: { name: string; birthDate: string };
}

const danishDate = (date: string) => {
  const [y, m, d] = date.split('-');
  return `${d}.${m}.${y}`;
};

function common(p: LetterPeople): Record<string, MergeValues[string]> {
  return {
    'municipality.name': p.municipality,
    today: letterDate(p.writtenOn),
    'caseworker.name': p.caseworker,
    'recipient.name': p.recipient.name,
    'recipient.address': p.recipient.address,
    'child.name': p.child.name,
    'child.birthDate': danishDate(p.child.birthDate),
  };
}

export function decisionValues(p: LetterPeople, d: CaseDecisionRow): MergeValues {
  return {
    ...common(p),
    'decision.title': DECISION_TYPE_LABELS[d.decision_type],
    'decision.decided': d.decided,
    'decision.legalBasis': d.legal_basis,
    'decision.reasons': d.reasons,
    'decision.decidedOn': letterDate(d.decided_on),
    'decision.forum': d.forum_decision_id ? 'Afgørelsen bygger på mødeforummets beslutning.' : null,
    'decision.appealGuidance': appealGuidanceText(d.appeal_guidance),
  };
}

const PLAN_KIND_LABELS = { child_plan: 'Barnets plan', youth_plan: 'Ungeplan' } as const;

export function planValues(
  p: LetterPeople,
  plan: { kind: keyof typeof PLAN_KIND_LABELS; goals: string[]; measures: string[] },
): MergeValues {
  return {
    ...common(p),
    'plan.kind': PLAN_KIND_LABELS[plan.kind],
    'plan.goals': plan.goals,
    'plan.measures': plan.measures,
  };
}

export const planKindLabel = (kind: keyof typeof PLAN_KIND_LABELS) => PLAN_KIND_LABELS[kind];

/** The letter's text from the default template; a demo letter missing a required field is a bug. */
export function renderDemoLetter(type: DocumentType, values: MergeValues): string {
  const rendered = renderTemplate(type, DEFAULT_TEMPLATES[type], values);
  if (!rendered.ok) throw new Error(`A demo ${type} letter cannot render: ${rendered.message}`);
  return rendered.text;
}
