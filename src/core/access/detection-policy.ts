import { type ChildFacts, type ChildScope, POLICY } from './policy.ts';
import type { Role } from './roles.ts';

/**
 * Who may do what in detection (domain.md, roles table). Read the table as the specification.
 *
 * - A professional registers concerns and wellbeing checks only for children in their own units
 *   (checks: only their own groups, user_group), reads the guide for those children, and sees
 *   the status of their own submissions — never the content of others' work.
 * - A preventive worker works in their own districts: concerns, the queue of signals, following
 *   a child as known to preventive work, transition conversations.
 * - Reading a child's concerns (others' content): preventive worker and leader in their own
 *   districts, caseworker in their case scope, Front for the children it has a report about. Roles with
 *   emergency access may read them under a grant, flagged in the audit log.
 * - The admin configures the rules and sees no person data.
 *
 * Scoped rights name the child scopes of policy.ts that grant them, so the SQL conditions of
 * child-scope.ts decide them. Deny by default: no scope, no right; a role not here, nothing.
 */

export type DetectionChildRight =
  /** register a concern about the child */
  | 'concern_create'
  /** the guide for the child (level, contacts, offers) */
  | 'guide_read'
  /** the child's concerns, ratings and signals, whoever wrote them */
  | 'concerns_read'
  /** record a transition conversation */
  | 'transition_create'
  /** read the child's transition conversations (they are written to be handed on) */
  | 'transition_read'
  /** follow the child as known to preventive work, and stop */
  | 'follow_manage'
  /** act on a signal about the child in the queue */
  | 'signal_act';

export const DETECTION_CHILD_RIGHTS: readonly DetectionChildRight[] = [
  'concern_create',
  'guide_read',
  'concerns_read',
  'transition_create',
  'transition_read',
  'follow_manage',
  'signal_act',
];

export interface DetectionPolicy {
  child: Record<DetectionChildRight, readonly ChildScope[]>;
  /** rate the children of one's own groups */
  wellbeingRate: boolean;
  /** read the queue of signals of one's own districts */
  queueRead: boolean;
  settingsRead: boolean;
  settingsEdit: boolean;
  /** a concern it registers records the unit through which it knows the child (a professional's
   * own unit, for the unit's figures and the status of its own submissions) */
  concernUnit: boolean;
}

const NONE: readonly ChildScope[] = [];
const CASE_SCOPES: readonly ChildScope[] = ['assigned_cases', 'district_cases'];

function childRights(rights: Partial<Record<DetectionChildRight, readonly ChildScope[]>>) {
  return Object.fromEntries(DETECTION_CHILD_RIGHTS.map((r) => [r, rights[r] ?? NONE])) as Record<
    DetectionChildRight,
    readonly ChildScope[]
  >;
}

/** Deny by default: every row starts from nothing and names only what its role is given. */
const NOTHING: Omit<DetectionPolicy, 'child'> = {
  wellbeingRate: false,
  queueRead: false,
  settingsRead: false,
  settingsEdit: false,
  concernUnit: false,
};

export const DETECTION_POLICY: Readonly<Record<Role, DetectionPolicy>> = {
  professional: {
    ...NOTHING,
    child: childRights({
      concern_create: ['own_units'],
      guide_read: ['own_units'],
      transition_create: ['own_units'],
      transition_read: ['own_units'],
    }),
    wellbeingRate: true,
    settingsRead: true,
    concernUnit: true,
  },
  front: {
    ...NOTHING,
    // domain.md: the concerns of a child it has a report about — the history at screening.
    child: childRights({ concerns_read: ['reported_children'], transition_read: ['reported_children'] }),
    settingsRead: true,
  },
  preventive_worker: {
    ...NOTHING,
    child: childRights({
      concern_create: ['own_districts'],
      guide_read: ['own_districts'],
      concerns_read: ['own_districts'],
      transition_create: ['own_districts'],
      transition_read: ['own_districts'],
      follow_manage: ['own_districts'],
      signal_act: ['own_districts'],
    }),
    queueRead: true,
    settingsRead: true,
  },
  caseworker: {
    ...NOTHING,
    child: childRights({ concerns_read: CASE_SCOPES, transition_read: CASE_SCOPES }),
    settingsRead: true,
  },
  foster_care_consultant: {
    ...NOTHING,
    child: childRights({}),
    settingsRead: true,
  },
  leader: {
    ...NOTHING,
    child: childRights({ concerns_read: ['own_districts'], transition_read: ['own_districts'] }),
    queueRead: true,
    settingsRead: true,
  },
  analyst: {
    ...NOTHING,
    child: childRights({}),
    settingsRead: true,
  },
  admin: {
    ...NOTHING,
    child: childRights({}),
    settingsRead: true,
    settingsEdit: true,
  },
  // The data-protection officer reads the audit log only (audit-policy.ts).
  data_protection_officer: {
    ...NOTHING,
    child: childRights({}),
  },
};

/** Only reading others' concerns may be done under emergency access; writing never. */
const EMERGENCY_RIGHTS: readonly DetectionChildRight[] = ['concerns_read', 'transition_read'];

export type DetectionDecision =
  | { allowed: true; via: 'scope'; scope: ChildScope; emergency: false }
  | { allowed: true; via: 'emergency'; emergency: true }
  | { allowed: false };

export function policyOf(role: Role): DetectionPolicy | undefined {
  return DETECTION_POLICY[role];
}

export function decideDetection(
  role: Role,
  right: DetectionChildRight,
  facts: ChildFacts,
): DetectionDecision {
  const policy = policyOf(role);
  if (!policy) return { allowed: false };
  const scopes = policy.child[right];
  const scope = scopes.find((s) => facts[s]);
  if (scope) return { allowed: true, via: 'scope', scope, emergency: false };
  if (
    scopes.length > 0 &&
    EMERGENCY_RIGHTS.includes(right) &&
    POLICY[role]?.emergencyAccess === true &&
    facts.emergencyGrant
  ) {
    return { allowed: true, via: 'emergency', emergency: true };
  }
  return { allowed: false };
}

export function mayRateWellbeing(role: Role): boolean {
  return policyOf(role)?.wellbeingRate === true;
}
export function mayReadQueue(role: Role): boolean {
  return policyOf(role)?.queueRead === true;
}
export function mayReadDetectionSettings(role: Role): boolean {
  return policyOf(role)?.settingsRead === true;
}
export function mayEditDetectionSettings(role: Role): boolean {
  return policyOf(role)?.settingsEdit === true;
}

export const DETECTION_PERMISSIONS = [
  'concerns:create',
  'concerns:read',
  'wellbeing:rate',
  'signals:read',
  'signals:act',
  'transitions:create',
  'detection_settings:edit',
  'guide:read',
  'transitions:read',
  'preventive_follow:manage',
  'detection_settings:read',
] as const;
export type DetectionPermission = (typeof DETECTION_PERMISSIONS)[number];

/** What the interface may offer a role (menus); the server checks every action again. */
export function detectionPermissionsOf(role: Role): DetectionPermission[] {
  const p = policyOf(role);
  if (!p) return [];
  const out: DetectionPermission[] = [];
  if (p.child.concern_create.length > 0) out.push('concerns:create');
  if (p.child.concerns_read.length > 0) out.push('concerns:read');
  if (p.wellbeingRate) out.push('wellbeing:rate');
  if (p.queueRead) out.push('signals:read');
  if (p.child.signal_act.length > 0) out.push('signals:act');
  if (p.child.transition_create.length > 0) out.push('transitions:create');
  if (p.settingsEdit) out.push('detection_settings:edit');
  if (p.child.guide_read.length > 0) out.push('guide:read');
  if (p.child.transition_read.length > 0) out.push('transitions:read');
  if (p.child.follow_manage.length > 0) out.push('preventive_follow:manage');
  if (p.settingsRead) out.push('detection_settings:read');
  return out;
}
