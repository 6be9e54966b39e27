import { describe, expect, it } from 'vitest';
import './common.ts';
import {
  CalendarDate,
  CalendarMonth,
  freeText,
  Id,
  INT4_MAX,
  Instant,
  int4,
  isStorableText,
  Text,
  text,
  Version,
} from './types.ts';

const messages = (r: { error?: { issues: { message: string }[] } }) => r.error?.issues.map((i) => i.message);

describe('the text type', () => {
  it('refuses a NUL byte and lone surrogates, and keeps everything else as written', () => {
    for (const bad of ['\u0000', 'a\u0000b', '\ud800', 'x\udc00y', '\udbff\udbff', '😀\ud83d', '\udc00😀']) {
      expect(isStorableText(bad), JSON.stringify(bad)).toBe(false);
      expect(Text.safeParse(bad).success).toBe(false);
      expect(text(100, 'Noten').safeParse(`ok ${bad}`).success).toBe(false);
      expect(freeText(100).safeParse(bad).success).toBe(false);
    }
    for (const good of ['', 'Ærø', '😀', 'a\u0001b', '\u202eevil', '\ufeff', "'; DROP TABLE child; --"])
      expect(Text.safeParse(good)).toEqual({ success: true, data: good });
    expect(messages(Text.safeParse('\u0000'))).toEqual([
      'Teksten indeholder et tegn, der ikke kan gemmes (et nul-tegn eller ugyldig Unicode).',
    ]);
  });

  it('trims where the field does and keeps free text as written', () => {
    expect(text(10, 'Noten').parse('  hej  ')).toBe('hej');
    expect(messages(text(10, 'Noten').safeParse('   '))).toEqual(['Noten må ikke være tom.']);
    expect(freeText(10).parse('  hej  ')).toBe('  hej  ');
    expect(freeText(10).parse('')).toBe('');
  });
});

describe('the id type', () => {
  it('accepts an id in upper case and gives it in lower case', () => {
    expect(Id.parse('ABCDEF00-0000-4000-8000-00000000000A')).toBe('abcdef00-0000-4000-8000-00000000000a');
    for (const bad of [
      '',
      'nope',
      'abcdef00-0000-4000-8000-00000000000\u0000',
      'abcdef00000040008000000000000000a',
    ])
      expect(messages(Id.safeParse(bad))).toEqual(['Ugyldigt id.']);
  });
});

describe('the date types', () => {
  it('accept real dates from 1900 to 2200 only', () => {
    for (const good of ['1900-01-01', '2024-02-29', '2026-12-31', '2200-12-31'])
      expect(CalendarDate.parse(good)).toBe(good);
    expect(messages(CalendarDate.safeParse('2026-02-30'))).toEqual(['Datoen findes ikke.']);
    expect(messages(CalendarDate.safeParse('2025-02-29'))).toEqual(['Datoen findes ikke.']);
    expect(messages(CalendarDate.safeParse('26-01-01'))).toEqual(['Datoen skal skrives ÅÅÅÅ-MM-DD.']);
    for (const out of ['0000-01-01', '0001-01-01', '1899-12-31', '2201-01-01', '9999-12-31'])
      expect(messages(CalendarDate.safeParse(out))).toEqual(['Årstallet skal være mellem 1900 og 2200.']);
  });

  it('give months and instants the same years', () => {
    expect(CalendarMonth.parse('2026-02')).toBe('2026-02');
    expect(messages(CalendarMonth.safeParse('2026-13'))).toEqual(['Måneden skal skrives ÅÅÅÅ-MM.']);
    expect(messages(CalendarMonth.safeParse('0000-01'))).toEqual([
      'Årstallet skal være mellem 1900 og 2200.',
    ]);
    expect(Instant.parse('2026-06-01T10:00:00+02:00')).toBe('2026-06-01T10:00:00+02:00');
    expect(Instant.safeParse('0000-01-01T00:00:00Z').success).toBe(false);
    expect(Instant.safeParse('9999-12-31T23:59:59Z').success).toBe(false);
    expect(Instant.safeParse('2026-02-30T10:00:00Z').success).toBe(false);
  });
});

describe('whole numbers for integer columns', () => {
  it('stop at 2147483647', () => {
    expect(Version.parse(INT4_MAX)).toBe(INT4_MAX);
    for (const bad of [0, -1, 2 ** 31, 2 ** 53, 1.5, Number.POSITIVE_INFINITY, Number.NaN])
      expect(messages(Version.safeParse(bad))).toEqual([
        'Versionen skal være et helt tal fra 1 til 2147483647.',
      ]);
    expect(int4('Antal', 1, 52).safeParse(53).success).toBe(false);
  });
});
