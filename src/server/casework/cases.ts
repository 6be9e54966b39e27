import {
  assignableRoles,
  CASE_POLICY,
  type CaseResponsibility,
  decideCaseAccess,
  mayOpenCaseFor,
} from '../../core/access/case-policy.ts';
import type { CaseCreateRequest, CasePatchRequest, CaseView } from '../../core/api/casework-cases.ts';
import { copenhagenIso, todayInCopenhagen } from '../../core/calendar/zone.ts';
import { AppError } from '../../core/errors.ts';
import { type ActorHandle, DeniedError } from '../actor-db.ts';
import { type CaseRow, isAssigned, openCase, requireOpen, requirePolicy } from './case-access.ts';
import { buildCaseView } from './case-view.ts';
import * as q from './cases.queries.ts';

/**
 * Use cases of the case itself: open, read, change (assignments, case fields, closing) and the
 * assignment history. Every one goes through openCase (or, for opening, the policy's `open`),
 * so each read and write is checked and audited.
 */

const RESPONSIBILITY_LABELS: Record<CaseResponsibility, string> = {
  caseworker: 'rådgiver',
  foster_care_consultant: 'plejefamiliekonsulent',
  contact_person: 'kontaktperson',
};

const COLUMN: Record<
  CaseResponsibility,
  'caseworker_id' | 'foster_care_consultant_id' | 'contact_person_id'
> = {
  caseworker: 'caseworker_id',
  foster_care_consultant: 'foster_care_consultant_id',
  contact_person: 'contact_person_id',
};

/** The creator of a case sees what they created; the rights come from the policy as for any read. */
const CREATOR_ACCESS = { allowed: true, via: 'assigned', emergency: false, teamRead: false } as const;

async function requireAssignee(h: ActorHandle, responsibility: CaseResponsibility, userId: string) {
  const user = await q.userOfRoles(h.tx, userId, assignableRoles(responsibility));
  if (!user) {
    throw new AppError(
      'unprocessable',
      `Brugeren findes ikke i kommunen eller kan ikke være ${RESPONSIBILITY_LABELS[responsibility]} på en sag.`,
    );
  }
}

function requireNotFuture(date: string, what: string) {
  if (date > todayInCopenhagen()) throw new AppError('unprocessable', `${what} kan ikke ligge i fremtiden.`);
}

export async function openNewCase(h: ActorHandle, r: CaseCreateRequest): Promise<CaseView> {
  const { tx, actor } = h;
  requirePolicy(h, (p) => p.open.length > 0, { action: 'create', entityType: 'case' });
  // Only a leader assigns; a caseworker who opens a case takes it, Front leaves it to the leader.
  const assignment = CASE_POLICY[actor.role].openAssignment;
  let caseworkerId: string | null = null;
  if (assignment === 'assigns') {
    if (r.caseworkerId) {
      await requireAssignee(h, 'caseworker', r.caseworkerId);
      caseworkerId = r.caseworkerId;
    }
  } else if (r.caseworkerId !== undefined && r.caseworkerId !== actor.userId) {
    throw new DeniedError({
      action: 'assign',
      entityType: 'case',
      entityId: null,
      details: { childId: r.childId, caseworkerId: r.caseworkerId },
    });
  } else if (assignment === 'takes') {
    caseworkerId = actor.userId;
  }
  const c = await q.child(tx, r.childId);
  if (!c) throw new AppError('unprocessable', 'Barnet findes ikke i kommunen.');
  // The child's scope is checked before anything about its cases is told: opening a case makes
  // the opener its caseworker, so an opening outside the opener's reach would be a way around it.
  if (!mayOpenCaseFor(actor.role, actor.districtIds.includes(c.district_id))) {
    throw new DeniedError({
      action: 'create',
      entityType: 'case',
      entityId: null,
      details: { childId: c.id, districtId: c.district_id },
    });
  }
  requireNotFuture(r.awareOn, 'Datoen, kommunen blev opmærksom,');
  const row = await q.insertCase(tx, {
    municipalityId: actor.municipalityId,
    childId: c.id,
    districtId: c.district_id,
    reason: r.reason,
    awareOn: r.awareOn,
    responsibleTeam: r.responsibleTeam ?? null,
    caseworkerId,
    createdBy: actor.userId,
  });
  if (!row) {
    const open = await q.openCaseOfChild(tx, c.id);
    throw new AppError(
      'conflict',
      `Barnet har allerede en åben sag (${open?.id ?? 'ukendt'}); en ny henvendelse fortsætter den.`,
    );
  }
  if (caseworkerId) {
    await q.insertAssignment(tx, {
      municipalityId: actor.municipalityId,
      caseId: row.id,
      responsibility: 'caseworker',
      userId: caseworkerId,
      assignedBy: actor.userId,
      reason: 'Tildelt ved oprettelsen af sagen.',
    });
  }
  await h.audit({
    action: 'create',
    entityType: 'case',
    entityId: row.id,
    details: { caseId: row.id, childId: c.id, caseworkerId, awareOn: r.awareOn },
  });
  return buildCaseView(h, row, CREATOR_ACCESS);
}

/** What a district meeting's decision of an assessment brings to case work. */
export interface MeetingCaseRequest {
  childId: string;
  meetingId: string;
  heldOn: string;
  reasons: string;
  /** the Copenhagen date the municipality became aware: the receipt of the earliest report behind it */
  awareOn: string;
  responsibleTeam: CaseCreateRequest['responsibleTeam'];
}

/**
 * The case a district meeting's decision of an assessment opens, or the child's open case it
 * continues (docs/intake.md, "District meeting"). The meeting's own right decides who may call
 * this (intake-policy.ts `meeting`; the caller has checked it): the participants decide for every
 * report of their district, which is why this is not `openNewCase` with its opener's reach. The
 * case starts from the report's receipt (BL § 20, stk. 3: from when the municipality became
 * aware), with the deciding user as its creator and no caseworker yet (the leader assigns).
 */
export async function openCaseForMeetingDecision(
  h: ActorHandle,
  r: MeetingCaseRequest,
): Promise<{ caseId: string; opened: boolean }> {
  const { tx, actor } = h;
  const existing = await q.openCaseOfChild(tx, r.childId);
  if (existing) return { caseId: existing.id, opened: false };
  const c = await q.child(tx, r.childId);
  if (!c) throw new AppError('unprocessable', 'Barnet findes ikke i kommunen.');
  const row = await q.insertCase(tx, {
    municipalityId: actor.municipalityId,
    childId: c.id,
    districtId: c.district_id,
    reason: `Børnefaglig undersøgelse besluttet på distriktsmøde ${r.heldOn}: ${r.reasons}`.slice(0, 2000),
    awareOn: r.awareOn,
    responsibleTeam: r.responsibleTeam ?? 'family_team',
    caseworkerId: null,
    createdBy: actor.userId,
  });
  // A case opened meanwhile by someone else: the decision continues it, as above.
  if (!row) {
    const raced = await q.openCaseOfChild(tx, r.childId);
    if (!raced) throw new AppError('conflict');
    return { caseId: raced.id, opened: false };
  }
  await h.audit({
    action: 'create',
    entityType: 'case',
    entityId: row.id,
    details: { caseId: row.id, childId: c.id, awareOn: r.awareOn, meetingId: r.meetingId },
  });
  return { caseId: row.id, opened: true };
}

export async function readCase(h: ActorHandle, caseId: string): Promise<CaseView> {
  const { row, access } = await openCase(h, caseId, 'read', { action: 'read' });
  return buildCaseView(h, row, access);
}

export async function caseAssignments(h: ActorHandle, caseId: string) {
  await openCase(h, caseId, 'read', { action: 'read', entityType: 'case_assignment' });
  const rows = await q.assignments(h.tx, caseId);
  return rows.map((a) => ({
    responsibility: a.responsibility,
    user: a.user_id ? { id: a.user_id, name: a.user_name ?? '' } : null,
    assignedBy: { id: a.assigned_by, name: a.assigned_by_name },
    assignedAt: copenhagenIso(a.assigned_at),
    reason: a.reason,
  }));
}

export type PatchResult = { view: CaseView } | { conflict: CaseView };

const ASSIGN_FIELDS = {
  caseworkerId: 'caseworker',
  fosterCareConsultantId: 'foster_care_consultant',
  contactPersonId: 'contact_person',
} as const;

/**
 * Changes a case. Each kind of change needs its own right and is audited as such: assignments
 * ('assign', the leader), case fields ('write', the assigned caseworker), closing ('close').
 * A stale version changes nothing and answers with the current case (409 from the route, after
 * this transaction commits the audit of what was read).
 */
export async function patchCase(h: ActorHandle, caseId: string, r: CasePatchRequest): Promise<PatchResult> {
  const { tx, actor } = h;
  const assigning = Object.keys(ASSIGN_FIELDS).filter(
    (k) => r[k as keyof typeof ASSIGN_FIELDS] !== undefined,
  ) as (keyof typeof ASSIGN_FIELDS)[];
  const writing =
    r.responsibleTeam !== undefined || r.parentServicesContact !== undefined || r.awareOn !== undefined;
  if (assigning.length === 0 && !writing && !r.close) {
    throw new AppError('invalid_input', 'Der er intet at ændre.');
  }
  if (r.assignmentReason !== undefined && assigning.length === 0) {
    throw new AppError('invalid_input', 'En begrundelse for tildeling kræver en tildeling.');
  }
  let opened: Awaited<ReturnType<typeof openCase>> | undefined;
  const details = { version: r.version };
  if (assigning.length > 0) opened = await openCase(h, caseId, 'assign', { action: 'assign', details });
  if (writing) opened = await openCase(h, caseId, 'write', { action: 'update', details });
  if (r.close) opened = await openCase(h, caseId, 'close', { action: 'close', details });
  if (!opened) throw new Error('unreachable: a patch with nothing to check');
  const { access } = opened;
  const current = await q.lockCase(tx, caseId);
  if (current.version !== r.version) {
    await h.audit({
      action: 'version_conflict',
      entityType: 'case',
      entityId: caseId,
      details: { caseId, childId: current.child_id, sent: r.version, current: current.version },
    });
    return { conflict: await buildCaseView(h, current, access) };
  }
  requireOpen(current);

  const changes: q.CaseChanges = {};
  const assigned: { responsibility: CaseResponsibility; userId: string | null }[] = [];
  for (const field of assigning) {
    const responsibility = ASSIGN_FIELDS[field];
    const userId = r[field] ?? null;
    if (userId !== null) await requireAssignee(h, responsibility, userId);
    if (current[COLUMN[responsibility]] === userId) continue;
    changes[COLUMN[responsibility]] = userId;
    assigned.push({ responsibility, userId });
  }
  if (r.responsibleTeam !== undefined) changes.responsible_team = r.responsibleTeam;
  if (r.parentServicesContact !== undefined) changes.parent_services_contact = r.parentServicesContact;
  if (r.awareOn !== undefined) {
    requireNotFuture(r.awareOn, 'Datoen, kommunen blev opmærksom,');
    changes.aware_on = r.awareOn;
  }
  if (r.close) {
    const active = await q.activeMeasuresOfCase(tx, caseId);
    if (active.length > 0) {
      const list = active.map((m) => `${m.offer_name} (fra ${m.start_on})`).join(', ');
      throw new AppError(
        'unprocessable',
        `Sagen kan ikke lukkes, mens der er aktive indsatser: ${list}. Afslut indsatserne først.`,
      );
    }
    changes.closed_at = new Date();
    changes.close_reason_code = r.close.reason;
    changes.closed_reason = r.close.note;
  }
  const updated = await q.updateCase(tx, caseId, r.version, changes);
  if (!updated) throw new Error('the locked case changed version');
  for (const a of assigned) {
    await q.insertAssignment(tx, {
      municipalityId: actor.municipalityId,
      caseId,
      responsibility: a.responsibility,
      userId: a.userId,
      assignedBy: actor.userId,
      reason: r.assignmentReason ?? null,
    });
  }
  await h.audit({
    action: 'update',
    entityType: 'case',
    entityId: caseId,
    details: {
      caseId,
      childId: updated.child_id,
      fields: Object.keys(changes),
      version: updated.version,
    },
  });
  const contact = assigned.find((a) => a.responsibility === 'contact_person');
  if (contact?.userId) await shareContactPerson(h, updated, contact.userId, r.assignmentReason);
  return { view: await buildCaseView(h, updated, access) };
}

/**
 * Siblings in a household share one contact person (issue #6): the contact person set on one case
 * is set on the siblings' open cases too, where the same user may assign, each with its own
 * assignment row and audit event. Cases the user may not assign are left as they are.
 */
async function shareContactPerson(h: ActorHandle, row: CaseRow, userId: string, reason: string | undefined) {
  const { tx, actor } = h;
  const c = await q.child(tx, row.child_id);
  if (!c) return;
  const siblings = await q.siblingsWithOpenCases(tx, c.household_id, c.id);
  for (const s of siblings) {
    if (!s.case_id) continue;
    const sibling = await q.lockCase(tx, s.case_id);
    if (sibling.closed_at !== null || sibling.contact_person_id === userId) continue;
    const may = decideCaseAccess(actor.role, 'assign', {
      assigned: isAssigned(sibling, actor.userId),
      inOwnDistricts: actor.districtIds.includes(sibling.district_id),
      emergencyGrant: false,
    });
    if (!may.allowed) continue;
    await q.updateCase(tx, sibling.id, sibling.version, { contact_person_id: userId });
    await q.insertAssignment(tx, {
      municipalityId: actor.municipalityId,
      caseId: sibling.id,
      responsibility: 'contact_person',
      userId,
      assignedBy: actor.userId,
      reason: reason ?? `Samme kontaktperson som søskendes sag (${row.id}).`,
    });
    await h.audit({
      action: 'assign',
      entityType: 'case',
      entityId: sibling.id,
      details: { caseId: sibling.id, childId: sibling.child_id, contactPersonId: userId, siblingOf: row.id },
    });
  }
}
