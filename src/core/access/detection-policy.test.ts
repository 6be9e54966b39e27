import { describe, expect, it } from 'vitest';
import {
  DETECTION_CHILD_RIGHTS,
  DETECTION_POLICY,
  type DetectionChildRight,
  decideDetection,
  detectionPermissionsOf,
  mayEditDetectionSettings,
  mayRateWellbeing,
  mayReadDetectionSettings,
  mayReadQueue,
} from './detection-policy.ts';
import { CHILD_SCOPES, type ChildFacts, type ChildScope } from './policy.ts';
import { ROLES, type Role } from './roles.ts';

/**
 * The specification as a table: for each role and right, the scope that grants it ('-' = never).
 * A change to the policy must change this table too.
 */
type Grant = ChildScope | '-';
// biome-ignore format: one line a role, so the specification reads as a table
const SPEC: Record<Role, Record<DetectionChildRight, Grant | Grant[]>> = {
  professional: { concern_create: 'own_units', guide_read: 'own_units', concerns_read: '-', transition_create: 'own_units', transition_read: 'own_units', follow_manage: '-', signal_act: '-' },
  front: { concern_create: '-', guide_read: '-', concerns_read: 'reported_children', transition_create: '-', transition_read: 'reported_children', follow_manage: '-', signal_act: '-' },
  preventive_worker: { concern_create: 'own_districts', guide_read: 'own_districts', concerns_read: 'own_districts', transition_create: 'own_districts', transition_read: 'own_districts', follow_manage: 'own_districts', signal_act: 'own_districts' },
  caseworker: { concern_create: '-', guide_read: '-', concerns_read: ['assigned_cases', 'district_cases'], transition_create: '-', transition_read: ['assigned_cases', 'district_cases'], follow_manage: '-', signal_act: '-' },
  foster_care_consultant: { concern_create: '-', guide_read: '-', concerns_read: '-', transition_create: '-', transition_read: '-', follow_manage: '-', signal_act: '-' },
  leader: { concern_create: '-', guide_read: '-', concerns_read: 'own_districts', transition_create: '-', transition_read: 'own_districts', follow_manage: '-', signal_act: '-' },
  analyst: { concern_create: '-', guide_read: '-', concerns_read: '-', transition_create: '-', transition_read: '-', follow_manage: '-', signal_act: '-' },
  admin: { concern_create: '-', guide_read: '-', concerns_read: '-', transition_create: '-', transition_read: '-', follow_manage: '-', signal_act: '-' },
  data_protection_officer: { concern_create: '-', guide_read: '-', concerns_read: '-', transition_create: '-', transition_read: '-', follow_manage: '-', signal_act: '-' },
};
const SCOPES = CHILD_SCOPES;

function facts(holding: readonly ChildScope[], emergencyGrant = false): ChildFacts {
  return { ...Object.fromEntries(SCOPES.map((s) => [s, holding.includes(s)])), emergencyGrant } as ChildFacts;
}

describe.each(ROLES)('%s', (role) => {
  it.each(DETECTION_CHILD_RIGHTS)('%s: granted by exactly the scopes of the table', (right) => {
    const spec = SPEC[role][right];
    const granting = (Array.isArray(spec) ? spec : [spec]).filter((g): g is ChildScope => g !== '-');
    for (const scope of SCOPES) {
      const decision = decideDetection(role, right, facts([scope]));
      expect(decision.allowed, `${role} ${right} via ${scope}`).toBe(granting.includes(scope));
    }
    expect(decideDetection(role, right, facts([])).allowed).toBe(false);
  });
});

describe('emergency access', () => {
  it.each(ROLES)(
    '%s reads others’ concerns under a grant only if its role has emergency access and the right',
    (role) => {
      const decision = decideDetection(role, 'concerns_read', facts([], true));
      expect(decision.allowed).toBe(['preventive_worker', 'caseworker', 'leader'].includes(role));
      if (decision.allowed) expect(decision).toMatchObject({ via: 'emergency', emergency: true });
    },
  );

  it('never lets a grant write', () => {
    for (const role of ROLES) {
      for (const right of ['concern_create', 'transition_create', 'follow_manage', 'signal_act'] as const) {
        expect(decideDetection(role, right, facts([], true)).allowed).toBe(false);
      }
    }
  });
});

describe('rights without a child', () => {
  it.each(ROLES)('%s', (role) => {
    expect(mayRateWellbeing(role)).toBe(role === 'professional');
    expect(mayReadQueue(role)).toBe(role === 'preventive_worker' || role === 'leader');
    expect(mayReadDetectionSettings(role)).toBe(role !== 'data_protection_officer');
    expect(mayEditDetectionSettings(role)).toBe(role === 'admin');
  });

  it('denies a role it does not know', () => {
    const citizen = 'citizen' as Role;
    expect(decideDetection(citizen, 'concerns_read', facts(SCOPES, true)).allowed).toBe(false);
    expect(mayReadDetectionSettings(citizen)).toBe(false);
    expect(detectionPermissionsOf(citizen)).toEqual([]);
  });

  it('tells the interface what to offer', () => {
    expect(detectionPermissionsOf('professional')).toEqual([
      'concerns:create',
      'wellbeing:rate',
      'transitions:create',
      'guide:read',
      'transitions:read',
      'detection_settings:read',
    ]);
    expect(detectionPermissionsOf('preventive_worker')).toEqual([
      'concerns:create',
      'concerns:read',
      'signals:read',
      'signals:act',
      'transitions:create',
      'guide:read',
      'transitions:read',
      'preventive_follow:manage',
      'detection_settings:read',
    ]);
    expect(detectionPermissionsOf('admin')).toEqual(['detection_settings:edit', 'detection_settings:read']);
  });
});

describe('the unit a concern records', () => {
  it("is the professional's own unit, and no one else's", () => {
    expect(ROLES.filter((r) => DETECTION_POLICY[r].concernUnit)).toEqual(['professional']);
  });
});
