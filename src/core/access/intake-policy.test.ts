import { describe, expect, it } from 'vitest';
import { figureSuppression } from './figures-policy.ts';
import {
  INTAKE_POLICY,
  intakePermissionsOf,
  mayAttendMeeting,
  mayCreateReportFor,
  mayReadReport,
  mayScreen,
  maySendReceipt,
  maySupervise,
} from './intake-policy.ts';
import type { ChildFacts, ChildScope } from './policy.ts';
import { ROLES, type Role } from './roles.ts';

const facts = (...scopes: ChildScope[]): ChildFacts => ({
  own_units: false,
  own_districts: false,
  assigned_cases: false,
  district_cases: false,
  reported_children: false,
  municipality: true,
  emergencyGrant: false,
  ...Object.fromEntries(scopes.map((s) => [s, true])),
});

// Columns: report a child in own units / in own districts / elsewhere; read a report in own
// districts / elsewhere; screen (not on call / on call); receipt; meeting in own / other
// districts; supervision own / other; F8 suppression.
type Row = [
  Role,
  [boolean, boolean, boolean],
  [boolean, boolean],
  [boolean, boolean],
  boolean,
  [boolean, boolean],
  [boolean, boolean],
  number | null,
];
// One row a role, as the columns above say; kept one line a row so it reads as a table.
// biome-ignore format: the table
const TABLE: Row[] = [
  ['professional', [true, false, false], [false, false], [false, false], false, [false, false], [false, false], null],
  ['front', [true, true, true], [true, true], [true, true], true, [true, true], [false, false], 0],
  ['preventive_worker', [false, true, false], [true, false], [false, true], false, [true, false], [false, false], null],
  ['caseworker', [false, false, false], [false, false], [false, true], false, [true, false], [false, false], null],
  ['foster_care_consultant', [false, false, false], [false, false], [false, true], false, [false, false], [false, false], null],
  ['leader', [false, false, false], [true, false], [false, true], false, [true, false], [true, false], 0],
  ['analyst', [false, false, false], [false, false], [false, false], false, [false, false], [false, false], 5],
  ['admin', [false, false, false], [false, false], [false, false], false, [false, false], [false, false], null],
  ['data_protection_officer', [false, false, false], [false, false], [false, false], false, [false, false], [false, false], null],
];

describe('the intake policy', () => {
  it('covers every role', () => {
    expect(TABLE.map((r) => r[0]).sort()).toEqual([...ROLES].sort());
  });

  it.each(TABLE)('%s', (role, create, read, screen, receipt, meeting, supervision, suppression) => {
    expect([
      mayCreateReportFor(role, facts('own_units')),
      mayCreateReportFor(role, facts('own_districts')),
      mayCreateReportFor(role, facts()),
    ]).toEqual(create);
    expect([mayReadReport(role, true), mayReadReport(role, false)]).toEqual(read);
    expect([mayScreen(role, false), mayScreen(role, true)]).toEqual(screen);
    expect(maySendReceipt(role)).toBe(receipt);
    expect([mayAttendMeeting(role, true), mayAttendMeeting(role, false)]).toEqual(meeting);
    expect([maySupervise(role, true), maySupervise(role, false)]).toEqual(supervision);
    expect(figureSuppression(role, 'F8')).toBe(suppression);
  });

  it('never lets a professional read report content, only submit', () => {
    expect(intakePermissionsOf('professional')).toEqual(['reports:create']);
    expect(intakePermissionsOf('professional', true)).toEqual(['reports:create']);
    expect(intakePermissionsOf('caseworker', true)).toContain('reports:screen');
    expect(intakePermissionsOf('analyst')).toEqual([]);
  });
});

describe('rights of one role each', () => {
  const holders = (
    field: 'reportMatch' | 'attachmentUploadAnyReport' | 'settingsEdit' | 'reportAsProfessional',
  ) => ROLES.filter((r) => INTAKE_POLICY[r][field]);
  it('lets Front match provisional children and add attachments to any report it reads', () => {
    expect(holders('reportMatch')).toEqual(['front']);
    expect(holders('attachmentUploadAnyReport')).toEqual(['front']);
  });
  it("lets only the admin change intake's rules, and only a professional report as one", () => {
    expect(holders('settingsEdit')).toEqual(['admin']);
    expect(holders('reportAsProfessional')).toEqual(['professional']);
  });
});
