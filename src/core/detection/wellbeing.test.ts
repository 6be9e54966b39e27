import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { batchFingerprint, batchProblems, describeBatchProblem } from './wellbeing.ts';

const group = new Set(['a', 'b', 'c']);

describe('a wellbeing batch', () => {
  it('may cover part of the group', () => {
    expect(batchProblems([{ childId: 'a', color: 'green' }], group)).toEqual([]);
  });

  it('names the children outside the group, twice rated, or noted on green', () => {
    const problems = batchProblems(
      [
        { childId: 'a', color: 'green', note: 'fin' },
        { childId: 'x', color: 'red' },
        { childId: 'b', color: 'yellow', note: 'træt' },
        { childId: 'b', color: 'yellow' },
      ],
      group,
    );
    expect(problems).toEqual([
      { kind: 'outside_group', childIds: ['x'] },
      { kind: 'duplicate', childIds: ['b'] },
      { kind: 'note_on_green', childIds: ['a'] },
    ]);
    for (const p of problems) expect(describeBatchProblem(p)).toMatch(/Intet er gemt/);
  });

  it('has one fingerprint whatever the order of the ratings', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom('a', 'b', 'c', 'd', 'e'), { minLength: 1 }),
        fc.constantFrom('green', 'yellow', 'red' as const),
        (ids, color) => {
          const ratings = ids.map((childId) => ({ childId, color }));
          expect(batchFingerprint('g', [...ratings].reverse())).toBe(batchFingerprint('g', ratings));
          expect(batchFingerprint('h', ratings)).not.toBe(batchFingerprint('g', ratings));
        },
      ),
    );
  });
});
