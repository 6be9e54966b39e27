import { describe, expect, it } from 'vitest';
import { analyseCatalog, coverageOf, sharesOf } from './analysis.ts';
import { testOffer } from './catalog.testing.ts';
import { DEFAULT_CATALOG_SETTINGS } from './gap-rules.ts';
import { AGE_BANDS, FORMS, type Ladder, type Offer, TARGETS } from './types.ts';

const ladder: Ladder = {
  id: 'ladder',
  version: 3,
  createdAt: '2026-01-01T00:00:00.000Z',
  note: null,
  steps: [
    { id: 's2', position: 2, name: 'Forebyggende indsatser', category: 'preventive', track: 'early' },
    { id: 's1', position: 1, name: 'Tidlig indsats i almenområdet', category: 'preventive', track: 'early' },
    { id: 's3', position: 3, name: 'Anbringelse', category: 'placement', track: 'placement' },
  ],
};

const offer = (id: string, fields: Partial<Offer> = {}) =>
  testOffer(id, { stepId: 's1', unitCost: 1_000, capacity: 10, ...fields });

// Places: child individual 30, parents group 10 (course 13 weeks at 6,000 = 2,000/month), family
// individual 10, retired and off-ladder offers ignored, one without capacity.
const catalog = [
  offer('Kontaktperson', { capacity: 30, unitCost: 10_000, ageMin: 12, ageMax: 22 }),
  offer('Forældrekursus', {
    stepId: 's2',
    target: 'parents',
    form: 'group',
    capacity: 10,
    unitCost: 6_000,
    costUnit: 'course',
    typicalDurationWeeks: 13,
    ageMin: 0,
    ageMax: 5,
  }),
  offer('Familiebehandling', { stepId: 's2', target: 'family', capacity: 10, unitCost: 8_000 }),
  offer('Åben rådgivning', { target: 'family', form: 'group', capacity: null }),
  offer('Udgået', { capacity: 100, status: 'retired' }),
  offer('Andet trin', { capacity: 100, stepId: 'gone' }),
];

describe('coverageOf', () => {
  const coverage = coverageOf({ ladder, offers: catalog });

  it('has every step × target × form × age band, in ladder order', () => {
    expect(coverage).toHaveLength(3 * TARGETS.length * FORMS.length * AGE_BANDS.length);
    expect(coverage[0]).toMatchObject({
      stepId: 's1',
      stepPosition: 1,
      target: 'child',
      form: 'individual',
      ageBand: '0-5',
    });
    expect(coverage.at(-1)).toMatchObject({
      stepId: 's3',
      target: 'network',
      form: 'group',
      ageBand: '18-22',
    });
  });

  it('counts an offer in every band it touches, with its places', () => {
    const cell = (stepId: string, target: string, form: string, ageBand: string) =>
      coverage.find(
        (c) => c.stepId === stepId && c.target === target && c.form === form && c.ageBand === ageBand,
      );
    expect(cell('s1', 'child', 'individual', '6-12')).toMatchObject({ offers: 1, capacity: 30 });
    expect(cell('s1', 'child', 'individual', '18-22')).toMatchObject({ offers: 1, capacity: 30 });
    expect(cell('s1', 'child', 'individual', '0-5')).toMatchObject({ offers: 0, capacity: 0 });
    expect(cell('s2', 'parents', 'group', '0-5')).toMatchObject({ offers: 1, capacity: 10 });
    expect(cell('s1', 'family', 'group', '13-17')).toMatchObject({ offers: 1, capacity: 0 });
    expect(coverage.filter((c) => c.stepId === 's3').every((c) => c.offers === 0)).toBe(true);
  });
});

describe('sharesOf', () => {
  it('is all zero for an empty catalog', () => {
    expect(sharesOf([], () => 1)).toEqual({
      childDirected: 0,
      parentsFamilyNetwork: 0,
      individual: 0,
      group: 0,
      childIndividual: 0,
    });
  });
});

describe('analyseCatalog', () => {
  const analysis = analyseCatalog({ ladder, offers: catalog, settings: DEFAULT_CATALOG_SETTINGS });

  it('divides places and monthly cost between the child and the family, individual and group', () => {
    expect(analysis.shares.capacity).toEqual({
      childDirected: 0.6,
      parentsFamilyNetwork: 0.4,
      individual: 0.8,
      group: 0.2,
      childIndividual: 0.6,
    });
    // cost a month at capacity: 300,000 + 20,000 + 80,000 = 400,000
    expect(analysis.shares.monthlyCost).toEqual({
      childDirected: 0.75,
      parentsFamilyNetwork: 0.25,
      individual: 0.95,
      group: 0.05,
      childIndividual: 0.75,
    });
    expect(analysis.totals).toEqual({
      offers: 4,
      capacity: 50,
      monthlyCost: 400_000,
      offersWithoutCapacity: 1,
    });
  });

  it('reports the ladder version, the settings and the gaps of the rules', () => {
    expect(analysis.ladderVersion).toBe(3);
    expect(analysis.settings).toEqual({ maxChildIndividualShare: 0.5 });
    const rules = new Set(analysis.gaps.map((g) => g.rule));
    expect(rules).toContain('child_individual_share_above_threshold');
    expect(rules).toContain('step_without_evidence_based_offer');
    const relaxed = analyseCatalog({ ladder, offers: catalog, settings: { maxChildIndividualShare: 0.7 } });
    expect(relaxed.gaps.map((g) => g.rule)).not.toContain('child_individual_share_above_threshold');
  });
});
