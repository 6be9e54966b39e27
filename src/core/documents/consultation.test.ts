import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isWorkingDay } from '../calendar/working-days.ts';
import { addCalendarDays, copenhagenDateOf, copenhagenInstant } from '../calendar/zone.ts';
import {
  consultationEndsAt,
  consultationLastDay,
  consultationRuleProblem,
  mayDecideAfterConsultation,
} from './consultation.ts';

const at = (iso: string) => new Date(iso);

describe('the consultation deadline (partshøring)', () => {
  it('is 14 calendar days from the Copenhagen day it is sent, the day itself not counted', () => {
    // Tuesday 2 March 2027, 10:00 in Copenhagen → Tuesday 16 March.
    expect(consultationLastDay(at('2027-03-02T09:00:00Z'))).toBe('2027-03-16');
  });
  it("counts from Copenhagen's day, not UTC's: 23:30 UTC on 1 March is already 2 March", () => {
    expect(consultationLastDay(at('2027-03-01T23:30:00Z'))).toBe('2027-03-16');
  });
  it('moves a deadline on a weekend or a public holiday to the next working day', () => {
    // Sent Thursday 11 March 2027 → 25 March is Maundy Thursday, 26 Good Friday, 27–28 the
    // weekend, 29 Easter Monday: the next working day is Tuesday 30 March.
    expect(consultationLastDay(at('2027-03-11T10:00:00Z'))).toBe('2027-03-30');
  });
  it('counts working days when the municipality says so', () => {
    // Friday 18 December 2026 + 5 working days: 21, 22, 23, 24, (25–27: Christmas and Sunday) 28.
    const rule = { days: 5, unit: 'working_days' as const };
    expect(consultationLastDay(at('2026-12-18T10:00:00Z'), rule)).toBe('2026-12-28');
    // A municipality closed on Christmas Eve gives one more day.
    const closed = { constitutionDay: false, christmasEve: true, newYearsEve: false };
    expect(consultationLastDay(at('2026-12-18T10:00:00Z'), rule, closed)).toBe('2026-12-29');
  });
  it('ends at the Copenhagen midnight after its last day, also across the change to summer time', () => {
    // Summer time begins 28 March 2027: the day before has 24 hours, the 28th has 23.
    expect(consultationEndsAt('2027-03-27').toISOString()).toBe('2027-03-27T23:00:00.000Z');
    expect(consultationEndsAt('2027-03-28').toISOString()).toBe('2027-03-28T22:00:00.000Z');
    expect(consultationEndsAt('2027-10-30').toISOString()).toBe('2027-10-30T22:00:00.000Z');
    expect(consultationEndsAt('2027-10-31').toISOString()).toBe('2027-10-31T23:00:00.000Z');
  });
  it('always ends on a working day at least the rule’s days after sending (property)', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2025-01-01'), max: new Date('2032-12-31'), noInvalidDate: true }),
        fc.integer({ min: 1, max: 60 }),
        fc.constantFrom('calendar_days' as const, 'working_days' as const),
        (sent, days, unit) => {
          const last = consultationLastDay(sent, { days, unit });
          const sentOn = copenhagenDateOf(sent);
          expect(isWorkingDay(last)).toBe(true);
          expect(last >= addCalendarDays(sentOn, days)).toBe(true);
          expect(consultationEndsAt(last).getTime()).toBe(
            copenhagenInstant(addCalendarDays(last, 1)).getTime(),
          );
        },
      ),
    );
  });
  it('refuses rules outside 1–60 days', () => {
    expect(consultationRuleProblem({ days: 0, unit: 'calendar_days' })).toMatch(/1 til 60/);
    expect(consultationRuleProblem({ days: 14, unit: 'calendar_days' })).toBeNull();
  });
});

describe('a decision after a consultation', () => {
  const consultation = { parties: ['Mor', 'Far'], lastDay: '2027-03-16' };
  it('is refused before the deadline while a party has neither replied nor waived', () => {
    const r = mayDecideAfterConsultation(
      consultation,
      [{ party: 'Mor', kind: 'reply' }],
      at('2027-03-16T22:59:59Z'),
    );
    expect(r).toEqual({ allowed: false, message: expect.stringContaining('Far') });
    if (!r.allowed) expect(r.message).toContain('16.03.2027');
  });
  it('is allowed from the first instant after the last day', () => {
    expect(mayDecideAfterConsultation(consultation, [], at('2027-03-16T23:00:00Z'))).toEqual({
      allowed: true,
      because: 'deadline_passed',
    });
  });
  it('is allowed before the deadline when every party replied or waived', () => {
    const answers = [
      { party: 'Mor', kind: 'reply' as const },
      { party: 'Far', kind: 'waiver' as const },
    ];
    expect(mayDecideAfterConsultation(consultation, answers, at('2027-03-05T10:00:00Z'))).toEqual({
      allowed: true,
      because: 'every_party_answered',
    });
  });
});
