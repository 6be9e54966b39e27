import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { generateDemo } from './generate.ts';

/**
 * The fingerprint of Demo Kommune: SHA-256 of the generated rows as JSON, for two seeds. A change
 * to the generator that is meant to change the data updates these on purpose (say why in the
 * commit); a refactoring must leave them as they are — byte-identical rows in the same order.
 */
const FINGERPRINTS: Record<number, string> = {
  2026: 'f56e0ccd3ce8f68398c2f78e157bbcd5ea0ec789d542b8845b97ba52f2bb0d0a',
  2027: '7d49654efe7c185e75d10c27ae228f53a06f8313c10053569c2ea629140282aa',
};

describe('Demo Kommune fingerprint', () => {
  it.each(Object.keys(FINGERPRINTS).map(Number))('seed %i generates the recorded data', (seed) => {
    const data = generateDemo({ seed, today: '2026-03-15', code: 'demo', name: 'Demo Kommune' });
    expect(createHash('sha256').update(JSON.stringify(data)).digest('hex')).toBe(FINGERPRINTS[seed]);
  });
});
