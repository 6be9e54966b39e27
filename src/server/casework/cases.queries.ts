import { sql } from 'kysely';
import type { Role } from '../../core/access/roles.ts';
import type { Tx } from '../../store/database.ts';
import type { CaseCloseReason, CaseResponsibility } from '../../store/schema-casework.ts';
import type { ResponsibleTeam } from '../../store/schema-intake.ts';
import { tenantJoin } from '../../store/tenant-join.ts';

/** Queries of the case itself and who is responsible for it (cases, case_assignment). */

export function child(tx: Tx, id: string) {
  return tx
    .selectFrom('child')
    .select(['id', 'first_name', 'last_name', 'birth_date', 'cpr', 'household_id', 'district_id'])
    .where('id', '=', id)
    .executeTakeFirst();
}

export function caseById(tx: Tx, id: string) {
  return tx.selectFrom('cases').selectAll().where('id', '=', id).executeTakeFirst();
}

/**
 * The case row locked for the rest of the transaction: the version compared is the one changed.
 * FOR NO KEY UPDATE: records pointing at it can still be written (docs/architecture.md, "Locks").
 */
export function lockCase(tx: Tx, id: string) {
  return tx.selectFrom('cases').selectAll().where('id', '=', id).forNoKeyUpdate().executeTakeFirstOrThrow();
}

export function openCaseOfChild(tx: Tx, childId: string) {
  return tx
    .selectFrom('cases')
    .select(['id'])
    .where('child_id', '=', childId)
    .where('closed_at', 'is', null)
    .executeTakeFirst();
}

export interface NewCase {
  municipalityId: string;
  childId: string;
  districtId: string;
  reason: string;
  awareOn: string;
  responsibleTeam: ResponsibleTeam | null;
  caseworkerId: string | null;
  createdBy: string;
}

/**
 * Inserts the case unless the child already has an open one (the partial unique index
 * cases_one_open_per_child decides, so two concurrent openings cannot both win): undefined then.
 */
export async function insertCase(tx: Tx, c: NewCase) {
  return tx
    .insertInto('cases')
    .values({
      municipality_id: c.municipalityId,
      child_id: c.childId,
      district_id: c.districtId,
      opened_reason: c.reason,
      aware_on: c.awareOn,
      responsible_team: c.responsibleTeam,
      caseworker_id: c.caseworkerId,
      created_by: c.createdBy,
    })
    .onConflict((oc) =>
      oc.columns(['municipality_id', 'child_id']).where('closed_at', 'is', null).doNothing(),
    )
    .returningAll()
    .executeTakeFirst();
}

export interface CaseChanges {
  caseworker_id?: string | null;
  foster_care_consultant_id?: string | null;
  contact_person_id?: string | null;
  responsible_team?: ResponsibleTeam | null;
  parent_services_contact?: string | null;
  aware_on?: string;
  closed_at?: Date;
  close_reason_code?: CaseCloseReason;
  closed_reason?: string;
}

/** Applies changes and bumps the version; the caller holds the row lock (lockCase). */
export function updateCase(tx: Tx, id: string, version: number, changes: CaseChanges) {
  return tx
    .updateTable('cases')
    .set((eb) => ({ ...changes, version: eb('version', '+', 1), updated_at: new Date() }))
    .where('id', '=', id)
    .where('version', '=', version)
    .returningAll()
    .executeTakeFirst();
}

export function insertAssignment(
  tx: Tx,
  a: {
    municipalityId: string;
    caseId: string;
    responsibility: CaseResponsibility;
    userId: string | null;
    assignedBy: string;
    reason: string | null;
  },
) {
  return tx
    .insertInto('case_assignment')
    .values({
      municipality_id: a.municipalityId,
      case_id: a.caseId,
      responsibility: a.responsibility,
      user_id: a.userId,
      assigned_by: a.assignedBy,
      reason: a.reason,
      // clock_timestamp, not now(): several rows of one transaction keep the order they were made in.
      assigned_at: sql<Date>`clock_timestamp()`,
    })
    .execute();
}

export function assignments(tx: Tx, caseId: string) {
  return tx
    .selectFrom('case_assignment as a')
    .leftJoin('app_user as u', (j) => tenantJoin(j, 'u.id', 'a.user_id'))
    .innerJoin('app_user as b', (j) => tenantJoin(j, 'b.id', 'a.assigned_by'))
    .select([
      'a.responsibility',
      'a.user_id',
      'u.display_name as user_name',
      'a.assigned_by',
      'b.display_name as assigned_by_name',
      'a.assigned_at',
      'a.reason',
    ])
    .where('a.case_id', '=', caseId)
    .orderBy('a.assigned_at')
    .orderBy('a.id')
    .execute();
}

export function userOfRoles(tx: Tx, id: string, roles: readonly Role[]) {
  return tx
    .selectFrom('app_user')
    .select(['id', 'display_name'])
    .where('id', '=', id)
    .where('role', 'in', roles)
    .where('active', '=', true)
    .executeTakeFirst();
}

export async function userNames(tx: Tx, ids: readonly (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((i): i is string => i !== null))];
  if (wanted.length === 0) return new Map();
  const rows = await tx
    .selectFrom('app_user')
    .select(['id', 'display_name'])
    .where('id', 'in', wanted)
    .execute();
  return new Map(rows.map((r) => [r.id, r.display_name]));
}

export function districtName(tx: Tx, id: string) {
  return tx.selectFrom('district').select(['id', 'name']).where('id', '=', id).executeTakeFirstOrThrow();
}

/** The child's siblings in the household with their open case, if any (the family view). */
export function siblingsWithOpenCases(tx: Tx, householdId: string, childId: string) {
  return tx
    .selectFrom('child as s')
    .leftJoin('cases as c', (j) => tenantJoin(j, 'c.child_id', 's.id').on('c.closed_at', 'is', null))
    .select(['s.id', 's.first_name', 's.last_name', 's.birth_date', 'c.id as case_id'])
    .where('s.household_id', '=', householdId)
    .where('s.id', '!=', childId)
    .orderBy('s.birth_date')
    .orderBy('s.id')
    .execute();
}

/** The child's measures as the ladder needs them (all cases: the step is the child's). */
export function ladderMeasuresOfChild(tx: Tx, childId: string) {
  return tx
    .selectFrom('measure')
    .select(['step_position', 'start_on', 'ended_on'])
    .where('child_id', '=', childId)
    .execute();
}

/** Measures of the case still running (not ended), with the offer's name. */
export function activeMeasuresOfCase(tx: Tx, caseId: string) {
  return tx
    .selectFrom('measure as m')
    .innerJoin('offer as o', (j) => tenantJoin(j, 'o.id', 'm.offer_id'))
    .select(['m.id', 'o.name as offer_name', 'm.start_on'])
    .where('m.case_id', '=', caseId)
    .where('m.ended_on', 'is', null)
    .orderBy('m.start_on')
    .execute();
}
