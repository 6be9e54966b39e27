import type { Role } from './roles.ts';

/**
 * Who may see which child, as domain.md's role table says. Read this file as the specification:
 * a role sees a child when at least one of its scopes holds for that child; everything else is
 * denied. The store turns the same scopes into SQL filters, so search and single reads agree.
 */
export type ChildScope =
  /** the child is enrolled in a group of one of the user's units (professionals) */
  | 'own_units'
  /** the child lives in one of the user's districts */
  | 'own_districts'
  /** the child has an open case the user is assigned to */
  | 'assigned_cases'
  /** the child has an open case in one of the user's districts (team read, logged as such) */
  | 'district_cases'
  /** the child is the subject of a report received by the municipality (Front's screening history) */
  | 'reported_children'
  /** every child of the municipality */
  | 'municipality';

/** Every child scope, in the order of the type above. */
export const CHILD_SCOPES: readonly ChildScope[] = [
  'own_units',
  'own_districts',
  'assigned_cases',
  'district_cases',
  'reported_children',
  'municipality',
];

export interface RolePolicy {
  childScopes: readonly ChildScope[];
  /** the full CPR number is shown; otherwise it is masked ddmmåå-•••• */
  fullCpr: boolean;
  /** may read a child outside the scopes by giving a reason (flagged and logged) */
  emergencyAccess: boolean;
}

// Who reads which rows of the audit log is its own table: audit-policy.ts.

export const POLICY: Record<Role, RolePolicy> = {
  professional: { childScopes: ['own_units'], fullCpr: false, emergencyAccess: false },
  front: { childScopes: ['municipality'], fullCpr: true, emergencyAccess: false },
  preventive_worker: {
    childScopes: ['own_districts', 'assigned_cases'],
    fullCpr: true,
    emergencyAccess: true,
  },
  caseworker: {
    childScopes: ['assigned_cases', 'district_cases'],
    fullCpr: true,
    emergencyAccess: true,
  },
  foster_care_consultant: {
    childScopes: ['assigned_cases'],
    fullCpr: true,
    emergencyAccess: true,
  },
  leader: { childScopes: ['own_districts'], fullCpr: true, emergencyAccess: true },
  analyst: { childScopes: [], fullCpr: false, emergencyAccess: false },
  admin: { childScopes: [], fullCpr: false, emergencyAccess: false },
  data_protection_officer: { childScopes: [], fullCpr: false, emergencyAccess: false },
};

/** What holds between one user and one child, found by the store. */
export type ChildFacts = Record<ChildScope, boolean> & { emergencyGrant: boolean };

export type ChildAccess =
  | { allowed: true; via: 'scope'; scope: ChildScope; emergency: false; cprMasked: boolean }
  | { allowed: true; via: 'emergency'; emergency: true; cprMasked: boolean }
  | { allowed: false; emergencyPossible: boolean };

export function decideChildAccess(role: Role, facts: ChildFacts): ChildAccess {
  const policy = POLICY[role];
  const cprMasked = !policy.fullCpr;
  const scope = policy.childScopes.find((s) => facts[s]);
  if (scope) return { allowed: true, via: 'scope', scope, emergency: false, cprMasked };
  if (policy.emergencyAccess && facts.emergencyGrant) {
    return { allowed: true, via: 'emergency', emergency: true, cprMasked };
  }
  return { allowed: false, emergencyPossible: policy.emergencyAccess };
}

/** Emergency access lasts one working day; after that a new reason is needed. */
export const EMERGENCY_ACCESS_HOURS = 8;
