import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { generateDemo } from './generate.ts';

/**
 * The fingerprint of Demo Kommune: SHA-256 of the generated rows as JSON, for two seeds. A change
 * to the generator that is meant to change the data updates these on purpose (say why in the
 * commit); a refactoring must leave them as they are — byte-identical rows in the same order.
 */
const FINGERPRINTS: Record<number, string> = {
  2026: 'ad297bcfc273237465190e5bc74a7d3432a33433e06554b70f6dde26cdad04a7',
  2027: '26babb0f3eb57c558f2d301f067cf5bf9e203711658a6f2c35e74b7c506a382e',
};

describe('Demo Kommune fingerprint', () => {
  it.each(Object.keys(FINGERPRINTS).map(Number))('seed %i generates the recorded data', (seed) => {
    const data = generateDemo({ seed, today: '2026-03-15', code: 'demo', name: 'Demo Kommune' });
    expect(createHash('sha256').update(JSON.stringify(data)).digest('hex')).toBe(FINGERPRINTS[seed]);
  });
});
