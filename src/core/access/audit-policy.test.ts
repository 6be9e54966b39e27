import { describe, expect, it } from 'vitest';
import { type AuditReach, auditReachOf, mayReadAudit } from './audit-policy.ts';
import { permissionsOf } from './permissions.ts';
import { ROLES, type Role } from './roles.ts';

// Written out from issue #10 (item 10) and domain.md rather than derived from AUDIT_POLICY.
const expected: Record<Role, AuditReach[]> = {
  professional: [],
  front: [],
  preventive_worker: [],
  caseworker: [],
  foster_care_consultant: [],
  leader: ['own_district_children', 'own_district_staff'],
  analyst: [],
  admin: ['non_personal'],
  data_protection_officer: ['municipality'],
};

describe('audit log policy', () => {
  it.each(ROLES)('%s reads the rows its reaches give it', (role) => {
    expect([...auditReachOf(role)].sort()).toEqual([...expected[role]].sort());
    expect(mayReadAudit(role)).toBe(expected[role].length > 0);
  });

  it('gives the data-protection officer the audit log and nothing else', () => {
    expect(permissionsOf('data_protection_officer')).toEqual(['audit:read']);
  });

  it('denies a role it does not know', () => {
    expect(mayReadAudit('citizen' as Role)).toBe(false);
  });
});
