import { describe, expect, it } from 'vitest';
import { TEST_LADDER, testOffer } from './catalog.testing.ts';
import {
  ageBandsOf,
  ageBandWithoutOffers,
  childIndividualShareAboveThreshold,
  DEFAULT_CATALOG_SETTINGS,
  findGaps,
  GAP_RULE_FNS,
  GAP_RULE_LABELS,
  GAP_RULES,
  type GapInput,
  noFlexibleSchoolOffer,
  noParentGroupProgrammeInAgeBand,
  noTimeLimitedBetweenHomeAndPlacement,
  stepWithoutEvidenceBasedOffer,
} from './gap-rules.ts';
import type { Ladder, Offer } from './types.ts';

const ladder = TEST_LADDER;

let serial = 0;
function offer(fields: Partial<Offer> = {}): Offer {
  serial += 1;
  return testOffer(`o${serial}`, {
    name: `Tilbud ${serial}`,
    legalBasis: 'BL § 32',
    unitCost: 10_000,
    capacity: 10,
    ...fields,
  });
}

const input = (offers: Offer[], settings = DEFAULT_CATALOG_SETTINGS): GapInput => ({
  ladder,
  offers,
  settings,
});
const rulesOf = (gaps: { rule: string }[]) => [...new Set(gaps.map((g) => g.rule))];

describe('ageBandsOf', () => {
  it('gives every band the age range touches', () => {
    expect(ageBandsOf({ ageMin: 12, ageMax: 17 })).toEqual(['6-12', '13-17']);
    expect(ageBandsOf({ ageMin: 0, ageMax: 22 })).toEqual(['0-5', '6-12', '13-17', '18-22']);
    expect(ageBandsOf({ ageMin: 18, ageMax: 18 })).toEqual(['18-22']);
  });
});

describe('(a) no_parent_group_programme_in_age_band', () => {
  it('names each band under 18 without a group offer for parents or family', () => {
    const gaps = noParentGroupProgrammeInAgeBand(
      input([
        offer({ target: 'parents', form: 'group', ageMin: 0, ageMax: 8 }),
        offer({ name: 'Familiebehandling', target: 'family', form: 'individual', ageMin: 0, ageMax: 17 }),
      ]),
    );
    expect(gaps.map((g) => g.ageBand)).toEqual(['13-17']);
    expect(gaps[0]).toMatchObject({
      rule: 'no_parent_group_programme_in_age_band',
      details: { parentDirectedIndividualOffers: ['Familiebehandling'] },
    });
    expect(gaps[0]?.description).toContain('13–17 år');
  });

  it('does not count child groups, network groups or retired offers', () => {
    const gaps = noParentGroupProgrammeInAgeBand(
      input([
        offer({ target: 'child', form: 'group' }),
        offer({ target: 'network', form: 'group' }),
        offer({ target: 'parents', form: 'group', status: 'retired' }),
      ]),
    );
    expect(gaps.map((g) => g.ageBand)).toEqual(['0-5', '6-12', '13-17']);
  });

  it('finds nothing when every band under 18 has a family group', () => {
    expect(noParentGroupProgrammeInAgeBand(input([offer({ target: 'family', form: 'group' })]))).toEqual([]);
  });
});

describe('(b) no_time_limited_between_home_and_placement', () => {
  it('names the gap when neither the last preventive nor the first placement step has a time-limited offer', () => {
    const gaps = noTimeLimitedBetweenHomeAndPlacement(
      input([
        offer({ stepId: 's3' }),
        offer({ stepId: 's6', timeLimited: true }),
        offer({ stepId: 's2', timeLimited: true }),
      ]),
    );
    expect(gaps).toHaveLength(1);
    expect(gaps[0]?.details).toMatchObject({
      steps: [
        { id: 's3', position: 3, offers: 1 },
        { id: 's4', position: 4, offers: 0 },
      ],
    });
  });

  it.each(['s3', 's4'])('is satisfied by one time-limited offer on %s', (stepId) => {
    expect(noTimeLimitedBetweenHomeAndPlacement(input([offer({ stepId, timeLimited: true })]))).toEqual([]);
  });

  it('follows the ladder: with day treatment as a new preventive step 4, the border moves', () => {
    const moved: Ladder = {
      ...ladder,
      steps: [
        ...ladder.steps.slice(0, 3),
        { id: 'day', position: 4, name: 'Dagbehandling', category: 'preventive', track: 'family' },
        ...ladder.steps.slice(3).map((s) => ({ ...s, position: s.position + 1 })),
      ],
    };
    const gaps = noTimeLimitedBetweenHomeAndPlacement({
      ...input([offer({ stepId: 's3', timeLimited: true })]),
      ladder: moved,
    });
    expect(gaps[0]?.details).toMatchObject({ steps: [{ id: 'day' }, { id: 's4' }] });
  });

  it('does not apply to a ladder without placement steps', () => {
    const preventiveOnly = { ...ladder, steps: ladder.steps.slice(0, 3) };
    expect(noTimeLimitedBetweenHomeAndPlacement({ ...input([]), ladder: preventiveOnly })).toEqual([]);
  });
});

describe('(c) child_individual_share_above_threshold', () => {
  const catalog = [
    offer({ target: 'child', form: 'individual', capacity: 60 }),
    offer({ target: 'parents', form: 'group', capacity: 30 }),
    offer({ target: 'child', form: 'group', capacity: 10 }),
    offer({ target: 'child', form: 'individual', capacity: null }),
  ];

  it('names the gap above the default 50 %, with the figures', () => {
    const gaps = childIndividualShareAboveThreshold(input(catalog));
    expect(gaps).toHaveLength(1);
    expect(gaps[0]?.details).toEqual({
      share: 0.6,
      threshold: 0.5,
      childIndividualCapacity: 60,
      totalCapacity: 100,
    });
    expect(gaps[0]?.description).toContain('60 %');
  });

  it("follows the municipality's threshold, and a share at the threshold is no gap", () => {
    expect(childIndividualShareAboveThreshold(input(catalog, { maxChildIndividualShare: 0.6 }))).toEqual([]);
    expect(
      childIndividualShareAboveThreshold(input(catalog, { maxChildIndividualShare: 0.59 })),
    ).toHaveLength(1);
  });

  it('finds nothing in a catalog without capacity', () => {
    expect(childIndividualShareAboveThreshold(input([offer({ capacity: null })]))).toEqual([]);
  });
});

describe('(d) step_without_evidence_based_offer', () => {
  it('names each step without an evidence-based programme, one gap per step', () => {
    const catalog = ladder.steps
      .filter((s) => s.id !== 's4')
      .map((s) => offer({ stepId: s.id, evidence: 'evidence_based', programme: 'PMTO' }));
    catalog.push(offer({ stepId: 's4', evidence: 'documented' }));
    catalog.push(offer({ stepId: 's5', evidence: 'evidence_based', programme: 'MTFC', status: 'retired' }));
    const gaps = stepWithoutEvidenceBasedOffer(input(catalog));
    expect(gaps.map((g) => g.stepId)).toEqual(['s4']);
    expect(gaps[0]?.details).toEqual({
      stepPosition: 4,
      stepName: ladder.steps[3]?.name,
      offers: 1,
      documented: 1,
    });
  });

  it('says so when a step has no offers at all', () => {
    const gaps = stepWithoutEvidenceBasedOffer(input([]));
    expect(gaps).toHaveLength(6);
    expect(gaps[0]?.description).toContain('ingen aktive tilbud');
  });
});

describe('(e) no_flexible_school_offer', () => {
  const flexible = {
    setting: 'everyday',
    timeLimited: true,
    target: 'child',
    stepId: 's2',
    ageMin: 13,
    ageMax: 17,
  } as const;

  it('is satisfied by a time-limited, child-directed everyday offer on a preventive step', () => {
    expect(noFlexibleSchoolOffer(input([offer(flexible)]))).toEqual([]);
  });

  it.each([
    ['not time-limited', { timeLimited: false }],
    ['at home', { setting: 'home' }],
    ['for the parents', { target: 'parents' }],
    ['on a placement step', { stepId: 's6' }],
    ['for the young ones only', { ageMin: 6, ageMax: 11 }],
  ] as const)('names the gap when the everyday offer is %s', (_label, change) => {
    const gaps = noFlexibleSchoolOffer(input([offer({ ...flexible, ...change })]));
    expect(gaps).toHaveLength(1);
    expect(gaps[0]).toMatchObject({ rule: 'no_flexible_school_offer', ageBand: '13-17' });
  });
});

describe('(f) age_band_without_offers', () => {
  it('names each band without an offer on each preventive step, and ignores placement steps', () => {
    const catalog = [
      offer({ stepId: 's1', ageMin: 0, ageMax: 22 }),
      offer({ stepId: 's2', ageMin: 0, ageMax: 12 }),
      offer({ stepId: 's3', ageMin: 13, ageMax: 22 }),
      offer({ stepId: 's3', ageMin: 0, ageMax: 5, status: 'retired' }),
    ];
    const gaps = ageBandWithoutOffers(input(catalog));
    expect(gaps.map((g) => `${g.stepId}:${g.ageBand}`)).toEqual([
      's2:13-17',
      's2:18-22',
      's3:0-5',
      's3:6-12',
    ]);
  });
});

describe('findGaps', () => {
  it('runs every rule, and every rule has a Danish label', () => {
    expect(Object.keys(GAP_RULE_FNS).sort()).toEqual([...GAP_RULES].sort());
    for (const rule of GAP_RULES) expect(GAP_RULE_LABELS[rule]).toMatch(/\S/);
    expect(rulesOf(findGaps(input([])))).toEqual([
      'no_parent_group_programme_in_age_band',
      'no_time_limited_between_home_and_placement',
      'step_without_evidence_based_offer',
      'no_flexible_school_offer',
      'age_band_without_offers',
    ]);
  });

  it('ignores offers on a step that has left the ladder', () => {
    const gone = offer({ stepId: 'retired-step', target: 'parents', form: 'group' });
    expect(noParentGroupProgrammeInAgeBand(input([gone]))).toHaveLength(3);
  });
});
