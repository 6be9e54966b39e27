import { describe, expect, it } from 'vitest';
import {
  assignableRoles,
  CASE_POLICY,
  type CaseFacts,
  type CaseRight,
  caseStaffRoles,
  decideCaseAccess,
  mayOpenCaseFor,
} from './case-policy.ts';
import { ROLES, type Role } from './roles.ts';

const ASSIGNED: CaseFacts = { assigned: true, inOwnDistricts: true, emergencyGrant: false };
const TEAM: CaseFacts = { assigned: false, inOwnDistricts: true, emergencyGrant: false };
const ELSEWHERE: CaseFacts = { assigned: false, inOwnDistricts: false, emergencyGrant: false };
const EMERGENCY: CaseFacts = { assigned: false, inOwnDistricts: false, emergencyGrant: true };

type Row = [Role, CaseRight, CaseFacts, boolean];
const facts = { ASSIGNED, TEAM, ELSEWHERE, EMERGENCY };

/** domain.md, roles: the expected answer for every role, right and relation to the case. */
const EXPECTED: Record<Role, Record<CaseRight, (keyof typeof facts)[]>> = {
  professional: { read: [], write: [], networkWrite: [], assign: [], close: [] },
  front: { read: [], write: [], networkWrite: [], assign: [], close: [] },
  preventive_worker: {
    read: ['ASSIGNED', 'EMERGENCY'],
    write: ['ASSIGNED'],
    networkWrite: ['ASSIGNED'],
    assign: [],
    close: ['ASSIGNED'],
  },
  caseworker: {
    read: ['ASSIGNED', 'TEAM', 'EMERGENCY'],
    write: ['ASSIGNED'],
    networkWrite: ['ASSIGNED'],
    assign: [],
    close: ['ASSIGNED'],
  },
  foster_care_consultant: {
    read: ['ASSIGNED', 'EMERGENCY'],
    write: [],
    networkWrite: ['ASSIGNED'],
    assign: [],
    close: [],
  },
  leader: {
    read: ['ASSIGNED', 'TEAM', 'EMERGENCY'],
    write: [],
    networkWrite: [],
    assign: ['ASSIGNED', 'TEAM'],
    close: ['ASSIGNED', 'TEAM'],
  },
  analyst: { read: [], write: [], networkWrite: [], assign: [], close: [] },
  admin: { read: [], write: [], networkWrite: [], assign: [], close: [] },
  data_protection_officer: { read: [], write: [], networkWrite: [], assign: [], close: [] },
};

const rows: Row[] = ROLES.flatMap((role) =>
  (Object.keys(EXPECTED[role]) as CaseRight[]).flatMap((right) =>
    (Object.keys(facts) as (keyof typeof facts)[]).map(
      (k): Row => [role, right, facts[k], EXPECTED[role][right].includes(k)],
    ),
  ),
);

describe('case access follows domain.md', () => {
  it.each(rows)('%s %s %o → %s', (role, right, f, allowed) => {
    expect(decideCaseAccess(role, right, f).allowed).toBe(allowed);
  });

  it('marks a caseworker reading a colleague case in the district as a team read, and emergency as emergency', () => {
    expect(decideCaseAccess('caseworker', 'read', TEAM)).toMatchObject({ allowed: true, teamRead: true });
    expect(decideCaseAccess('caseworker', 'read', ASSIGNED)).toMatchObject({
      allowed: true,
      teamRead: false,
    });
    expect(decideCaseAccess('caseworker', 'read', EMERGENCY)).toMatchObject({
      allowed: true,
      emergency: true,
    });
  });

  it('never lets emergency access write', () => {
    for (const role of ROLES) {
      for (const right of ['write', 'networkWrite', 'assign', 'close'] as const) {
        expect(decideCaseAccess(role, right, EMERGENCY).allowed).toBe(false);
      }
    }
  });
});

describe('who may open a case for which child (domain.md: Front any child; caseworker and leader their districts)', () => {
  const expected: Record<Role, { own: boolean; elsewhere: boolean }> = {
    professional: { own: false, elsewhere: false },
    front: { own: true, elsewhere: true },
    preventive_worker: { own: false, elsewhere: false },
    caseworker: { own: true, elsewhere: false },
    foster_care_consultant: { own: false, elsewhere: false },
    leader: { own: true, elsewhere: false },
    analyst: { own: false, elsewhere: false },
    admin: { own: false, elsewhere: false },
    data_protection_officer: { own: false, elsewhere: false },
  };
  it.each(ROLES)('%s', (role) => {
    expect(mayOpenCaseFor(role, true)).toBe(expected[role].own);
    expect(mayOpenCaseFor(role, false)).toBe(expected[role].elsewhere);
  });
});

describe('who may hold a responsibility on a case, and who opens a case with which caseworker', () => {
  it('lets a preventive worker work an assigned case as a caseworker does', () => {
    expect(assignableRoles('caseworker')).toEqual(['preventive_worker', 'caseworker']);
    expect(assignableRoles('foster_care_consultant')).toEqual(['foster_care_consultant']);
    expect(assignableRoles('contact_person')).toEqual([
      'preventive_worker',
      'caseworker',
      'foster_care_consultant',
    ]);
    expect(caseStaffRoles()).toEqual(['preventive_worker', 'caseworker', 'foster_care_consultant']);
  });

  it('lets the leader pick the caseworker, the caseworker take the case, everyone else leave it', () => {
    const by = (a: string) => ROLES.filter((r) => CASE_POLICY[r].openAssignment === a);
    expect(by('assigns')).toEqual(['leader']);
    expect(by('takes')).toEqual(['caseworker']);
  });

  it('lets those who work or steer cases read the rules, and only the leader and the admin change them', () => {
    const none = ['professional', 'front', 'data_protection_officer'];
    expect(ROLES.filter((r) => CASE_POLICY[r].settingsRead)).toEqual(ROLES.filter((r) => !none.includes(r)));
    expect(ROLES.filter((r) => CASE_POLICY[r].settingsEdit)).toEqual(['leader', 'admin']);
  });
});
