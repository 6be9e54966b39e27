import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCalendarDays, formatDate, parseDate } from '../calendar/zone.ts';
import { anyDate, lastSunday } from './arbitraries.testing.ts';
import { addCalendarMonths, addWeeks, birthdayAt, daysInMonth, monthsBetween } from './months.ts';

const months = fc.integer({ min: -240, max: 240 });

describe('addCalendarMonths', () => {
  it.each([
    ['2026-01-31', 1, '2026-02-28'],
    ['2028-01-31', 1, '2028-02-29'],
    ['2026-08-31', 3, '2026-11-30'],
    ['2026-11-30', 3, '2027-02-28'],
    ['2026-03-31', -1, '2026-02-28'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2024-02-29', 48, '2028-02-29'],
    ['2026-01-15', -13, '2024-12-15'],
    ['2026-12-15', 1, '2027-01-15'],
    ['2026-03-29', 3, '2026-06-29'], // a spring-change Sunday is an ordinary date
    ['2026-10-25', 0, '2026-10-25'],
  ])('%s + %i months = %s', (date, n, expected) => {
    expect(addCalendarMonths(date, n)).toBe(expected);
  });

  it('rejects a fractional month and an impossible date', () => {
    expect(() => addCalendarMonths('2026-01-01', 1.5)).toThrow(RangeError);
    expect(() => addCalendarMonths('2026-02-30', 1)).toThrow(RangeError);
  });

  it('never gives a later day of month, and the month difference is exact', () => {
    fc.assert(
      fc.property(anyDate, months, (date, n) => {
        const result = addCalendarMonths(date, n);
        const [, , d] = parseDate(date);
        const [ry, rm, rd] = parseDate(result);
        expect(rd).toBeLessThanOrEqual(d);
        expect(monthsBetween(date, result)).toBe(n);
        // Clamped only when the month is too short: otherwise the same day.
        expect(rd).toBe(Math.min(d, daysInMonth(ry, rm)));
      }),
      { numRuns: 2000 },
    );
  });

  it('is monotonic: a ≤ b ⇒ a + n ≤ b + n', () => {
    fc.assert(
      fc.property(anyDate, anyDate, months, (x, y, n) => {
        const [a, b] = x <= y ? [x, y] : [y, x];
        expect(addCalendarMonths(a, n) <= addCalendarMonths(b, n)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('treats the daylight-saving Sundays and their neighbours like any other day', () => {
    // Reference: year/month index arithmetic, day clamped; no Date object, no clock at all.
    const reference = (date: string, n: number) => {
      const [y, m, d] = parseDate(date);
      const index = y * 12 + m - 1 + n;
      const ty = Math.floor(index / 12);
      const tm = index - ty * 12 + 1;
      return formatDate(ty, tm, Math.min(d, daysInMonth(ty, tm)));
    };
    fc.assert(
      fc.property(
        fc.integer({ min: 1990, max: 2060 }),
        fc.constantFrom(2, 9),
        fc.integer({ min: -1, max: 1 }),
        months,
        (y, m, shift, n) => {
          const date = addCalendarDays(lastSunday(y, m), shift);
          expect(addCalendarMonths(date, n)).toBe(reference(date, n));
        },
      ),
    );
  });
});

describe('addWeeks', () => {
  it('steps 7 calendar days per week, across the daylight-saving changes too', () => {
    expect(addWeeks('2026-03-22', 1)).toBe('2026-03-29');
    expect(addWeeks('2026-10-25', 6)).toBe('2026-12-06');
    expect(addWeeks('2026-01-05', -2)).toBe('2025-12-22');
    fc.assert(
      fc.property(anyDate, fc.integer({ min: -520, max: 520 }), (date, w) => {
        expect(addWeeks(date, w)).toBe(addCalendarDays(date, 7 * w));
        expect(addWeeks(addWeeks(date, w), -w)).toBe(date);
      }),
    );
  });
});

describe('birthdayAt', () => {
  it('gives the birthday, 29 February clamped to 28 February in a common year', () => {
    expect(birthdayAt('2010-05-17', 16)).toBe('2026-05-17');
    expect(birthdayAt('2008-02-29', 18)).toBe('2026-02-28');
    expect(birthdayAt('2008-02-29', 16)).toBe('2024-02-29');
  });
});
