import { randomUUID } from 'node:crypto';
import { todayInCopenhagen } from '../../core/calendar/zone.ts';
import type { DecisionType } from '../../core/documents/decision-types.ts';
import { letterDate } from '../../core/documents/printed.ts';
import type { ActorHandle } from '../actor-db.ts';
import { requestHash } from '../idempotency.ts';
import * as q from './decisions.queries.ts';
import { decisionTypeRules } from './settings.ts';

/**
 * The written decision a measure started from a forum decision produces in the same step (issue #14
 * item 1): no extra form. Called by case work's measure start inside its transaction, after its door
 * let the caller write the case; the decision takes the measure's legal basis, the caseworker's
 * reason for the move and the forum decision it rests on, with its type's appeal guidance.
 */

export interface StartedMeasure {
  caseId: string;
  childId: string;
  measureId: string;
  offerName: string;
  stepPosition: number;
  startOn: string;
  plannedEndOn: string | null;
  legalBasis: string;
  consent: 'with_consent' | 'without_consent' | null;
  forumDecisionId: string;
  /** the forum decision in words: "Det Kreative Råd, afgørelse af 03.03.2027" */
  basisWords: string | null;
  reason: string;
}

export function measureDecisionType(consent: StartedMeasure['consent']): DecisionType {
  if (consent === 'with_consent') return 'placement_with_consent';
  if (consent === 'without_consent') return 'placement_without_consent';
  return 'measure_granted';
}

export async function recordMeasureDecision(h: ActorHandle, m: StartedMeasure): Promise<string> {
  const type = measureDecisionType(m.consent);
  const rules = await decisionTypeRules(h, type);
  const until = m.plannedEndOn ? ` til ${letterDate(m.plannedEndOn)}` : '';
  const decided = `Kommunen iværksætter ${m.offerName} (trin ${m.stepPosition}) fra ${letterDate(m.startOn)}${until}.`;
  const reasons = m.basisWords ? `${m.reason}\n\nAfgørelsen bygger på ${m.basisWords}.` : m.reason;
  const today = todayInCopenhagen();
  const id = randomUUID();
  await q.insertDecision(h.tx, {
    id,
    municipality_id: h.actor.municipalityId,
    case_id: m.caseId,
    child_id: m.childId,
    decision_type: type,
    decided,
    legal_basis: m.legalBasis,
    reasons,
    decided_on: m.startOn < today ? m.startOn : today,
    decided_by: h.actor.userId,
    measure_id: m.measureId,
    forum_decision_id: m.forumDecisionId,
    appeal_guidance: JSON.stringify(rules.guidance),
    status: rules.secondSignature ? 'awaiting_signature' : 'final',
    // The measure's own create is the idempotent request: its id names this decision's key.
    idempotency_key: `measure-${m.measureId}`,
    request_hash: requestHash({ measureId: m.measureId, type }),
  });
  await h.audit({
    action: 'create',
    entityType: 'case_decision',
    entityId: id,
    caseId: m.caseId,
    childId: m.childId,
    details: { type, measureId: m.measureId, forumDecisionId: m.forumDecisionId },
  });
  return id;
}
