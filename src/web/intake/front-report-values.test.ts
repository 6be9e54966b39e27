import { describe, expect, it } from 'vitest';
import {
  EMPTY_FRONT_REPORT,
  type FrontReportValues,
  frontReportRequest,
  parseTime,
  receivedAtOf,
  reporterKindOf,
  validateFrontReport,
} from './front-report-values.ts';

const NOW = new Date('2026-03-10T12:00:00+01:00');
const base: FrontReportValues = {
  ...EMPTY_FRONT_REPORT,
  identifyBy: 'name',
  childName: 'Ukendt Barn',
  birthDate: '03.02.2018',
  acute: 'no',
  text: 'Naboen hører råb om aftenen.',
};

describe('Front’s report form', () => {
  it('derives the reporter kind from the source', () => {
    expect(reporterKindOf({ source: 'police', callerKind: 'anonymous' })).toBe('professional');
    expect(reporterKindOf({ source: 'anonymous', callerKind: 'citizen' })).toBe('anonymous');
    expect(reporterKindOf({ source: 'child', callerKind: 'citizen' })).toBe('citizen');
    expect(reporterKindOf({ source: 'citizen', callerKind: 'anonymous' })).toBe('anonymous');
  });

  it('reads a Copenhagen date and time across daylight saving', () => {
    expect(parseTime('9.5')).toEqual([9, 5]);
    expect(parseTime('24.00')).toBeUndefined();
    expect(receivedAtOf('02.03.2026', '09.00')).toBe('2026-03-02T09:00:00.000+01:00');
    expect(receivedAtOf('01.07.2026', '14:30')).toBe('2026-07-01T14:30:00.000+02:00');
    expect(receivedAtOf('31.02.2026', '10.00')).toBeUndefined();
  });

  it('names what is missing or wrong, in Danish', () => {
    expect(validateFrontReport(base, NOW)).toEqual({});
    const errors = validateFrontReport(
      {
        ...EMPTY_FRONT_REPORT,
        cpr: '320199-1234',
        source: 'hospital',
        receivedEarlier: true,
        receivedDate: '10.03.2026',
        receivedTime: '13.30',
      },
      NOW,
    );
    expect(errors).toEqual({
      cpr: expect.stringContaining('ddmmåå-xxxx'),
      organisation: expect.any(String),
      receivedAt: 'Modtagelsestidspunktet må ikke ligge i fremtiden.',
      acute: 'Vælg ja eller nej.',
      text: expect.any(String),
    });
    expect(validateFrontReport({ ...base, birthDate: '01.01.2030' }, NOW).birthDate).toMatch(/fremtiden/);
    // Earlier the same day is fine; one minute of clock skew is allowed.
    const earlier = { ...base, receivedEarlier: true, receivedDate: '10.03.2026', receivedTime: '12.00' };
    expect(validateFrontReport(earlier, NOW)).toEqual({});
  });

  it('builds the API request: provisional child by name, anonymous reporter without name or e-mail', () => {
    const body = frontReportRequest(
      { ...base, source: 'anonymous', reporterName: 'Skal ikke med', email: 'x@y.dk' },
      'key12345',
    );
    expect(body).toEqual({
      idempotencyKey: 'key12345',
      child: { name: 'Ukendt Barn', birthDate: '2018-02-03' },
      source: 'anonymous',
      reporter: { kind: 'anonymous' },
      acute: false,
      text: 'Naboen hører råb om aftenen.',
    });
  });

  it('builds the API request: child by CPR, police as professional, received earlier by phone', () => {
    const body = frontReportRequest(
      {
        ...base,
        identifyBy: 'cpr',
        cpr: '030218-4321',
        source: 'police',
        reporterName: 'Betjent Hansen',
        organisation: 'Syd- og Sønderjyllands Politi',
        receivedEarlier: true,
        receivedDate: '09.03.2026',
        receivedTime: '22.15',
        acute: 'yes',
      },
      'key12345',
    );
    expect(body).toMatchObject({
      child: { cpr: '030218-4321' },
      reporter: {
        kind: 'professional',
        name: 'Betjent Hansen',
        organisation: 'Syd- og Sønderjyllands Politi',
      },
      receivedAt: '2026-03-09T22:15:00.000+01:00',
      acute: true,
    });
  });
});
