import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { generateDemo } from './generate.ts';

/**
 * The fingerprint of Demo Kommune: SHA-256 of the generated rows as JSON, for two seeds. A change
 * to the generator that is meant to change the data updates these on purpose (say why in the
 * commit); a refactoring must leave them as they are — byte-identical rows in the same order.
 */
const FINGERPRINTS: Record<number, string> = {
  2026: 'f22efabc8d1c923cc35cff9bb0582ec90af8b6a9d71113a255101aa2a4bd5ddb',
  2027: '4795ee3dbf530054d75c41b15a9a3559ef57ee566f992872413f7d02f02d331d',
};

describe('Demo Kommune fingerprint', () => {
  it.each(Object.keys(FINGERPRINTS).map(Number))('seed %i generates the recorded data', (seed) => {
    const data = generateDemo({ seed, today: '2026-03-15', code: 'demo', name: 'Demo Kommune' });
    expect(createHash('sha256').update(JSON.stringify(data)).digest('hex')).toBe(FINGERPRINTS[seed]);
  });
});
