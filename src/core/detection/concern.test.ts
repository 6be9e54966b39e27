import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mayCorrectConcern, mayEditConcern } from './concern.ts';

describe('the concern edit lock', () => {
  it.each([
    ['the author, before anyone acts', 'author', null, true],
    ['the author, after someone acted', 'author', new Date(), false],
    ['someone else, before anyone acts', 'other', null, false],
    ['someone else, after', 'other', new Date(), false],
  ] as const)('lets %s edit: %s', (_who, userId, lockedAt, expected) => {
    expect(mayEditConcern({ authorId: 'author', lockedAt }, userId)).toBe(expected);
  });

  it('lets only the author correct, locked or not, and never edit and correct be both refused to the author', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('author', 'other'),
        fc.option(fc.date(), { nil: null }),
        (userId, lockedAt) => {
          const c = { authorId: 'author', lockedAt };
          expect(mayCorrectConcern(c, userId)).toBe(userId === 'author');
          if (userId === 'author')
            expect(mayEditConcern(c, userId) || mayCorrectConcern(c, userId)).toBe(true);
        },
      ),
    );
  });
});
