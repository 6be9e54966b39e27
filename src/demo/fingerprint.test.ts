import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { generateDemo } from './generate.ts';

/**
 * The fingerprint of Demo Kommune: SHA-256 of the generated rows as JSON, for two seeds. A change
 * to the generator that is meant to change the data updates these on purpose (say why in the
 * commit); a refactoring must leave them as they are — byte-identical rows in the same order.
 */
const FINGERPRINTS: Record<number, string> = {
  2026: '5725e10040ef326947d0a07b947cc6add0d47c8e3de4aeda36625c938c35fc56',
  2027: 'fbde0ea2e8a76fb9412e3d82fee36977e5b7d8db4116857cd02c0825d390cf56',
};

describe('Demo Kommune fingerprint', () => {
  it.each(Object.keys(FINGERPRINTS).map(Number))('seed %i generates the recorded data', (seed) => {
    const data = generateDemo({ seed, today: '2026-03-15', code: 'demo', name: 'Demo Kommune' });
    expect(createHash('sha256').update(JSON.stringify(data)).digest('hex')).toBe(FINGERPRINTS[seed]);
  });
});
