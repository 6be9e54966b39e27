import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BANDS, bandOf, isLevel, LEVELS } from './scale.ts';

describe('the common scale (Børnelinealen)', () => {
  it('has bands that cover 1–10 exactly once, highest first', () => {
    const covered = BANDS.flatMap((b) => Array.from({ length: b.max - b.min + 1 }, (_, i) => b.min + i));
    expect([...covered].sort((a, b) => a - b)).toEqual([...LEVELS]);
    expect(BANDS[0]?.max).toBe(10);
    expect(BANDS.at(-1)?.min).toBe(1);
  });

  it('describes every band in Danish', () => {
    for (const band of BANDS) {
      expect(band.label.length).toBeGreaterThan(3);
      expect(band.description).toMatch(/barn/i);
    }
  });

  it.each([
    [10, 'thriving'],
    [9, 'thriving'],
    [7, 'attention'],
    [6, 'concern'],
    [5, 'concern'],
    [4, 'serious'],
    [2, 'danger'],
    [1, 'danger'],
  ])('puts level %i in band %s', (level, band) => {
    expect(bandOf(level).id).toBe(band);
  });

  it('refuses anything but a whole number 1–10', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: false }), (value) => {
        if (isLevel(value)) expect(bandOf(value).min).toBeLessThanOrEqual(value);
        else expect(() => bandOf(value)).toThrow(RangeError);
      }),
    );
    expect(() => bandOf(0)).toThrow(RangeError);
    expect(() => bandOf(11)).toThrow(RangeError);
    expect(() => bandOf(5.5)).toThrow(RangeError);
  });
});
