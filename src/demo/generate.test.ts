import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCpr } from '../core/cpr.ts';
import { DEMO_CATALOG } from './catalog/catalog.ts';
import { CprRegistry } from './context.ts';
import { ageOn, birthDateForAge, toDate } from './dates.ts';
import { generateDemo } from './generate.ts';
import { Random } from './random.ts';

const input = { seed: 2026, today: '2026-03-15', code: 'demo', name: 'Demo Kommune' };
const demo = generateDemo(input);

describe('generateDemo', () => {
  it('is deterministic: the same input gives byte-identical output', () => {
    expect(JSON.stringify(generateDemo(input))).toBe(JSON.stringify(demo));
  });

  it('differs with another seed', () => {
    const other = generateDemo({ ...input, seed: 2027 });
    expect(other.child[0]?.id).not.toBe(demo.child[0]?.id);
    expect(other.child.map((c) => c.first_name)).not.toEqual(demo.child.map((c) => c.first_name));
  });

  it('keeps the people but changes every id under another code', () => {
    const other = generateDemo({ ...input, code: 'demo-b' });
    expect(other.child.map((c) => c.cpr)).toEqual(demo.child.map((c) => c.cpr));
    expect(other.municipality[0]?.id).not.toBe(demo.municipality[0]?.id);
    const ids = new Set(demo.child.map((c) => c.id));
    expect(other.child.some((c) => ids.has(c.id))).toBe(false);
  });

  it('rejects a malformed day', () => {
    expect(() => generateDemo({ ...input, today: '2026-02-30' })).toThrow(/YYYY-MM-DD/);
  });
});

describe('the demo catalog in Demo Kommune', () => {
  it('has at least 40 offers over all six steps, as rows with ids from the id stream', () => {
    expect(demo.offer.length).toBeGreaterThanOrEqual(40);
    expect(demo.offer).toHaveLength(DEMO_CATALOG.length);
    expect(new Set(demo.offer.map((o) => o.step_position))).toEqual(new Set([1, 2, 3, 4, 5, 6]));
    expect(new Set(demo.offer.map((o) => o.name)).size).toBe(demo.offer.length);
    expect(new Set(demo.offer.map((o) => o.id)).size).toBe(demo.offer.length);
    expect(demo.offer.every((o) => o.municipality_id === demo.municipality[0]?.id)).toBe(true);
  });

  it('keeps every other id when the catalog is added last to the id stream', () => {
    const ids = new Set([...demo.child.map((c) => c.id), ...demo.cases.map((c) => c.id)]);
    expect(demo.offer.some((o) => ids.has(o.id))).toBe(false);
  });
});

describe('demo building blocks', () => {
  it('birthDateForAge gives exactly that age, across leap days', () => {
    const day = fc.integer({ min: 18_000, max: 24_000 }).map(toDate);
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 90 }), fc.integer(), (today, age, seed) => {
        const birth = birthDateForAge(new Random(String(seed)), today, age);
        return ageOn(birth, today) === age;
      }),
    );
    expect(ageOn(birthDateForAge(new Random('x'), '2028-02-29', 1), '2028-02-29')).toBe(1);
  });

  it('CprRegistry hands out unique valid replacement numbers for one day', () => {
    fc.assert(
      fc.property(fc.integer({ min: -20_000, max: 20_000 }).map(toDate), (birthDate) => {
        const registry = new CprRegistry();
        const numbers = [
          ...Array.from({ length: 500 }, () => registry.next(birthDate, 'female')),
          ...Array.from({ length: 500 }, () => registry.next(birthDate, 'male')),
        ];
        return (
          new Set(numbers).size === 1000 &&
          numbers.every((n) => parseCpr(n)?.birthDate === birthDate && parseCpr(n)?.replacement)
        );
      }),
      { numRuns: 30 },
    );
  });
});
