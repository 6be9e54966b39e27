import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCalendarDays } from '../calendar/zone.ts';
import { anyDate } from '../casework/arbitraries.testing.ts';
import { caseDeadlines } from '../casework/deadlines.ts';
import {
  type AgendaFacts,
  aftercareDueOn,
  agendaFor,
  agendaItems,
  isLongInstitutionalStay,
  type PlacedChildRow,
  type ProposalRow,
  placementItems,
  proposalItems,
  referralItems,
  reviewItems,
  type SpecialisedChildRow,
} from './agenda-rules.ts';
import type { ForumDecision } from './decisions.ts';
import { DEFAULT_FORUM_SETTINGS } from './settings.ts';

const facts = (over: Partial<AgendaFacts>): AgendaFacts => ({
  proposals: [],
  decisions: [],
  specialisedChildren: [],
  placedChildren: [],
  ...over,
});
const subject = { caseId: 'c1', childId: 'k1', districtId: 'd1' };
const proposal = (over: Partial<ProposalRow> = {}): ProposalRow => ({
  id: 'p1',
  ...subject,
  stepPosition: 3,
  specialisedOffer: true,
  placement: false,
  proposedOn: '2026-03-02',
  ...over,
});
const decision = (over: Partial<ForumDecision> = {}): ForumDecision => ({
  id: 'f1',
  forumKind: 'creative_council',
  ...subject,
  proposalId: null,
  outcome: 'approved',
  stepPosition: 5,
  placement: true,
  withoutConsent: false,
  decidedOn: '2026-03-10',
  ...over,
});
const specialised = (over: Partial<SpecialisedChildRow> = {}): SpecialisedChildRow => ({
  ...subject,
  stepPosition: 3,
  specialisedOffer: true,
  since: '2026-01-15',
  lastReviewOn: null,
  ...over,
});
const placed = (over: Partial<PlacedChildRow> = {}): PlacedChildRow => ({
  ...subject,
  birthDate: '2012-05-10',
  placedSince: '2026-01-31',
  stepPosition: 5,
  stepSince: '2026-01-31',
  lastPoliticalReviewOn: null,
  aftercareDecidedOn: null,
  ...over,
});
const at = (meetingOn: string, coversUntil?: string) =>
  coversUntil ? { meetingOn, coversUntil } : { meetingOn };
const rules = (items: { rule: string; forumKind: string }[]) => items.map((i) => `${i.forumKind}:${i.rule}`);

describe('(a) proposals for a specialised step', () => {
  it('go to the council of the case’s district, due when proposed, saying why', () => {
    const [mst] = proposalItems(facts({ proposals: [proposal()] }), at('2026-03-03'));
    expect(mst).toEqual({
      forumKind: 'creative_council',
      districtId: 'd1',
      caseId: 'c1',
      childId: 'k1',
      rule: 'specialised_proposal',
      source: { kind: 'proposal', id: 'p1' },
      reason:
        'Indstillet 02.03.2026 til et specialiseret tilbud på trin 3: rådet afsøger alternativer tættere på hverdagslivet.',
      dueOn: '2026-03-02',
    });
    const [placement] = proposalItems(
      facts({ proposals: [proposal({ stepPosition: 5, placement: true })] }),
      at('2026-03-03'),
    );
    expect(placement?.reason).toMatch(/^Indstillet 02\.03\.2026 til anbringelse \(trin 5\)/);
  });

  it('leave out steps that are not specialised: step 2, and step 3 without a specialised offer', () => {
    const proposals = [proposal({ stepPosition: 2 }), proposal({ id: 'p2', specialisedOffer: false })];
    expect(proposalItems(facts({ proposals }), at('2026-03-03'))).toEqual([]);
  });

  it('follow the municipality’s steps: an unmarked placement step goes straight to the placement committee', () => {
    const settings = { ...DEFAULT_FORUM_SETTINGS, specialisedSteps: [5, 6], specialisedOfferSteps: [] };
    const items = proposalItems(
      facts({ proposals: [proposal(), proposal({ id: 'p2', stepPosition: 4, placement: true })] }),
      at('2026-03-03'),
      settings,
    );
    expect(items.map((i) => [i.forumKind, i.rule, i.source.id, i.districtId])).toEqual([
      ['placement_committee', 'placement_ground', 'p2', undefined],
    ]);
  });

  it('stay until the council settles them before the meeting; postponed or decided at the meeting, they stay', () => {
    const f = (d: Partial<ForumDecision>) =>
      proposalItems(
        facts({ proposals: [proposal()], decisions: [decision({ proposalId: 'p1', ...d })] }),
        at('2026-03-10'),
      );
    expect(f({ decidedOn: '2026-03-09' })).toEqual([]);
    expect(f({ decidedOn: '2026-03-09', outcome: 'rejected' })).toEqual([]);
    expect(f({ decidedOn: '2026-03-09', outcome: 'alternative' })).toEqual([]);
    expect(f({ decidedOn: '2026-03-09', outcome: 'postponed' })).toHaveLength(1);
    expect(f({ decidedOn: '2026-03-10' })).toHaveLength(1);
    expect(f({ decidedOn: '2026-03-09', proposalId: 'other' })).toHaveLength(1);
    expect(f({ decidedOn: '2026-03-09', forumKind: 'placement_committee' })).toHaveLength(1);
  });

  it('come on once proposed, on or before the last day the meeting covers', () => {
    const f = (w: ReturnType<typeof at>) => proposalItems(facts({ proposals: [proposal()] }), w);
    expect(f(at('2026-03-01'))).toEqual([]);
    expect(f(at('2026-02-24', '2026-03-02'))).toHaveLength(1);
    expect(f(at('2026-03-02'))).toHaveLength(1);
  });
});

describe('(b) children in a specialised offer', () => {
  it('come back every 6 months from the start or the latest review', () => {
    const f = (row: SpecialisedChildRow, w: ReturnType<typeof at>) =>
      reviewItems(facts({ specialisedChildren: [row] }), w).map((i) => i.dueOn);
    expect(f(specialised(), at('2026-07-14'))).toEqual([]);
    expect(f(specialised(), at('2026-07-14', '2026-07-27'))).toEqual(['2026-07-15']);
    expect(f(specialised(), at('2026-07-15'))).toEqual(['2026-07-15']);
    expect(f(specialised({ lastReviewOn: '2026-07-14' }), at('2026-07-28'))).toEqual([]);
    expect(f(specialised({ lastReviewOn: '2026-07-14' }), at('2027-01-14'))).toEqual(['2027-01-14']);
    // Month ends clamp: 31 August + 6 months is 28 February.
    expect(f(specialised({ since: '2026-08-31' }), at('2027-02-28'))).toEqual(['2027-02-28']);
    expect(f(specialised({ specialisedOffer: false }), at('2027-01-01'))).toEqual([]);
  });

  it('ask the way down, to the council of the district', () => {
    const [i] = reviewItems(
      facts({ specialisedChildren: [specialised({ lastReviewOn: '2026-01-20' })] }),
      at('2026-08-01'),
    );
    expect(i).toMatchObject({ forumKind: 'creative_council', districtId: 'd1', rule: 'specialised_review' });
    expect(i?.reason).toBe(
      'I specialiseret tilbud (trin 3) siden 15.01.2026, sidst gennemgået 20.01.2026. Hvad skal der til for at træde et trin ned?',
    );
  });
});

describe('(c), (e), (f) referrals from one forum’s decision to another', () => {
  it('(c) a council approving a placement sends the case to the placement committee', () => {
    const items = referralItems(facts({ decisions: [decision()] }), at('2026-03-17'));
    expect(items).toEqual([
      expect.objectContaining({
        forumKind: 'placement_committee',
        rule: 'placement_ground',
        source: { kind: 'decision', id: 'f1' },
        dueOn: '2026-03-10',
      }),
    ]);
    expect(items[0]?.districtId).toBeUndefined();
    expect(items[0]?.reason).toMatch(
      /hjemmebaserede indsatser ikke er tilstrækkelige: er der grundlag for anbringelse\?$/,
    );
    for (const d of [decision({ placement: false, stepPosition: 3 }), decision({ outcome: 'alternative' })]) {
      expect(referralItems(facts({ decisions: [d] }), at('2026-03-17'))).toEqual([]);
    }
  });

  it('(c) stays until the placement committee settles it on or after the council’s decision', () => {
    const committee = (over: Partial<ForumDecision>) =>
      decision({ id: 'f2', forumKind: 'placement_committee', outcome: 'rejected', ...over });
    const f = (d: ForumDecision) =>
      rules(referralItems(facts({ decisions: [decision(), d] }), at('2026-03-17')));
    expect(f(committee({ decidedOn: '2026-03-16' }))).toEqual([]);
    expect(f(committee({ decidedOn: '2026-03-10' }))).toEqual([]);
    expect(f(committee({ decidedOn: '2026-03-09' }))).toEqual(['placement_committee:placement_ground']);
    expect(f(committee({ decidedOn: '2026-03-16', outcome: 'postponed' }))).toEqual([
      'placement_committee:placement_ground',
    ]);
    expect(f(committee({ decidedOn: '2026-03-16', childId: 'k2' }))).toEqual([
      'placement_committee:placement_ground',
    ]);
  });

  it('(e) every approved placement goes to the school visitation committee, (f) one without consent also to the children’s committee', () => {
    const approved = decision({ forumKind: 'placement_committee' });
    expect(rules(referralItems(facts({ decisions: [approved] }), at('2026-03-17')))).toEqual([
      'school_visitation_committee:school_placement',
    ]);
    const items = referralItems(
      facts({ decisions: [{ ...approved, withoutConsent: true }] }),
      at('2026-03-17'),
    );
    expect(rules(items)).toEqual([
      'school_visitation_committee:school_placement',
      'children_committee:placement_without_consent',
    ]);
    expect(items[1]?.reason).toBe(
      'Anbringelse uden samtykke, grundlag fundet af Anbringelses- og efterværnsudvalget 10.03.2026: ' +
        'afgøres af Børne- og ungeudvalget (barnets lov § 47).',
    );
    const school = decision({ id: 'f3', forumKind: 'school_visitation_committee', decidedOn: '2026-03-12' });
    expect(rules(referralItems(facts({ decisions: [approved, school] }), at('2026-03-17')))).toEqual([]);
  });
});

describe('(d) aftercare, (g) political review, (h) long institutional stays', () => {
  it('(d) brings a young person in care to the placement committee from 3 months before 17½ until decided or 18', () => {
    // 18 on 2027-01-31; 17½ on 2026-07-31; on the agenda from 2026-04-30.
    const row = placed({ birthDate: '2009-01-31' });
    const f = (r: PlacedChildRow, w: ReturnType<typeof at>) =>
      rules(placementItems(facts({ placedChildren: [r] }), w).filter((i) => i.rule === 'aftercare_decision'));
    expect(f(row, at('2026-04-29'))).toEqual([]);
    expect(f(row, at('2026-04-30'))).toEqual(['placement_committee:aftercare_decision']);
    expect(f(row, at('2027-01-30'))).toEqual(['placement_committee:aftercare_decision']);
    expect(f(row, at('2027-01-31'))).toEqual([]);
    expect(f({ ...row, aftercareDecidedOn: '2026-06-01' }, at('2026-06-02'))).toEqual([]);
    expect(f({ ...row, aftercareDecidedOn: '2026-06-02' }, at('2026-06-02'))).toHaveLength(1);
    const [i] = placementItems(facts({ placedChildren: [row] }), at('2026-05-05'));
    expect(i).toMatchObject({ dueOn: '2026-07-31', source: { kind: 'child', id: 'k1' } });
    expect(i?.reason).toBe(
      'Den unge fylder 18 år 31.01.2027: afgørelsen om støtte efter 18 år skal træffes senest 31.07.2026 (barnets lov § 111).',
    );
  });

  it('(d) uses case work’s aftercare deadline, 29 February included', () => {
    expect(aftercareDueOn('2008-02-29')).toBe('2025-08-28');
    fc.assert(
      fc.property(anyDate, (birthDate) => {
        const today = addCalendarDays(birthDate, 17 * 365);
        const deadlines = caseDeadlines(
          {
            child: { birthDate },
            assessments: [],
            plans: [],
            measures: [
              { id: 'm', track: 'placement', startOn: birthDate, endedOn: null, cadenceWeeks: null },
            ],
            followUps: [],
          },
          today,
        );
        expect(deadlines.find((d) => d.rule === 'aftercare-17-5')?.dueOn).toBe(aftercareDueOn(birthDate));
      }),
      { numRuns: 500 },
    );
  });

  it('(g) brings every placement to the political review every 6 months, naming no one', () => {
    const f = (r: PlacedChildRow, w: ReturnType<typeof at>) =>
      placementItems(facts({ placedChildren: [r] }), w).filter((i) => i.rule === 'political_review');
    expect(f(placed(), at('2026-07-30'))).toEqual([]);
    const [first] = f(placed(), at('2026-07-31'));
    expect(first).toMatchObject({ forumKind: 'political_review', dueOn: '2026-07-31' });
    expect(first?.districtId).toBeUndefined();
    expect(first?.reason).toBe(
      'Anbragt siden 31.01.2026 (trin 5), ingen gennemgang endnu: gennemgang hver 6. måned.',
    );
    expect(f(placed({ lastPoliticalReviewOn: '2026-07-30' }), at('2027-01-29'))).toEqual([]);
    expect(f(placed({ lastPoliticalReviewOn: '2026-07-30' }), at('2027-01-30'))).toHaveLength(1);
  });

  it('(h) flags an institutional placement past 12 months on the council of the district', () => {
    const row = placed({ stepPosition: 6, stepSince: '2024-02-29', placedSince: '2023-06-01' });
    expect(isLongInstitutionalStay(row, '2025-02-27')).toBe(false);
    expect(isLongInstitutionalStay(row, '2025-02-28')).toBe(true);
    expect(isLongInstitutionalStay({ ...row, stepPosition: 5 }, '2030-01-01')).toBe(false);
    const flags = placementItems(facts({ placedChildren: [row] }), at('2025-03-04')).filter(
      (i) => i.rule === 'long_institutional_stay',
    );
    expect(flags).toEqual([
      expect.objectContaining({ forumKind: 'creative_council', districtId: 'd1', dueOn: '2025-02-28' }),
    ]);
    expect(flags[0]?.reason).toBe(
      'På institution siden 29.02.2024, over 12 måneder: anbringelser skal være korte og behandlende.',
    );
  });
});

describe('agendaItems and agendaFor', () => {
  const all = facts({
    proposals: [
      proposal({ id: 'p2', proposedOn: '2026-03-05' }),
      proposal({ id: 'p3', caseId: 'c3', districtId: 'd2' }),
    ],
    decisions: [decision({ forumKind: 'placement_committee', decidedOn: '2026-03-03' })],
    placedChildren: [placed({ stepPosition: 6, stepSince: '2025-01-10', placedSince: '2025-01-10' })],
  });

  it('sorts by due date, then rule, and gives each forum its own items', () => {
    const items = agendaItems(all, at('2026-03-10'));
    expect(items.map((i) => [i.dueOn, i.rule, i.source.id])).toEqual([
      ['2025-07-10', 'political_review', 'k1'],
      ['2026-01-10', 'long_institutional_stay', 'k1'],
      ['2026-03-02', 'specialised_proposal', 'p3'],
      ['2026-03-03', 'school_placement', 'f1'],
      ['2026-03-05', 'specialised_proposal', 'p2'],
    ]);
    const council = agendaFor({ kind: 'creative_council', districtId: 'd1' }, all, at('2026-03-10'));
    expect(council.map((i) => i.source.id)).toEqual(['k1', 'p2']);
    const school = agendaFor(
      { kind: 'school_visitation_committee', districtId: null },
      all,
      at('2026-03-10'),
    );
    expect(school.map((i) => i.rule)).toEqual(['school_placement']);
  });

  it('does not change for a past meeting when later decisions are recorded, nor with the rows’ order', () => {
    const later = fc.record({
      forumKind: fc.constantFrom(
        'creative_council' as const,
        'placement_committee' as const,
        'school_visitation_committee' as const,
        'children_committee' as const,
      ),
      outcome: fc.constantFrom('approved' as const, 'rejected' as const, 'postponed' as const),
      proposalId: fc.constantFrom(null, 'p2', 'p3'),
      days: fc.integer({ min: 1, max: 400 }),
    });
    fc.assert(
      fc.property(fc.array(later, { maxLength: 5 }), (extra) => {
        const before = agendaItems(all, at('2026-03-10'));
        const decisions = [
          ...extra.map((e, n) =>
            decision({ ...e, id: `x${n}`, decidedOn: addCalendarDays('2026-03-10', e.days) }),
          ),
          ...all.decisions,
        ];
        const shuffled = { ...all, decisions, proposals: [...all.proposals].reverse() };
        expect(agendaItems(shuffled, at('2026-03-10'))).toEqual(before);
      }),
    );
  });
});
