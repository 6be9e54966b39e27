/**
 * fast-check generators shared by the casework property tests (test-only; nothing in the
 * application imports this file).
 */
import fc from 'fast-check';
import { addCalendarDays, formatDate } from '../calendar/zone.ts';
import { daysInMonth } from './months.ts';

/** Last Sunday of March (monthIndex 2) or October (9): the daylight-saving change days. */
export function lastSunday(year: number, monthIndex: number): string {
  const last = new Date(Date.UTC(year, monthIndex + 1, 0));
  return formatDate(year, monthIndex + 1, last.getUTCDate() - last.getUTCDay());
}

const plainDate = fc
  .integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2060, 11, 31) })
  .map((t) => new Date(t).toISOString().slice(0, 10));
const monthEnd = fc
  .tuple(fc.integer({ min: 1990, max: 2060 }), fc.integer({ min: 1, max: 12 }))
  .map(([y, m]) => formatDate(y, m, daysInMonth(y, m)));
const leapDay = fc.integer({ min: 498, max: 515 }).map((q) => formatDate(q * 4, 2, 29));
const dstDay = fc
  .tuple(fc.integer({ min: 1990, max: 2060 }), fc.constantFrom(2, 9), fc.integer({ min: -1, max: 1 }))
  .map(([y, m, shift]) => addCalendarDays(lastSunday(y, m), shift));

/** Any date 1990–2060, with month ends, 29 February and the daylight-saving Sundays drawn often. */
export const anyDate = fc.oneof(plainDate, monthEnd, leapDay, dstDay);
