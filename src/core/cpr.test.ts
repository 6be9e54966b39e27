import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCpr, isValidCpr, maskCpr, parseCpr, replacementCpr } from './cpr.ts';

describe('CPR', () => {
  it('accepts a number without modulus-11 and with or without the dash', () => {
    expect(parseCpr('010203-4005')?.birthDate).toBe('2003-02-01');
    expect(parseCpr('0102034005')?.digits).toBe('0102034005');
  });

  it('reads the century from the 7th digit', () => {
    expect(parseCpr('010190-1234')?.birthDate).toBe('1990-01-01');
    expect(parseCpr('010110-4234')?.birthDate).toBe('2010-01-01');
    expect(parseCpr('010150-4234')?.birthDate).toBe('1950-01-01');
    expect(parseCpr('010120-5234')?.birthDate).toBe('2020-01-01');
    expect(parseCpr('010170-5234')?.birthDate).toBe('1870-01-01');
  });

  it('accepts replacement numbers (day + 60)', () => {
    const info = parseCpr('610115-4321');
    expect(info).toEqual({ digits: '6101154321', birthDate: '2015-01-01', replacement: true });
  });

  it('rejects impossible dates and malformed input', () => {
    for (const bad of [
      '310215-4000',
      '290223-4000',
      '000115-4000',
      '011315-4000',
      '920115-4000',
      '12345',
      '01011a-4000',
      '',
    ]) {
      expect(isValidCpr(bad), bad).toBe(false);
    }
    expect(isValidCpr('290224-4000')).toBe(true);
  });

  it('formats and masks', () => {
    expect(formatCpr('6101154321')).toBe('610115-4321');
    expect(maskCpr('6101154321')).toBe('610115-••••');
  });

  it('makes a valid replacement number for every birth date 1940-2036', () => {
    const day = 24 * 3600 * 1000;
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1940, 0, 1) / day, max: Date.UTC(2036, 11, 31) / day }),
        fc.nat(9999),
        (days, serial) => {
          const birthDate = new Date(days * day).toISOString().slice(0, 10);
          const cpr = replacementCpr(birthDate, serial);
          const info = parseCpr(cpr);
          expect(info).toEqual({ digits: cpr, birthDate, replacement: true });
        },
      ),
    );
  });
});
