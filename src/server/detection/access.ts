import {
  type DetectionChildRight,
  type DetectionDecision,
  decideDetection,
  policyOf,
} from '../../core/access/detection-policy.ts';
import { AppError } from '../../core/errors.ts';
import { type ActorHandle, DeniedError } from '../actor-db.ts';
import { childFacts, latestEmergencyReason } from '../people/children.queries.ts';

type Allowed = Extract<DetectionDecision, { allowed: true }>;

/** What a refusal is audited as. */
export interface Attempt {
  action: string;
  entityType: string;
  entityId: string | null;
  details?: Record<string, unknown>;
}

/**
 * May this actor use `right` on this child? Asks the detection policy with the same scope facts
 * the child page uses (children.queries.ts), so detection and the registry never disagree.
 * A role without the right at all is refused before the child is looked up; an unknown child is
 * a 404; a refusal is thrown as DeniedError (audited after the rollback).
 */
export async function requireChildRight(
  h: ActorHandle,
  childId: string,
  right: DetectionChildRight,
  attempt: Attempt,
): Promise<Allowed> {
  const scopes = policyOf(h.actor.role)?.child[right] ?? [];
  if (scopes.length === 0) throw new DeniedError(attempt);
  const facts = await childFacts(h.tx, h.actor, childId);
  if (!facts) throw new AppError('not_found', 'Barnet findes ikke.');
  const decision = decideDetection(h.actor.role, right, facts);
  if (!decision.allowed) throw new DeniedError(attempt);
  return decision;
}

/** Whether the right holds, without refusing (to tell the interface what it may offer). */
export async function hasChildRight(
  h: ActorHandle,
  childId: string,
  right: DetectionChildRight,
): Promise<boolean> {
  const scopes = policyOf(h.actor.role)?.child[right] ?? [];
  if (scopes.length === 0) return false;
  const facts = await childFacts(h.tx, h.actor, childId);
  return facts !== undefined && decideDetection(h.actor.role, right, facts).allowed;
}

/** The audit fields of a read allowed by scope or by emergency access (with its reason). */
export async function readAuditFields(h: ActorHandle, childId: string, decision: Allowed) {
  if (decision.via === 'scope')
    return { emergency: false, reason: null, details: { via: 'scope', scope: decision.scope } };
  const grant = await latestEmergencyReason(h.tx, h.actor, childId);
  return { emergency: true, reason: grant?.reason ?? null, details: { via: 'emergency' } };
}
