import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { generateDemo } from './generate.ts';

/**
 * The fingerprint of Demo Kommune: SHA-256 of the generated rows as JSON, for two seeds. A change
 * to the generator that is meant to change the data updates these on purpose (say why in the
 * commit); a refactoring must leave them as they are — byte-identical rows in the same order.
 */
const FINGERPRINTS: Record<number, string> = {
  2026: 'df00c978405459b3b2e1e3fbdd1335018268b39e3aeef1681fb55064d1eb4135',
  2027: 'b5281367faeec35590a46a6367176de1697de695fb5bfb7641ca644f522add7b',
};

describe('Demo Kommune fingerprint', () => {
  it.each(Object.keys(FINGERPRINTS).map(Number))('seed %i generates the recorded data', (seed) => {
    const data = generateDemo({ seed, today: '2026-03-15', code: 'demo', name: 'Demo Kommune' });
    expect(createHash('sha256').update(JSON.stringify(data)).digest('hex')).toBe(FINGERPRINTS[seed]);
  });
});
