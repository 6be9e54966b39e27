import { describe, expect, it } from 'vitest';
import {
  documentPermissionsOf,
  mayReadDocuments,
  maySignDecision,
  mayWriteDocuments,
} from './documents-policy.ts';
import { ROLES } from './roles.ts';

const assigned = { assigned: true, inOwnDistricts: true, emergencyGrant: false };
const team = { assigned: false, inOwnDistricts: true, emergencyGrant: false };
const elsewhere = { assigned: false, inOwnDistricts: false, emergencyGrant: false };

describe('who may do what with a case’s documents', () => {
  it('lets those who write the case write its documents, and no one else', () => {
    const writers = ROLES.filter((r) => mayWriteDocuments(r, assigned));
    expect(writers).toEqual(['preventive_worker', 'caseworker']);
    expect(ROLES.filter((r) => mayWriteDocuments(r, team))).toEqual([]);
  });
  it('lets those who read the case in full read them; professionals never', () => {
    expect(ROLES.filter((r) => mayReadDocuments(r, assigned))).toEqual([
      'preventive_worker',
      'caseworker',
      'foster_care_consultant',
      'leader',
    ]);
    expect(ROLES.filter((r) => mayReadDocuments(r, team))).toEqual(['caseworker', 'leader']);
    expect(ROLES.filter((r) => mayReadDocuments(r, elsewhere))).toEqual([]);
  });
  it('lets a leader co-sign on the cases of its own districts only', () => {
    expect(ROLES.filter((r) => maySignDecision(r, team))).toEqual(['leader']);
    expect(maySignDecision('leader', elsewhere)).toBe(false);
  });
  it('gives the admin the settings and the templates, and the leader the signature', () => {
    expect(documentPermissionsOf('admin')).toEqual(['documents:settings', 'documents:templates']);
    expect(documentPermissionsOf('leader')).toEqual(['documents:templates', 'decisions:sign']);
    expect(documentPermissionsOf('professional')).toEqual([]);
    expect(documentPermissionsOf('data_protection_officer')).toEqual([]);
  });
});
