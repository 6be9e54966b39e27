import { describe, expect, it } from 'vitest';
import { offerAgeFit } from './age-fit.ts';

const teen = { ageMin: 13, ageMax: 17 };

describe('offerAgeFit', () => {
  it('fits inside the range, the birthday itself counted', () => {
    expect(offerAgeFit(teen, '2013-03-04', '2026-03-04', false)).toEqual({
      fits: true,
      age: 13,
      continuation: false,
    });
    expect(offerAgeFit(teen, '2008-03-04', '2026-03-03', false)).toMatchObject({ fits: true, age: 17 });
  });

  it('refuses under the range, naming the range and the age on the start date, continuing or not', () => {
    for (const continuing of [false, true]) {
      expect(offerAgeFit(teen, '2013-03-04', '2026-03-03', continuing)).toEqual({
        fits: false,
        age: 12,
        message: 'Tilbuddet er til børn og unge på 13–17 år, og barnet er 12 år på startdatoen.',
      });
    }
  });

  it('refuses over the range unless a running measure of the offer continues, until the 23rd birthday', () => {
    const over = offerAgeFit(teen, '2008-03-04', '2026-03-04', false);
    expect(over).toMatchObject({ fits: false, age: 18 });
    expect(over.fits || over.message).toMatch(/13–17 år, og barnet er 18 år.*igangværende indsats/);
    expect(offerAgeFit(teen, '2008-03-04', '2026-03-04', true)).toEqual({
      fits: true,
      age: 18,
      continuation: true,
    });
    expect(offerAgeFit(teen, '2003-03-04', '2026-03-03', true)).toMatchObject({ fits: true, age: 22 });
    const turned23 = offerAgeFit(teen, '2003-03-04', '2026-03-04', true);
    expect(turned23).toMatchObject({ fits: false, age: 23 });
    expect(turned23.fits || turned23.message).toMatch(/fyldte 23\. år/);
  });

  it('names a one-year range and a start before birth plainly', () => {
    const r = offerAgeFit({ ageMin: 1, ageMax: 1 }, '2026-05-01', '2026-04-01', false);
    expect(r.fits || r.message).toBe(
      'Tilbuddet er til børn og unge på 1 år, og barnet er 0 år på startdatoen.',
    );
  });
});
