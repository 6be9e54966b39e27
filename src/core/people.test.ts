import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { todayInCopenhagen } from './calendar/zone.ts';
import { ageOn } from './people.ts';

describe('ageOn', () => {
  it('counts whole years', () => {
    expect(ageOn('2010-06-15', '2026-06-14')).toBe(15);
    expect(ageOn('2010-06-15', '2026-06-15')).toBe(16);
    expect(ageOn('2012-02-29', '2026-02-28')).toBe(13);
    expect(ageOn('2012-02-29', '2026-03-01')).toBe(14);
  });

  it('never decreases as time passes', () => {
    const day = 86_400_000;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20_000 }), fc.integer({ min: 0, max: 10_000 }), (b, d) => {
        const birth = new Date(Date.UTC(1990, 0, 1) + b * day).toISOString().slice(0, 10);
        const t1 = new Date(Date.UTC(1990, 0, 1) + (b + d) * day).toISOString().slice(0, 10);
        const t2 = new Date(Date.UTC(1990, 0, 1) + (b + d + 1) * day).toISOString().slice(0, 10);
        expect(ageOn(birth, t2)).toBeGreaterThanOrEqual(ageOn(birth, t1));
        expect(ageOn(birth, t1)).toBeGreaterThanOrEqual(0);
      }),
    );
  });
});

describe('todayInCopenhagen', () => {
  it('uses Danish local time, not UTC', () => {
    expect(todayInCopenhagen(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
    expect(todayInCopenhagen(new Date('2026-12-31T22:59:00Z'))).toBe('2026-12-31');
    expect(todayInCopenhagen(new Date('2026-12-31T23:00:00Z'))).toBe('2027-01-01');
  });
});
