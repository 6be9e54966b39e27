import { describe, expect, it } from 'vitest';
import { DEFAULT_NON_WORKING_DAYS, easterSunday, holidayOn, holidaysOf } from './holidays.ts';
import { addCalendarDays } from './zone.ts';

// Written by hand from published church calendars, not computed: the algorithm must agree.
const EASTER_SUNDAYS: Record<number, string> = {
  2020: '2020-04-12',
  2021: '2021-04-04',
  2022: '2022-04-17',
  2023: '2023-04-09',
  2024: '2024-03-31',
  2025: '2025-04-20',
  2026: '2026-04-05',
  2027: '2027-03-28',
  2028: '2028-04-16',
  2029: '2029-04-01',
  2030: '2030-04-21',
  2031: '2031-04-13',
  2032: '2032-03-28',
  2033: '2033-04-17',
  2034: '2034-04-09',
  2035: '2035-03-25',
  2036: '2036-04-13',
  2037: '2037-04-05',
  2038: '2038-04-25',
  2039: '2039-04-10',
  2040: '2040-04-01',
};

const ALL_OPTIONAL = { constitutionDay: true, christmasEve: true, newYearsEve: true };

describe('Danish public holidays', () => {
  it.each(Object.entries(EASTER_SUNDAYS))('finds Easter Sunday %s on %s', (year, date) => {
    expect(easterSunday(Number(year))).toBe(date);
  });

  it.each(Object.entries(EASTER_SUNDAYS))('lists the holidays of %s from the table', (yearText, easter) => {
    const year = Number(yearText);
    const expected = [
      [`${year}-01-01`, 'Nytårsdag'],
      [addCalendarDays(easter, -3), 'Skærtorsdag'],
      [addCalendarDays(easter, -2), 'Langfredag'],
      [easter, 'Påskedag'],
      [addCalendarDays(easter, 1), '2. påskedag'],
      ...(year <= 2023 ? [[addCalendarDays(easter, 26), 'Store bededag']] : []),
      [addCalendarDays(easter, 39), 'Kristi himmelfartsdag'],
      [addCalendarDays(easter, 49), 'Pinsedag'],
      [addCalendarDays(easter, 50), '2. pinsedag'],
      [`${year}-12-25`, 'Juledag'],
      [`${year}-12-26`, '2. juledag'],
    ].sort(([a], [b]) => ((a as string) < (b as string) ? -1 : 1));
    expect(holidaysOf(year).map((h) => [h.date, h.name])).toEqual(expected);
  });

  it('knows 2023 in full, the last year with Store Bededag', () => {
    expect(holidaysOf(2023).map((h) => h.date)).toEqual([
      '2023-01-01',
      '2023-04-06',
      '2023-04-07',
      '2023-04-09',
      '2023-04-10',
      '2023-05-05',
      '2023-05-18',
      '2023-05-28',
      '2023-05-29',
      '2023-12-25',
      '2023-12-26',
    ]);
  });

  it('has no Store Bededag from 2024 (26 April 2024 is an ordinary Friday)', () => {
    expect(holidayOn('2024-04-26')).toBeUndefined();
    expect(holidaysOf(2024).some((h) => h.id === 'great_prayer_day')).toBe(false);
  });

  it('counts 5 June, 24 and 31 December only when the municipality says so', () => {
    for (const date of ['2026-06-05', '2026-12-24', '2026-12-31']) {
      expect(holidayOn(date, DEFAULT_NON_WORKING_DAYS)).toBeUndefined();
      expect(holidayOn(date, ALL_OPTIONAL)?.statutory).toBe(false);
    }
    expect(holidayOn('2026-06-05', { ...DEFAULT_NON_WORKING_DAYS, constitutionDay: true })?.name).toBe(
      'Grundlovsdag',
    );
    expect(holidayOn('2026-12-24', { ...DEFAULT_NON_WORKING_DAYS, constitutionDay: true })).toBeUndefined();
  });

  it('refuses years before the Gregorian calendar', () => {
    expect(() => easterSunday(1500)).toThrow(RangeError);
  });
});
