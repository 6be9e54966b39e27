import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DETECTION_SETTINGS, type DetectionRules } from './settings.ts';
import {
  type ChildHistory,
  type ConcernEvent,
  evaluateSignals,
  type RatingEvent,
  type Trigger,
} from './signal-rules.ts';

const RULES = DEFAULT_DETECTION_SETTINGS.rules;
const day = (n: number) => new Date(Date.UTC(2026, 0, 1, 10) + n * 86_400_000);
const concern = (id: string, authorId: string, level: number, onDay: number): ConcernEvent => ({
  id,
  authorId,
  level,
  at: day(onDay),
});
const rating = (id: string, color: RatingEvent['color'], onDay: number): RatingEvent => ({
  id,
  color,
  at: day(onDay),
});
const rulesOf = (h: ChildHistory, triggers: Trigger[], rules: DetectionRules = RULES) =>
  evaluateSignals(h, rules, triggers).map((c) => c.rule);

describe('several professionals', () => {
  it('fires when a second professional is worried within 90 days', () => {
    const h = { concerns: [concern('a', 'teacher', 7, 0), concern('b', 'nurse', 7, 90)], ratings: [] };
    const [c] = evaluateSignals(h, RULES, [{ kind: 'concern', id: 'b' }]);
    expect(c).toMatchObject({
      rule: 'several_professionals',
      triggerKey: 'several_professionals:concern:b',
      concernIds: ['a', 'b'],
      explanation: '2 bekymringer fra 2 forskellige fagpersoner inden for 90 dage.',
    });
  });

  it('does not fire after 90 days, nor for the same professional twice', () => {
    const late = { concerns: [concern('a', 'teacher', 7, 0), concern('b', 'nurse', 7, 91)], ratings: [] };
    expect(rulesOf(late, [{ kind: 'concern', id: 'b' }])).toEqual([]);
    const same = { concerns: [concern('a', 'teacher', 7, 0), concern('b', 'teacher', 7, 3)], ratings: [] };
    expect(rulesOf(same, [{ kind: 'concern', id: 'b' }])).toEqual([]);
  });

  it('never fires when one professional wrote every concern', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 1, max: 10 }), fc.integer({ min: 0, max: 400 })), {
          maxLength: 12,
        }),
        (specs) => {
          const concerns = specs.map(([level, d], i) => concern(`c${i}`, 'only-one', level, d));
          const triggers = concerns.map((c) => ({ kind: 'concern' as const, id: c.id }));
          expect(rulesOf({ concerns, ratings: [] }, triggers)).not.toContain('several_professionals');
        },
      ),
    );
  });
});

describe('the other rules', () => {
  it('fires on a concern at level 4 or below, not at 5', () => {
    const h = { concerns: [concern('a', 't', 4, 0), concern('b', 't', 5, 1)], ratings: [] };
    expect(rulesOf(h, [{ kind: 'concern', id: 'a' }])).toEqual(['low_level']);
    expect(rulesOf(h, [{ kind: 'concern', id: 'b' }])).toEqual([]);
  });

  it('fires on a fall of three levels from the previous concern, whoever wrote it', () => {
    const h = { concerns: [concern('a', 't', 8, 0), concern('b', 't', 5, 30)], ratings: [] };
    const [c] = evaluateSignals(h, RULES, [{ kind: 'concern', id: 'b' }]);
    expect(c).toMatchObject({ rule: 'level_drop', concernIds: ['a', 'b'] });
    expect(c?.explanation).toBe('Niveauet faldt fra 8 (01.01.2026) til 5 (31.01.2026).');
    const small = { concerns: [concern('a', 't', 8, 0), concern('b', 't', 6, 30)], ratings: [] };
    expect(rulesOf(small, [{ kind: 'concern', id: 'b' }])).toEqual([]);
  });

  it('fires on red after yellow (or red), not after green', () => {
    const h = { concerns: [], ratings: [rating('y', 'yellow', 0), rating('r', 'red', 60)] };
    const [c] = evaluateSignals(h, RULES, [{ kind: 'rating', id: 'r' }]);
    expect(c).toMatchObject({ rule: 'red_after_yellow', ratingIds: ['y', 'r'] });
    expect(c?.explanation).toBe('Rød trivselsvurdering 02.03.2026 efter gul 01.01.2026.');
    const twice = { concerns: [], ratings: [rating('r1', 'red', 0), rating('r2', 'red', 60)] };
    expect(rulesOf(twice, [{ kind: 'rating', id: 'r2' }])).toEqual(['red_after_yellow']);
    const green = { concerns: [], ratings: [rating('g', 'green', 0), rating('r', 'red', 60)] };
    expect(rulesOf(green, [{ kind: 'rating', id: 'r' }])).toEqual([]);
    const first = { concerns: [], ratings: [rating('r', 'red', 0)] };
    expect(rulesOf(first, [{ kind: 'rating', id: 'r' }])).toEqual([]);
  });

  it('says nothing for a rule that is switched off', () => {
    const off: DetectionRules = {
      several_professionals: { ...RULES.several_professionals, enabled: false },
      red_after_yellow: { enabled: false },
      low_level: { ...RULES.low_level, enabled: false },
      level_drop: { ...RULES.level_drop, enabled: false },
    };
    const h = {
      concerns: [concern('a', 'x', 9, 0), concern('b', 'y', 1, 1)],
      ratings: [rating('y', 'yellow', 0), rating('r', 'red', 1)],
    };
    const all: Trigger[] = [
      { kind: 'concern', id: 'b' },
      { kind: 'rating', id: 'r' },
    ];
    expect(rulesOf(h, all).sort()).toEqual([
      'level_drop',
      'low_level',
      'red_after_yellow',
      'several_professionals',
    ]);
    expect(rulesOf(h, all, off)).toEqual([]);
  });
});

const historyArb = fc
  .record({
    concerns: fc.array(
      fc.record({
        author: fc.constantFrom('a', 'b', 'c'),
        level: fc.integer({ min: 1, max: 10 }),
        day: fc.integer({ min: 0, max: 500 }),
      }),
      { maxLength: 10 },
    ),
    ratings: fc.array(
      fc.record({
        color: fc.constantFrom('green', 'yellow', 'red' as const),
        day: fc.integer({ min: 0, max: 500 }),
      }),
      { maxLength: 10 },
    ),
  })
  .map(
    (spec): ChildHistory => ({
      concerns: spec.concerns.map((c, i) => concern(`c${i}`, c.author, c.level, c.day)),
      ratings: spec.ratings.map((r, i) => rating(`r${i}`, r.color, r.day)),
    }),
  );
const triggersOf = (h: ChildHistory): Trigger[] => [
  ...h.concerns.map((c) => ({ kind: 'concern' as const, id: c.id })),
  ...h.ratings.map((r) => ({ kind: 'rating' as const, id: r.id })),
];

describe('evaluation', () => {
  it('is idempotent: the same triggers give the same keys, one by one or all at once, and never a key twice', () => {
    fc.assert(
      fc.property(historyArb, (h) => {
        const triggers = triggersOf(h);
        const once = evaluateSignals(h, RULES, triggers);
        const twice = evaluateSignals(h, RULES, [...triggers, ...triggers]);
        expect(twice).toEqual(once);
        const oneByOne = triggers.flatMap((t) => evaluateSignals(h, RULES, [t]));
        expect(oneByOne).toEqual(once);
        const keys = once.map((c) => c.triggerKey);
        expect(new Set(keys).size).toBe(keys.length);
      }),
    );
  });

  it('lets nothing after a trigger change what the trigger raises', () => {
    fc.assert(
      fc.property(historyArb, historyArb, (h, later) => {
        const shifted: ChildHistory = {
          concerns: [
            ...h.concerns,
            ...later.concerns.map((c) => ({ ...c, id: `late-${c.id}`, at: day(600 + c.at.getUTCDate()) })),
          ],
          ratings: [
            ...h.ratings,
            ...later.ratings.map((r) => ({ ...r, id: `late-${r.id}`, at: day(600 + r.at.getUTCDate()) })),
          ],
        };
        const triggers = triggersOf(h);
        expect(evaluateSignals(shifted, RULES, triggers)).toEqual(evaluateSignals(h, RULES, triggers));
      }),
    );
  });

  it('ignores a trigger it cannot find', () => {
    expect(evaluateSignals({ concerns: [], ratings: [] }, RULES, [{ kind: 'concern', id: 'x' }])).toEqual([]);
  });
});
