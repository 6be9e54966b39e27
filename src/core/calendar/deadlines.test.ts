import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { receiptDueAt, screeningDueAt } from './deadlines.ts';
import { holidayOn } from './holidays.ts';
import { deadlineState, formatTimeLeft } from './time-left.ts';
import { addWorkingDays, isWorkingDay, workingDaysBetween } from './working-days.ts';
import {
  addCalendarDays,
  copenhagenDateOf,
  copenhagenInstant,
  copenhagenIso,
  copenhagenOffsetMs,
  weekdayOf,
} from './zone.ts';

const FROM = Date.UTC(2020, 0, 1);
const TO = Date.UTC(2041, 0, 1) - 1;
const HOUR = 3_600_000;

// Any instant 2020–2040, with the hours around every daylight-saving change drawn often:
// the last Sundays of March and October, 00:00–04:00 UTC.
const dstNight = fc
  .tuple(
    fc.integer({ min: 2020, max: 2040 }),
    fc.constantFrom(2, 9),
    fc.integer({ min: 0, max: 4 * HOUR - 1 }),
  )
  .map(([year, month, ms]) => {
    const lastDay = new Date(Date.UTC(year, month + 1, 0));
    const lastSunday = lastDay.getUTCDate() - lastDay.getUTCDay();
    return new Date(Date.UTC(year, month, lastSunday) - HOUR + ms);
  });
const anyInstant = fc.oneof(
  fc.integer({ min: FROM, max: TO }).map((t) => new Date(t)),
  dstNight,
);

const settingsArb = fc.record({
  constitutionDay: fc.boolean(),
  christmasEve: fc.boolean(),
  newYearsEve: fc.boolean(),
});

describe('screeningDueAt (rule screening-24h)', () => {
  it('is exactly 24 real hours after receipt, daylight-saving nights included', () => {
    fc.assert(
      fc.property(anyInstant, (receivedAt) => {
        expect(screeningDueAt(receivedAt).getTime() - receivedAt.getTime()).toBe(24 * HOUR);
      }),
      { numRuns: 2000 },
    );
  });

  it('shows 03:30 the next wall-clock day across the spring change (clocks jump an hour)', () => {
    const received = new Date('2026-03-28T02:30:00+01:00');
    expect(screeningDueAt(received).toISOString()).toBe('2026-03-29T01:30:00.000Z'); // 03:30 CEST
  });
});

describe('receiptDueAt (rule receipt-6d)', () => {
  it('ends a working day at 23:59:59.999 Copenhagen, six working days after the day of receipt', () => {
    fc.assert(
      fc.property(anyInstant, settingsArb, (receivedAt, settings) => {
        const due = receiptDueAt(receivedAt, settings);
        const dueOn = copenhagenDateOf(due);
        const receivedOn = copenhagenDateOf(receivedAt);
        expect(isWorkingDay(dueOn, settings)).toBe(true);
        expect([0, 6]).not.toContain(weekdayOf(dueOn));
        expect(holidayOn(dueOn, settings)).toBeUndefined();
        expect(workingDaysBetween(receivedOn, dueOn, settings)).toBe(6);
        // Exactly six: the day before the deadline still had only five behind it.
        expect(workingDaysBetween(receivedOn, addCalendarDays(dueOn, -1), settings)).toBe(5);
        // The last millisecond of that day: one more and it is the next date.
        expect(copenhagenDateOf(new Date(due.getTime() + 1))).toBe(addCalendarDays(dueOn, 1));
        expect(due.getTime()).toBeGreaterThan(receivedAt.getTime());
      }),
      { numRuns: 1000 },
    );
  });

  it.each([
    // Monday → the Tuesday after; winter offset.
    ['2026-03-02T09:00:00+01:00', '2026-03-10T23:59:59.999+01:00'],
    // Received late on a Friday evening Copenhagen time (already Friday in UTC too) → Monday+5.
    ['2026-03-06T23:30:00+01:00', '2026-03-16T23:59:59.999+01:00'],
    // Sunday 00:30 Copenhagen is still Saturday in UTC: the Copenhagen date decides.
    ['2026-03-08T00:30:00+01:00', '2026-03-16T23:59:59.999+01:00'],
    // Across the spring change, due in summer time; Easter 2026 (2, 3 and 6 April) skipped.
    ['2026-03-27T10:00:00+01:00', '2026-04-09T23:59:59.999+02:00'],
    // Easter 2026: Skærtorsdag 2 Apr, Langfredag 3 Apr, 2. påskedag 6 Apr skipped.
    ['2026-04-01T12:00:00+02:00', '2026-04-14T23:59:59.999+02:00'],
    // Christmas 2026 with the default settings: 24 and 31 December are working days.
    ['2026-12-22T12:00:00+01:00', '2026-12-31T23:59:59.999+01:00'],
    // Ascension Day 2026 (14 May) skipped.
    ['2026-05-11T08:00:00+02:00', '2026-05-20T23:59:59.999+02:00'],
  ])('received %s is due %s', (received, due) => {
    expect(receiptDueAt(new Date(received)).getTime()).toBe(new Date(due).getTime());
  });

  it('moves later when the municipality closes 24 and 31 December', () => {
    const received = new Date('2026-12-22T12:00:00+01:00');
    const settings = { constitutionDay: false, christmasEve: true, newYearsEve: true };
    expect(receiptDueAt(received, settings).getTime()).toBe(
      new Date('2027-01-05T23:59:59.999+01:00').getTime(),
    );
  });
});

describe('working days', () => {
  it('does not count the start date, even when it is a working day', () => {
    expect(addWorkingDays('2026-03-02', 1)).toBe('2026-03-03');
    expect(addWorkingDays('2026-03-07', 1)).toBe('2026-03-09');
    expect(addWorkingDays('2026-03-07', 0)).toBe('2026-03-07');
    expect(() => addWorkingDays('2026-03-07', -1)).toThrow(RangeError);
    expect(() => addWorkingDays('2026-02-30', 1)).toThrow(RangeError);
  });
});

describe('Copenhagen wall clock', () => {
  it('maps every Copenhagen date and time back to itself', () => {
    fc.assert(
      fc.property(fc.integer({ min: FROM, max: TO }), (t) => {
        const date = copenhagenDateOf(new Date(t));
        const end = copenhagenInstant(date, 23, 59, 59, 999);
        expect(copenhagenDateOf(end)).toBe(date);
        expect([3_600_000, 7_200_000]).toContain(copenhagenOffsetMs(end));
      }),
    );
  });
});

describe('time left in Danish', () => {
  const now = new Date('2026-03-02T09:00:00Z');
  const at = (ms: number) => new Date(now.getTime() + ms);
  it.each([
    [3 * HOUR + 59 * 60_000, 'om 3 t'],
    [45 * 60_000, 'om 45 min'],
    [0, 'om 0 min'],
    [30 * HOUR, 'om 30 t'],
    [50 * HOUR, 'om 2 dage'],
    [-2 * 24 * HOUR - 5, '2 dage over fristen'],
    [-5 * HOUR, '5 t over fristen'],
    [-90_000, '1 min over fristen'],
  ])('%i ms left reads "%s"', (ms, text) => {
    expect(formatTimeLeft(at(ms), now)).toBe(text);
  });

  it('marks overdue, due within 24 hours and on track', () => {
    expect(deadlineState(at(-1), now)).toBe('overdue');
    expect(deadlineState(at(24 * HOUR), now)).toBe('due_soon');
    expect(deadlineState(at(24 * HOUR + 1), now)).toBe('on_track');
  });
});

describe('copenhagenIso', () => {
  it('writes the instant with the offset in force, and parses back to the same instant', () => {
    expect(copenhagenIso(new Date('2026-03-02T08:00:00Z'))).toBe('2026-03-02T09:00:00.000+01:00');
    expect(copenhagenIso(new Date('2026-07-01T22:30:00Z'))).toBe('2026-07-02T00:30:00.000+02:00');
    fc.assert(
      fc.property(anyInstant, (at) => {
        expect(new Date(copenhagenIso(at)).getTime()).toBe(at.getTime());
      }),
    );
  });
});
