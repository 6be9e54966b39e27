import { describe, expect, it } from 'vitest';
import { type ChildFacts, type ChildScope, decideChildAccess } from './policy.ts';
import { ROLES, type Role } from './roles.ts';

const none: ChildFacts = {
  own_units: false,
  own_districts: false,
  assigned_cases: false,
  district_cases: false,
  reported_children: false,
  municipality: false,
  emergencyGrant: false,
};
const only = (scope: ChildScope | 'emergencyGrant'): ChildFacts => ({ ...none, [scope]: true });

// The expected table, written out from domain.md rather than derived from POLICY.
const expected: Record<Role, Partial<Record<ChildScope | 'emergencyGrant', boolean>>> = {
  professional: { own_units: true },
  front: { municipality: true },
  preventive_worker: { own_districts: true, assigned_cases: true, emergencyGrant: true },
  caseworker: { assigned_cases: true, district_cases: true, emergencyGrant: true },
  foster_care_consultant: { assigned_cases: true, emergencyGrant: true },
  leader: { own_districts: true, emergencyGrant: true },
  analyst: {},
  admin: {},
  data_protection_officer: {},
};

describe('child access policy', () => {
  const facts = [
    'own_units',
    'own_districts',
    'assigned_cases',
    'district_cases',
    'municipality',
    'emergencyGrant',
  ] as const;
  for (const role of ROLES) {
    for (const fact of facts) {
      const allowed = expected[role][fact] === true;
      it(`${role} ${allowed ? 'sees' : 'does not see'} a child with only ${fact}`, () => {
        expect(decideChildAccess(role, only(fact)).allowed).toBe(allowed);
      });
    }
    it(`${role} is denied with no relation to the child`, () => {
      expect(decideChildAccess(role, none).allowed).toBe(false);
    });
  }

  it('masks the CPR number for professionals only', () => {
    expect(decideChildAccess('professional', only('own_units'))).toMatchObject({ cprMasked: true });
    expect(decideChildAccess('caseworker', only('assigned_cases'))).toMatchObject({ cprMasked: false });
  });

  it('flags emergency reads', () => {
    expect(decideChildAccess('caseworker', only('emergencyGrant'))).toMatchObject({
      via: 'emergency',
      emergency: true,
    });
  });
});
