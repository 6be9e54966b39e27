import { describe, expect, it } from 'vitest';
import { parseDanishDate, todayDanish } from './danish-date.ts';

describe('Danish dates typed in a field', () => {
  it('reads dd.mm.åååå and its short forms into YYYY-MM-DD', () => {
    expect(parseDanishDate('05.03.2026')).toBe('2026-03-05');
    expect(parseDanishDate('5.3.2026')).toBe('2026-03-05');
    expect(parseDanishDate(' 29-02-2028 ')).toBe('2028-02-29');
  });

  it('refuses dates that do not exist and other formats', () => {
    expect(parseDanishDate('29.02.2026')).toBeUndefined();
    expect(parseDanishDate('2026-03-05')).toBeUndefined();
    expect(parseDanishDate('')).toBeUndefined();
  });

  it('says today in Copenhagen, also just after midnight there', () => {
    expect(todayDanish(new Date('2026-11-22T23:30:00Z'))).toBe('23.11.2026');
  });
});
