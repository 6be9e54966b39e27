import { ROLES, type Role } from './roles.ts';

/**
 * Who may do what with a case (domain.md, roles). Read the table as the specification:
 *
 * - A caseworker has full access to the cases assigned to them, reads the team's cases in their
 *   own districts (read only, logged as a team read) and anything else by emergency access.
 * - A preventive worker works the cases assigned to them as a caseworker does.
 * - A foster-care consultant reads the cases assigned to them and does the placement and network
 *   work on them: the network map, family meetings, supervision visits and journal entries.
 * - A leader reads every case in their own districts, assigns and reassigns, closes cases,
 *   and sees the supervision page.
 * - Front opens cases (from a report or directly) for any child of the municipality but reads no
 *   case afterwards; a caseworker opens cases for children of their own districts (and takes them);
 *   a leader for children of their own districts. Opening is checked against the child's district
 *   before anything about the child or its cases is told (a 409 naming an open case included).
 * - The analyst reads no case (figures only: figures-policy.ts); admin and professionals nothing.
 *
 * "Assigned" means the user is the case's caseworker, foster-care consultant or contact person.
 * Deny by default: a right not named here is not given.
 */

/** What a user is to one case, found by the store. */
export interface CaseFacts {
  /** caseworker, foster-care consultant or contact person of the case */
  assigned: boolean;
  /** the case belongs to one of the user's districts */
  inOwnDistricts: boolean;
  /** the user holds a current emergency access to the case's child */
  emergencyGrant: boolean;
}

export type CaseReach = 'assigned' | 'own_districts';

/** What a user may be on a case (the case's assignment columns). */
export type CaseResponsibility = 'caseworker' | 'foster_care_consultant' | 'contact_person';

/** What opening a case does with its caseworker: the opener assigns one, takes it, or leaves it open. */
export type CaseOpenAssignment = 'assigns' | 'takes' | 'leaves';

/** Which children a role may open a case for: any in the municipality, or those of its districts. */
export type CaseOpenReach = 'municipality' | 'own_districts';

export interface CasePolicy {
  /** read the case in full */
  read: readonly CaseReach[];
  /** assessments, plans, measures, follow-ups, case fields */
  write: readonly CaseReach[];
  /** network map, family meetings, supervision visits, journal entries */
  networkWrite: readonly CaseReach[];
  /** open a case for a child directly: the children it reaches (decisions of a district meeting open
   * cases by the meeting's right, intake-policy.ts `meeting`) */
  open: readonly CaseOpenReach[];
  /** assign or reassign caseworker, foster-care consultant, contact person */
  assign: readonly CaseReach[];
  /** close a case with a reason */
  close: readonly CaseReach[];
  /** read a case outside the reach by giving a reason (flagged and logged) */
  emergencyRead: boolean;
  /** "Mit overblik": own cases with deadlines */
  ownOverview: boolean;
  /** the leader's supervision of cases and caseloads */
  supervision: 'own_districts' | 'municipality' | null;
  /** read case work's local rules (quiet weeks, caseload target, follow-up cadences): rules, not person data */
  settingsRead: boolean;
  /** change them */
  settingsEdit: boolean;
  /** the responsibilities a user of this role may be assigned (a preventive worker works assigned
   * cases as a caseworker does); whoever holds one is case-working staff on the leader's page */
  assignableAs: readonly CaseResponsibility[];
  /** the caseworker of a case this role opens: it picks one (the leader), takes the case itself
   * (a caseworker) or leaves it to the leader (Front) */
  openAssignment: CaseOpenAssignment;
}

const NONE: readonly CaseReach[] = [];
const ASSIGNED: readonly CaseReach[] = ['assigned'];

/** Deny by default: every row starts from nothing and names only what its role is given. */
const NOTHING: CasePolicy = {
  read: NONE,
  write: NONE,
  networkWrite: NONE,
  open: [],
  assign: NONE,
  close: NONE,
  emergencyRead: false,
  ownOverview: false,
  supervision: null,
  settingsRead: false,
  settingsEdit: false,
  assignableAs: [],
  openAssignment: 'leaves',
};

export const CASE_POLICY: Readonly<Record<Role, CasePolicy>> = {
  professional: {
    ...NOTHING,
  },
  front: {
    ...NOTHING,
    open: ['municipality'],
  },
  preventive_worker: {
    ...NOTHING,
    read: ASSIGNED,
    write: ASSIGNED,
    networkWrite: ASSIGNED,
    close: ASSIGNED,
    emergencyRead: true,
    ownOverview: true,
    settingsRead: true,
    assignableAs: ['caseworker', 'contact_person'],
  },
  caseworker: {
    ...NOTHING,
    read: ['assigned', 'own_districts'],
    write: ASSIGNED,
    networkWrite: ASSIGNED,
    open: ['own_districts'],
    close: ASSIGNED,
    emergencyRead: true,
    ownOverview: true,
    settingsRead: true,
    assignableAs: ['caseworker', 'contact_person'],
    openAssignment: 'takes',
  },
  foster_care_consultant: {
    ...NOTHING,
    read: ASSIGNED,
    networkWrite: ASSIGNED,
    emergencyRead: true,
    ownOverview: true,
    settingsRead: true,
    assignableAs: ['foster_care_consultant', 'contact_person'],
  },
  leader: {
    ...NOTHING,
    read: ['own_districts'],
    open: ['own_districts'],
    assign: ['own_districts'],
    close: ['own_districts'],
    emergencyRead: true,
    supervision: 'own_districts',
    settingsRead: true,
    settingsEdit: true,
    openAssignment: 'assigns',
  },
  analyst: {
    ...NOTHING,
    settingsRead: true,
  },
  admin: {
    ...NOTHING,
    settingsRead: true,
    settingsEdit: true,
  },
  // The data-protection officer reads the audit log only (audit-policy.ts).
  data_protection_officer: {
    ...NOTHING,
  },
};

export type CaseRight = 'read' | 'write' | 'networkWrite' | 'assign' | 'close';

/** May this role open a case directly for a child, given whether the child lives in its districts? */
export function mayOpenCaseFor(role: Role, childInOwnDistricts: boolean): boolean {
  return CASE_POLICY[role].open.some((r) => r === 'municipality' || childInOwnDistricts);
}

/** The roles that may hold a responsibility on a case, in the order of roles.ts. */
export function assignableRoles(responsibility: CaseResponsibility): Role[] {
  return ROLES.filter((r) => CASE_POLICY[r].assignableAs.includes(responsibility));
}

/** The case-working staff a leader supervises: whoever may hold a responsibility on a case. */
export function caseStaffRoles(): Role[] {
  return ROLES.filter((r) => CASE_POLICY[r].assignableAs.length > 0);
}

export type CaseAccess =
  | { allowed: true; via: CaseReach; emergency: false; teamRead: boolean }
  | { allowed: true; via: 'emergency'; emergency: true; teamRead: false }
  | { allowed: false; emergencyPossible: boolean };

function reach(reaches: readonly CaseReach[], facts: CaseFacts): CaseReach | undefined {
  return reaches.find((r) => (r === 'assigned' ? facts.assigned : facts.inOwnDistricts));
}

/**
 * May this role use this right on a case? A read through the district by someone who is not
 * assigned is a team read (logged as such). Emergency access opens reading only: writing on a
 * case is for those responsible for it.
 */
export function decideCaseAccess(role: Role, right: CaseRight, facts: CaseFacts): CaseAccess {
  const policy = CASE_POLICY[role];
  const via = reach(policy[right], facts);
  if (via) {
    return {
      allowed: true,
      via,
      emergency: false,
      teamRead: right === 'read' && via === 'own_districts' && !facts.assigned,
    };
  }
  if (right === 'read' && policy.emergencyRead && facts.emergencyGrant) {
    return { allowed: true, via: 'emergency', emergency: true, teamRead: false };
  }
  return { allowed: false, emergencyPossible: right === 'read' && policy.emergencyRead };
}

export const CASE_PERMISSIONS = [
  'cases:open',
  'cases:read',
  'cases:own_overview',
  'cases:supervise',
  'casework_settings:read',
  'casework_settings:edit',
  'cases:write',
  'cases:network_write',
  'cases:assign',
  'cases:close',
] as const;
export type CasePermission = (typeof CASE_PERMISSIONS)[number];

/** What the interface may offer a role in case work (menus, links); the server checks again. */
export function casePermissionsOf(role: Role): CasePermission[] {
  const p = CASE_POLICY[role];
  const out: CasePermission[] = [];
  if (p.open.length > 0) out.push('cases:open');
  if (p.read.length > 0 || p.emergencyRead) out.push('cases:read');
  if (p.ownOverview) out.push('cases:own_overview');
  if (p.supervision) out.push('cases:supervise');
  if (p.settingsRead) out.push('casework_settings:read');
  if (p.settingsEdit) out.push('casework_settings:edit');
  if (p.write.length > 0) out.push('cases:write');
  if (p.networkWrite.length > 0) out.push('cases:network_write');
  if (p.assign.length > 0) out.push('cases:assign');
  if (p.close.length > 0) out.push('cases:close');
  return out;
}
