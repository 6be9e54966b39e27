import type { ChildFacts, ChildScope } from './policy.ts';
import type { Role } from './roles.ts';

/**
 * Who may do what in intake (reports, screening, receipts, the district meeting, supervision;
 * figure F8 is in figures-policy.ts). Read the table as the specification (domain.md, roles):
 *
 * - Front reads and screens every report in the municipality, with the child's earlier reports,
 *   and registers reports on behalf of citizens, anonymous callers, the police, hospitals, ….
 * - A professional reports children in their own units and sees only the status of their own
 *   reports (received / in progress / closed, receipt, feedback) — never content or decisions.
 * - A preventive worker reports children in their own districts and reads the reports of their
 *   own districts; with the family-team caseworker and Front they decide in the district meeting.
 * - A leader reads the reports of their own districts and supervises their deadlines.
 * - The analyst reads no report (figures only: figures-policy.ts).
 * - A social-services user on call (a shift of the rota, on_call_shift) may screen, so screening
 *   works around the clock; every read that only the shift allows is flagged `on_call` in the
 *   audit log. Professionals, analysts and admins never screen: it reads a child's record.
 * - An administrator or a leader keeps the rota: puts others on call for a period and ends a
 *   shift early — never themselves (who reads by a shift must not be the one who granted it).
 *
 * "own_districts" for a report means the report's district (the child's district at receipt).
 * Deny by default: a role not named for a right has none.
 */

export type ReportReach = 'municipality' | 'own_districts';

export interface IntakePolicy {
  /** register a report about a known child: the child scopes that allow it */
  reportCreate: readonly ChildScope[];
  /** register a report about a child not (yet) in the registry, by name/CPR */
  reportCreateUnknownChild: boolean;
  /** read reports' content, the queue and linked reports */
  reportRead: ReportReach | null;
  /** screen a report: always, or only while the user is on call */
  screen: 'always' | 'on_call' | 'never';
  /** send the receipt and the feedback to a professional reporter */
  receiptSend: boolean;
  /** keep the on-call rota: put other users on call for a period, end a shift */
  onCallManage: boolean;
  /** the district meeting: read its agenda and record decisions */
  meeting: ReportReach | null;
  /** the leader's page of what is overdue or due soon */
  supervision: ReportReach | null;
  /** link a provisional report to the registry's child */
  reportMatch: boolean;
  /** add attachments to any report it may read, not only to its own */
  attachmentUploadAnyReport: boolean;
  /** change intake's local rules (the holidays the reception is closed) */
  settingsEdit: boolean;
  /** reports only as a professional reporter, from the professional's own report form (the
   * receipt and the feedback come back to them) */
  reportAsProfessional: boolean;
}

const NO_SCOPES: readonly ChildScope[] = [];

/** Deny by default: every row starts from nothing and names only what its role is given. */
const NOTHING: IntakePolicy = {
  reportCreate: NO_SCOPES,
  reportCreateUnknownChild: false,
  reportRead: null,
  screen: 'never',
  receiptSend: false,
  onCallManage: false,
  meeting: null,
  supervision: null,
  reportMatch: false,
  attachmentUploadAnyReport: false,
  settingsEdit: false,
  reportAsProfessional: false,
};

export const INTAKE_POLICY: Readonly<Record<Role, IntakePolicy>> = {
  professional: {
    ...NOTHING,
    reportCreate: ['own_units'],
    reportAsProfessional: true,
  },
  front: {
    ...NOTHING,
    reportCreate: ['municipality'],
    reportCreateUnknownChild: true,
    reportRead: 'municipality',
    screen: 'always',
    receiptSend: true,
    meeting: 'municipality',
    reportMatch: true,
    attachmentUploadAnyReport: true,
  },
  preventive_worker: {
    ...NOTHING,
    reportCreate: ['own_districts'],
    reportRead: 'own_districts',
    screen: 'on_call',
    meeting: 'own_districts',
  },
  caseworker: {
    ...NOTHING,
    screen: 'on_call',
    meeting: 'own_districts',
  },
  foster_care_consultant: {
    ...NOTHING,
    screen: 'on_call',
  },
  leader: {
    ...NOTHING,
    reportRead: 'own_districts',
    screen: 'on_call',
    onCallManage: true,
    meeting: 'own_districts',
    supervision: 'own_districts',
  },
  analyst: {
    ...NOTHING,
  },
  admin: {
    ...NOTHING,
    onCallManage: true,
    settingsEdit: true,
  },
  // The data-protection officer reads the audit log only (audit-policy.ts).
  data_protection_officer: {
    ...NOTHING,
  },
};

export function intakePolicyOf(role: Role): IntakePolicy | undefined {
  return INTAKE_POLICY[role];
}

/** May this role report this child? The facts are those of the child page (childFacts). */
export function mayCreateReportFor(role: Role, facts: ChildFacts): boolean {
  return (intakePolicyOf(role)?.reportCreate ?? NO_SCOPES).some((s) => facts[s]);
}

/** May this role read a report's content, given whether the report lies in the user's districts? */
export function mayReadReport(role: Role, inOwnDistricts: boolean): boolean {
  return reaches(intakePolicyOf(role)?.reportRead ?? null, inOwnDistricts);
}

/**
 * On what ground this role may read a report's content: its own reach (`reportRead`), or only
 * because a shift of the rota runs (it may screen on call) — reads of that kind are flagged
 * `onCall` in the audit log. null: not at all.
 */
export function reportReadGround(
  role: Role,
  inOwnDistricts: boolean,
  onCall: boolean,
): 'reach' | 'on_call' | null {
  if (mayReadReport(role, inOwnDistricts) || mayScreen(role, false)) return 'reach';
  return mayScreen(role, onCall) ? 'on_call' : null;
}

/** On what ground this role may screen now: always (Front), or by a running shift (flagged). */
export function screenGround(role: Role, onCall: boolean): 'always' | 'on_call' | null {
  if (mayScreen(role, false)) return 'always';
  return mayScreen(role, onCall) ? 'on_call' : null;
}

export function mayScreen(role: Role, onCall: boolean): boolean {
  const rule = intakePolicyOf(role)?.screen;
  return rule === 'always' || (rule === 'on_call' && onCall);
}

/** May this role be put on call: it screens on call (Front screens always and needs no shift). */
export function mayBeOnCall(role: Role): boolean {
  return intakePolicyOf(role)?.screen === 'on_call';
}

/** May this role keep the on-call rota (for others: `setBy` is never the user on call)? */
export function mayManageOnCall(role: Role): boolean {
  return intakePolicyOf(role)?.onCallManage === true;
}

export function maySendReceipt(role: Role): boolean {
  return intakePolicyOf(role)?.receiptSend === true;
}

export function mayAttendMeeting(role: Role, inOwnDistricts: boolean): boolean {
  return reaches(intakePolicyOf(role)?.meeting ?? null, inOwnDistricts);
}

export function maySupervise(role: Role, inOwnDistricts: boolean): boolean {
  return reaches(intakePolicyOf(role)?.supervision ?? null, inOwnDistricts);
}

function reaches(reach: ReportReach | null, inOwnDistricts: boolean): boolean {
  return reach === 'municipality' || (reach === 'own_districts' && inOwnDistricts);
}

export const INTAKE_PERMISSIONS = [
  'reports:create',
  'reports:register',
  'reports:match',
  'reports:read',
  'reports:screen',
  'receipts:send',
  'on_call:manage',
  'meetings:decide',
  'intake_supervision:read',
  'intake_settings:edit',
] as const;
export type IntakePermission = (typeof INTAKE_PERMISSIONS)[number];

/**
 * What the interface may offer a role (menus); the server checks every action again. On call
 * widens screening, so the session passes whether the user is on a shift now.
 */
export function intakePermissionsOf(role: Role, onCall = false): IntakePermission[] {
  const p = intakePolicyOf(role);
  if (!p) return [];
  const out: IntakePermission[] = [];
  // The own report form reports as oneself; whoever registers reports on others' behalf (Front,
  // unknown children included) does it in the registration form instead.
  if (p.reportCreate.length > 0 && !p.reportCreateUnknownChild) out.push('reports:create');
  if (p.reportCreateUnknownChild) out.push('reports:register');
  if (p.reportMatch) out.push('reports:match');
  if (p.reportRead) out.push('reports:read');
  if (mayScreen(role, onCall)) out.push('reports:screen');
  if (p.receiptSend) out.push('receipts:send');
  if (p.onCallManage) out.push('on_call:manage');
  if (p.meeting) out.push('meetings:decide');
  if (p.supervision) out.push('intake_supervision:read');
  if (p.settingsEdit) out.push('intake_settings:edit');
  return out;
}
