import type { Selectable } from 'kysely';
import {
  CASE_POLICY,
  type CaseAccess,
  type CaseRight,
  decideCaseAccess,
} from '../../core/access/case-policy.ts';
import { AppError } from '../../core/errors.ts';
import type { CasesTable } from '../../store/schema.ts';
import { type ActorHandle, DeniedError } from '../actor-db.ts';
import * as q from './case-access.queries.ts';

export type CaseRow = Selectable<CasesTable>;
export type AllowedCaseAccess = Extract<CaseAccess, { allowed: true }>;

/**
 * The one door to a case: load it, decide the right with src/core/access/case-policy.ts and
 * write the audit event (allowed, or denied after the rollback). Every case-work use case goes
 * through here, so no read or write of case data can skip the check or the log.
 * `entityType`/`entityId` name what is read or written (default: the case itself).
 */
export async function openCase(
  h: ActorHandle,
  caseId: string,
  right: CaseRight,
  event: { action: string; entityType?: string; entityId?: string | null; details?: Record<string, unknown> },
): Promise<{ row: CaseRow; access: AllowedCaseAccess }> {
  const { tx, actor } = h;
  const found = await q.caseWithEmergencyGrant(tx, caseId, actor.userId);
  if (!found) throw new AppError('not_found', 'Sagen findes ikke.');
  const { emergency_grant, ...row } = found;
  const access = decideCaseAccess(actor.role, right, {
    assigned: isAssigned(row, actor.userId),
    inOwnDistricts: actor.districtIds.includes(row.district_id),
    emergencyGrant: Boolean(emergency_grant),
  });
  // The case and its child in their own columns, whatever the entity: "who read this child's
  // case?" finds every read of its journal, plans and network too.
  const audit = {
    action: event.action,
    entityType: event.entityType ?? 'case',
    entityId: event.entityId === undefined ? caseId : event.entityId,
    caseId: row.id,
    childId: row.child_id,
  };
  if (!access.allowed) {
    throw new DeniedError({
      ...audit,
      details: { caseId: row.id, childId: row.child_id, right, ...event.details },
    });
  }
  // An emergency read carries the reason given for it, as the child page's read does.
  const reason = access.emergency ? await q.emergencyReason(tx, row.child_id, actor.userId) : null;
  await h.audit({
    ...audit,
    emergency: access.emergency,
    reason,
    details: {
      caseId: row.id,
      childId: row.child_id,
      via: access.via,
      ...(access.teamRead ? { teamRead: true } : {}),
      ...event.details,
    },
  });
  return { row, access };
}

export function isAssigned(
  row: Pick<CaseRow, 'caseworker_id' | 'foster_care_consultant_id' | 'contact_person_id'>,
  userId: string,
): boolean {
  return (
    row.caseworker_id === userId ||
    row.foster_care_consultant_id === userId ||
    row.contact_person_id === userId
  );
}

/** The caller's rights on a case, for the page to offer only what it may do. */
export function caseRights(h: ActorHandle, row: CaseRow, access: AllowedCaseAccess) {
  const facts = {
    assigned: isAssigned(row, h.actor.userId),
    inOwnDistricts: h.actor.districtIds.includes(row.district_id),
    emergencyGrant: access.emergency,
  };
  const may = (right: CaseRight) => decideCaseAccess(h.actor.role, right, facts).allowed;
  return {
    write: may('write') && row.closed_at === null,
    networkWrite: may('networkWrite') && row.closed_at === null,
    assign: may('assign') && row.closed_at === null,
    close: may('close') && row.closed_at === null,
    teamRead: access.teamRead,
    emergency: access.emergency,
  };
}

/** A write on a closed case is refused: a closed case is history. */
export function requireOpen(row: CaseRow): void {
  if (row.closed_at !== null) throw new AppError('conflict', 'Sagen er lukket og kan ikke ændres.');
}

/** Refuses a role the policy gives no case rights at all, before any lookup (audited as denied). */
export function requirePolicy(
  h: ActorHandle,
  test: (p: (typeof CASE_POLICY)[keyof typeof CASE_POLICY]) => boolean,
  event: { action: string; entityType: string },
) {
  if (!test(CASE_POLICY[h.actor.role])) throw new DeniedError({ ...event, entityId: null });
}
