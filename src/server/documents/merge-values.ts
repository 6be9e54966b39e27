import type { DocumentCreateRequest } from '../../core/api/documents-letters.ts';
import { todayInCopenhagen } from '../../core/calendar/zone.ts';
import { danishDate } from '../../core/detection/dates.ts';
import { appealGuidanceText, DECISION_TYPE_LABELS } from '../../core/documents/decision-types.ts';
import { letterDate } from '../../core/documents/printed.ts';
import { DOCUMENT_TYPE_LABELS, MERGE_FIELDS, type MergeValues } from '../../core/documents/templates.ts';
import { AppError } from '../../core/errors.ts';
import type { ActorHandle } from '../actor-db.ts';
import { consultationFacts } from './consultations.ts';
import * as dq from './decisions.queries.ts';
import * as q from './letters.queries.ts';

/**
 * The values a letter is merged from (templates.ts MERGE_FIELDS), read from the case as recorded —
 * "enter once": the names, the decision with its reasons and appeal guidance, the consultation's
 * facts and deadline, the plan's goals. A decision or consultation named must be of this case.
 */

const PLAN_KIND_LABELS = { child_plan: 'Barnets plan', youth_plan: 'Ungeplan' } as const;

export interface LetterSource {
  values: MergeValues;
  municipality: { name: string; address: string | null };
  /** the title the letter starts with */
  title: string;
}

export async function letterSource(
  h: ActorHandle,
  caseId: string,
  r: DocumentCreateRequest,
): Promise<LetterSource> {
  const facts = await q.letterFacts(h.tx, caseId);
  if (!facts) throw new AppError('not_found', 'Sagen findes ikke.');
  const head = await q.letterhead(h.tx);
  const values: Record<string, MergeValues[string]> = {
    'municipality.name': facts.municipality_name,
    today: letterDate(todayInCopenhagen()),
    'caseworker.name': facts.caseworker_name,
    'recipient.name': r.recipient.name,
    'recipient.address': r.recipient.address ?? null,
    'child.name': `${facts.first_name} ${facts.last_name}`,
    'child.birthDate': danishDate(facts.birth_date),
  };
  let title: string | null = null;
  if (r.decisionId) {
    const d = await dq.decisionById(h.tx, r.decisionId);
    if (d?.case_id !== caseId) throw new AppError('unprocessable', 'Afgørelsen findes ikke på denne sag.');
    title = `${DECISION_TYPE_LABELS[d.decision_type]} – ${facts.first_name} ${facts.last_name}`;
    Object.assign(values, {
      'decision.title': DECISION_TYPE_LABELS[d.decision_type],
      'decision.decided': d.decided,
      'decision.legalBasis': d.legal_basis,
      'decision.reasons': d.reasons,
      'decision.decidedOn': letterDate(d.decided_on),
      'decision.forum': d.forum_decision_id ? 'Afgørelsen bygger på mødeforummets beslutning.' : null,
      'decision.appealGuidance': appealGuidanceText(d.appeal_guidance),
    });
  }
  if (r.consultationId) {
    const c = await consultationFacts(h, r.consultationId);
    if (c?.row.case_id !== caseId)
      throw new AppError('unprocessable', 'Partshøringen findes ikke på denne sag.');
    Object.assign(values, {
      'consultation.facts': c.row.facts,
      'consultation.lastDay': letterDate(c.row.last_day),
    });
  }
  if (r.type === 'assessment_conclusion') {
    const a = await q.latestConclusion(h.tx, caseId);
    if (a) values['assessment.conclusion'] = a.conclusion;
  }
  if (r.type === 'plan') {
    const plan = await q.latestPlan(h.tx, caseId);
    if (plan) {
      Object.assign(values, {
        'plan.kind': PLAN_KIND_LABELS[plan.kind],
        'plan.goals': plan.goals,
        'plan.measures': plan.measures,
      });
    }
  }
  // What the caseworker types for fields the case does not hold (a meeting's place): only the type's
  // own fields, never over what the case says.
  const known = new Set(MERGE_FIELDS[r.type].map((f) => f.name));
  for (const [name, value] of Object.entries(r.values ?? {})) {
    if (!known.has(name))
      throw new AppError(
        'unprocessable',
        `Ukendt flettefelt for ${DOCUMENT_TYPE_LABELS[r.type].toLowerCase()}: ${name}.`,
      );
    const current = values[name];
    if (current === undefined || current === null || current === '') values[name] = value;
  }
  return {
    values,
    municipality: { name: facts.municipality_name, address: head?.letterhead_address ?? null },
    title: title ?? '',
  };
}
