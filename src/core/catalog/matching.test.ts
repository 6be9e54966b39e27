import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TEST_LADDER, testOffer } from './catalog.testing.ts';
import {
  EVIDENCE_RANK,
  type MatchCriteria,
  matchOffers,
  STEPS_ABOVE_CURRENT,
  UnknownStepError,
} from './matching.ts';
import { EVIDENCE, ICS_AREAS, type Offer } from './types.ts';

const ladder = TEST_LADDER;

const offer = testOffer;

const ids = (matches: { offer: Offer }[]) => matches.map((m) => m.offer.id);

describe('matchOffers', () => {
  const catalog = [
    offer('Mentor', { stepId: 's1', ageMin: 12, ageMax: 22, icsAreas: ['development'] }),
    offer('PMTO', {
      stepId: 's2',
      ageMin: 3,
      ageMax: 12,
      icsAreas: ['parenting'],
      evidence: 'evidence_based',
      programme: 'PMTO',
    }),
    offer('Forældregruppe', {
      stepId: 's2',
      ageMin: 0,
      ageMax: 17,
      icsAreas: ['parenting'],
      evidence: 'documented',
    }),
    offer('Åben rådgivning', { stepId: 's2', ageMin: 0, ageMax: 22 }),
    offer('MST', {
      stepId: 's3',
      ageMin: 12,
      ageMax: 17,
      icsAreas: ['development', 'family_environment'],
      evidence: 'evidence_based',
      programme: 'MST',
    }),
    offer('Plejefamilie', { stepId: 's5', ageMin: 0, ageMax: 17 }),
    offer('Udgået', { stepId: 's2', status: 'retired' }),
    offer('Gammelt trin', { stepId: 'gone' }),
  ];

  it('keeps the age and the areas, and an offer without areas suits any', () => {
    const matches = matchOffers(ladder, catalog, { age: 8, areas: ['parenting'], currentStep: 's2' });
    expect(ids(matches)).toEqual(['PMTO', 'Forældregruppe', 'Åben rådgivning']);
  });

  it('sorts by step, then evidence-based before documented before none, then name', () => {
    const matches = matchOffers(ladder, catalog, { age: 14, areas: [], currentStep: 's2' });
    expect(ids(matches)).toEqual(['Mentor', 'Forældregruppe', 'Åben rådgivning', 'MST']);
  });

  it('goes at most one step above the current step', () => {
    expect(ids(matchOffers(ladder, catalog, { age: 14, areas: [], currentStep: 's1' }))).toEqual([
      'Mentor',
      'Forældregruppe',
      'Åben rådgivning',
    ]);
    // a child in everyday life (no current step) is offered step 1 only, when it has something
    expect(ids(matchOffers(ladder, catalog, { age: 14, areas: ['development'] }))).toEqual(['Mentor']);
  });

  it('shows the lowest step above the ceiling only when nothing fits below it, and says why', () => {
    const matches = matchOffers(ladder, catalog, {
      age: 14,
      areas: ['family_environment'],
      currentStep: 's1',
    });
    // Åben rådgivning (no areas) fits on step 2, so MST on step 3 stays hidden
    expect(ids(matches)).toEqual(['Åben rådgivning']);
    const narrow = catalog.filter((o) => o.id !== 'Åben rådgivning');
    const fallback = matchOffers(ladder, narrow, {
      age: 14,
      areas: ['family_environment'],
      currentStep: 's1',
    });
    expect(ids(fallback)).toEqual(['MST']);
    expect(fallback[0]?.reasons.join(' ')).toContain('Intet passende tilbud på trin 2 eller lavere');
  });

  it('includes steps below the current one: the direction is down the ladder', () => {
    expect(ids(matchOffers(ladder, catalog, { age: 3, areas: [], currentStep: 's6' }))).toEqual([
      'PMTO',
      'Forældregruppe',
      'Åben rådgivning',
      'Plejefamilie',
    ]);
  });

  it('marks offers whose places are all taken, and keeps them in order', () => {
    const full = [offer('A', { capacity: 2 }), offer('B', { capacity: 2 }), offer('C', { capacity: 0 })];
    const matches = matchOffers(
      ladder,
      full,
      { age: 5, areas: [], currentStep: 's2' },
      new Map([
        ['A', 2],
        ['B', 1],
      ]),
    );
    expect(matches.map((m) => [m.offer.id, m.atCapacity])).toEqual([
      ['A', true],
      ['B', false],
      ['C', true],
    ]);
    expect(matches[0]?.reasons.at(-1)).toBe('Fuldt belagt: 2 af 2 pladser er i brug.');
  });

  it('refuses a current step that is not on the ladder', () => {
    expect(() => matchOffers(ladder, catalog, { age: 5, areas: [], currentStep: 'gone' })).toThrow(
      UnknownStepError,
    );
  });

  it('explains each match in Danish', () => {
    const [mst] = matchOffers(ladder, catalog, { age: 15, areas: ['development'], currentStep: 's3' }).filter(
      (m) => m.offer.id === 'MST',
    );
    expect(mst?.reasons).toEqual([
      'Alder 15 år er inden for 12–17 år.',
      'Dækker Barnets udvikling.',
      'Trin 3 «Hjemmebaserede indsatser» (samme trin som nu).',
      'Evidensbaseret program: MST.',
    ]);
  });
});

describe('matchOffers (properties)', () => {
  const arbOffer = fc.record({
    stepId: fc.constantFrom('s1', 's2', 's3', 's4', 's5', 's6', 'gone'),
    ageMin: fc.integer({ min: 0, max: 22 }),
    span: fc.integer({ min: 0, max: 22 }),
    icsAreas: fc.subarray([...ICS_AREAS]),
    evidence: fc.constantFrom(...EVIDENCE),
    name: fc.string({ maxLength: 6 }),
    active: fc.boolean(),
    capacity: fc.option(fc.integer({ min: 0, max: 5 })),
  });
  const arbCatalog = fc.array(arbOffer, { maxLength: 30 }).map((rows) =>
    rows.map((r, i) =>
      offer(`o${i}`, {
        stepId: r.stepId,
        ageMin: r.ageMin,
        ageMax: Math.min(22, r.ageMin + r.span),
        icsAreas: r.icsAreas,
        evidence: r.evidence,
        programme: r.evidence === 'evidence_based' ? 'X' : null,
        name: r.name,
        status: r.active ? 'active' : 'retired',
        capacity: r.capacity,
      }),
    ),
  );
  const arbCriteria: fc.Arbitrary<MatchCriteria> = fc.record({
    age: fc.integer({ min: 0, max: 22 }),
    areas: fc.subarray([...ICS_AREAS]),
    currentStep: fc.constantFrom(null, 's1', 's2', 's3', 's4', 's5', 's6'),
  });
  const position = (stepId: string | null | undefined) =>
    ladder.steps.find((s) => s.id === stepId)?.position ?? 0;

  it('returns only active offers on the ladder within the age, sorted by step then evidence', () => {
    fc.assert(
      fc.property(arbCatalog, arbCriteria, (catalog, criteria) => {
        const matches = matchOffers(ladder, catalog, criteria);
        for (const m of matches) {
          expect(m.offer.ageMin).toBeLessThanOrEqual(criteria.age);
          expect(m.offer.ageMax).toBeGreaterThanOrEqual(criteria.age);
          expect(m.offer.status).toBe('active');
          expect(m.step.id).toBe(m.offer.stepId);
        }
        for (let i = 1; i < matches.length; i++) {
          const [a, b] = [matches[i - 1], matches[i]] as [(typeof matches)[0], (typeof matches)[0]];
          expect(a.step.position <= b.step.position).toBe(true);
          if (a.step.position === b.step.position) {
            expect(EVIDENCE_RANK[a.offer.evidence] <= EVIDENCE_RANK[b.offer.evidence]).toBe(true);
          }
        }
      }),
    );
  });

  it('stays within one step above the current step, or else on the single lowest step that has a match', () => {
    fc.assert(
      fc.property(arbCatalog, arbCriteria, (catalog, criteria) => {
        const ceiling = position(criteria.currentStep) + STEPS_ABOVE_CURRENT;
        const matches = matchOffers(ladder, catalog, criteria);
        const above = matches.filter((m) => m.step.position > ceiling);
        if (above.length > 0) {
          expect(above).toHaveLength(matches.length);
          expect(new Set(matches.map((m) => m.step.position)).size).toBe(1);
        }
        // nothing suitable is dropped at or below the ceiling
        const widened = matchOffers(ladder, catalog, { ...criteria, currentStep: 's6' });
        const expectedBelow = widened.filter((m) => m.step.position <= ceiling);
        expect(ids(matches.filter((m) => m.step.position <= ceiling))).toEqual(ids(expectedBelow));
      }),
    );
  });
});
