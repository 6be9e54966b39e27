import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { holidayOn } from '../calendar/holidays.ts';
import { isWorkingDay } from '../calendar/working-days.ts';
import { addCalendarDays, weekdayOf } from '../calendar/zone.ts';
import { anyDate } from '../casework/arbitraries.testing.ts';
import { daysBetween } from '../detection/dates.ts';
import {
  describeRhythm,
  type MeetingRhythm,
  meetingsBetween,
  nextMeeting,
  nextMeetings,
  rhythmProblem,
  type Weekday,
} from './rhythm.ts';

const everySecondTuesday: MeetingRhythm = { kind: 'weekly', weekday: 2, everyWeeks: 2, from: '2026-01-06' };
const weekly = (weekday: Weekday, from = '2026-01-01'): MeetingRhythm => ({
  kind: 'weekly',
  weekday,
  everyWeeks: 1,
  from,
});

describe('a weekly rhythm', () => {
  it('gives every second Tuesday from the start date', () => {
    expect(nextMeetings(everySecondTuesday, '2026-01-06', 3)).toEqual([
      '2026-01-06',
      '2026-01-20',
      '2026-02-03',
    ]);
    expect(nextMeetings(everySecondTuesday, '2026-01-07', 3)).toEqual([
      '2026-01-20',
      '2026-02-03',
      '2026-02-17',
    ]);
    // The Tuesday in between is no meeting.
    expect(nextMeeting(everySecondTuesday, '2026-01-13')).toBe('2026-01-20');
  });

  it('starts on the first such weekday on or after a start date that is another weekday', () => {
    expect(nextMeeting({ ...everySecondTuesday, from: '2026-01-07' }, '2025-12-01')).toBe('2026-01-13');
  });

  it('moves a meeting on a public holiday to the next working day', () => {
    // Easter Monday 2026-04-06 → Tuesday.
    expect(nextMeetings(weekly(1), '2026-04-01', 3)).toEqual(['2026-04-07', '2026-04-13', '2026-04-20']);
    // Maundy Thursday 2026-04-02: Good Friday, the weekend and Easter Monday follow → Tuesday.
    expect(nextMeetings(weekly(4), '2026-04-01', 2)).toEqual(['2026-04-07', '2026-04-09']);
    // Asked for after the planned holiday but before the day it moved to: the moved meeting counts.
    expect(nextMeeting(weekly(4), '2026-04-04')).toBe('2026-04-07');
    // Ascension Day 2026-05-14 → Friday.
    expect(nextMeeting(weekly(4), '2026-05-12')).toBe('2026-05-15');
  });

  it('follows the municipality’s closed days and the abolished Store Bededag', () => {
    const thursday = weekly(4, '2026-12-01');
    expect(nextMeeting(thursday, '2026-12-22')).toBe('2026-12-24');
    expect(
      nextMeeting(thursday, '2026-12-22', { constitutionDay: false, christmasEve: true, newYearsEve: false }),
    ).toBe('2026-12-28');
    expect(nextMeeting(weekly(5, '2023-01-01'), '2023-05-05')).toBe('2023-05-08');
    expect(nextMeeting(weekly(5, '2024-01-01'), '2024-04-26')).toBe('2024-04-26');
  });
});

describe('a monthly rhythm', () => {
  it('gives the first Monday of every month, Easter Monday moved', () => {
    const firstMonday: MeetingRhythm = { kind: 'monthly', weekday: 1, nth: 1, from: '2026-01-01' };
    expect(nextMeetings(firstMonday, '2026-01-01', 5)).toEqual([
      '2026-01-05',
      '2026-02-02',
      '2026-03-02',
      '2026-04-07',
      '2026-05-04',
    ]);
  });

  it('gives the last Friday, Christmas Day moved past the weekend', () => {
    const lastFriday: MeetingRhythm = { kind: 'monthly', weekday: 5, nth: 'last', from: '2026-01-01' };
    expect(nextMeetings(lastFriday, '2026-11-01', 3)).toEqual(['2026-11-27', '2026-12-28', '2027-01-29']);
  });

  it('handles February of a leap year and never gives a date before the start', () => {
    const lastTuesday: MeetingRhythm = { kind: 'monthly', weekday: 2, nth: 'last', from: '2028-02-15' };
    expect(nextMeetings(lastTuesday, '2028-01-01', 2)).toEqual(['2028-02-29', '2028-03-28']);
    const fourthTuesday: MeetingRhythm = { kind: 'monthly', weekday: 2, nth: 4, from: '2028-02-23' };
    expect(nextMeeting(fourthTuesday, '2028-01-01')).toBe('2028-03-28');
  });
});

describe('meetingsBetween', () => {
  it('lists every meeting of a period, both ends included', () => {
    const year = meetingsBetween(everySecondTuesday, '2026-01-01', '2026-12-31');
    expect(year).toHaveLength(26);
    expect(year[0]).toBe('2026-01-06');
    expect(year.at(-1)).toBe('2026-12-22');
    expect(meetingsBetween(everySecondTuesday, '2026-01-20', '2026-01-20')).toEqual(['2026-01-20']);
    expect(meetingsBetween(everySecondTuesday, '2026-02-01', '2026-01-01')).toEqual([]);
  });
});

describe('rhythmProblem and describeRhythm', () => {
  it('names what is wrong in Danish', () => {
    expect(rhythmProblem(everySecondTuesday)).toBeNull();
    expect(rhythmProblem({ ...everySecondTuesday, everyWeeks: 0 })).toMatch(/Antal uger/);
    expect(rhythmProblem({ ...everySecondTuesday, everyWeeks: 1.5 })).toMatch(/Antal uger/);
    expect(rhythmProblem({ ...everySecondTuesday, weekday: 6 as Weekday })).toMatch(/hverdag/);
    expect(rhythmProblem({ ...everySecondTuesday, from: '2026-02-30' })).toMatch(/Startdatoen/);
    expect(rhythmProblem({ kind: 'monthly', weekday: 1, nth: 5 as 1, from: '2026-01-01' })).toMatch(/sidste/);
    expect(() => nextMeetings({ ...everySecondTuesday, everyWeeks: 0 }, '2026-01-01', 1)).toThrow(RangeError);
    expect(() => nextMeetings(everySecondTuesday, '2026-01-01', -1)).toThrow(RangeError);
    expect(nextMeetings(everySecondTuesday, '2026-01-01', 0)).toEqual([]);
  });

  it('says the rhythm as a Danish sentence', () => {
    expect(describeRhythm(everySecondTuesday)).toBe('Hver anden tirsdag fra 06.01.2026');
    expect(describeRhythm(weekly(1))).toBe('Hver mandag fra 01.01.2026');
    expect(describeRhythm({ ...everySecondTuesday, everyWeeks: 3 })).toBe('Hver 3. tirsdag fra 06.01.2026');
    expect(describeRhythm({ kind: 'monthly', weekday: 4, nth: 1, from: '2026-01-01' })).toBe(
      'Den 1. torsdag i hver måned fra 01.01.2026',
    );
    expect(describeRhythm({ kind: 'monthly', weekday: 5, nth: 'last', from: '2026-01-01' })).toBe(
      'Den sidste fredag i hver måned fra 01.01.2026',
    );
  });
});

const weekday = fc.constantFrom<Weekday>(1, 2, 3, 4, 5);
const rhythm: fc.Arbitrary<MeetingRhythm> = fc.oneof(
  fc.record({
    kind: fc.constant('weekly' as const),
    weekday,
    everyWeeks: fc.integer({ min: 1, max: 4 }),
    from: anyDate,
  }),
  fc.record({
    kind: fc.constant('monthly' as const),
    weekday,
    nth: fc.constantFrom<1 | 2 | 3 | 4 | 'last'>(1, 2, 3, 4, 'last'),
    from: anyDate,
  }),
);
const offset = fc.integer({ min: -60, max: 800 });

describe('meeting dates, for any rhythm and day', () => {
  it('are working days on or after the day asked, strictly increasing, never before the start', () => {
    fc.assert(
      fc.property(rhythm, offset, (r, n) => {
        const asked = addCalendarDays(r.from, n);
        const dates = nextMeetings(r, asked, 6);
        expect(dates).toHaveLength(6);
        dates.forEach((d, i) => {
          expect(d >= asked && d >= r.from).toBe(true);
          expect(isWorkingDay(d)).toBe(true);
          if (i > 0) expect(d > (dates[i - 1] as string)).toBe(true);
        });
      }),
      { numRuns: 1000 },
    );
  });

  it('fall on the rhythm’s weekday, or a few days after it when that day was a holiday', () => {
    fc.assert(
      fc.property(rhythm, offset, (r, n) => {
        for (const d of nextMeetings(r, addCalendarDays(r.from, n), 6)) {
          const back = (weekdayOf(d) - r.weekday + 7) % 7;
          if (back > 0) expect(holidayOn(addCalendarDays(d, -back))).toBeDefined();
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('skip no round of a weekly rhythm and agree when asked again from a later day', () => {
    fc.assert(
      fc.property(rhythm, offset, (r, n) => {
        const dates = nextMeetings(r, addCalendarDays(r.from, n), 5);
        const first = dates[0] as string;
        expect(nextMeetings(r, addCalendarDays(first, 1), 4)).toEqual(dates.slice(1));
        if (r.kind !== 'weekly') return;
        for (let i = 1; i < dates.length; i++) {
          const gap = daysBetween(dates[i - 1] as string, dates[i] as string);
          expect(Math.abs(gap - 7 * r.everyWeeks)).toBeLessThan(7);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
