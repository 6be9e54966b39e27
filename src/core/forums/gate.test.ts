import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCalendarDays } from '../calendar/zone.ts';
import { anyDate } from '../casework/arbitraries.testing.ts';
import { addCalendarMonths } from '../casework/months.ts';
import {
  decisionValidUntil,
  emergencyDeadline,
  type GateDecision,
  gateMeasure,
  type MeasureToStart,
  requiredForum,
} from './gate.ts';
import { DEFAULT_FORUM_SETTINGS } from './settings.ts';

const mst = (over: Partial<MeasureToStart> = {}): MeasureToStart => ({
  childId: 'k1',
  stepPosition: 3,
  specialisedOffer: true,
  placement: false,
  withoutConsent: false,
  startOn: '2026-02-01',
  ...over,
});
const fosterCare = (over: Partial<MeasureToStart> = {}) => mst({ stepPosition: 5, placement: true, ...over });
const decision = (over: Partial<GateDecision> = {}): GateDecision => ({
  id: 'f1',
  forumKind: 'creative_council',
  childId: 'k1',
  outcome: 'approved',
  stepPosition: 3,
  decidedOn: '2026-01-15',
  ...over,
});
const committee = (over: Partial<GateDecision> = {}) =>
  decision({ forumKind: 'placement_committee', stepPosition: 5, ...over });

describe('requiredForum', () => {
  it('names the forum of rule (a), (c) or (f), or none', () => {
    expect(requiredForum(mst({ stepPosition: 2, specialisedOffer: false }))).toBeNull();
    expect(requiredForum(mst({ specialisedOffer: false }))).toBeNull();
    expect(requiredForum(mst())).toBe('creative_council');
    expect(requiredForum(fosterCare())).toBe('placement_committee');
    expect(requiredForum(fosterCare({ withoutConsent: true }))).toBe('children_committee');
    // A placement needs its committee even where the municipality has not marked the step specialised.
    expect(requiredForum(fosterCare(), { ...DEFAULT_FORUM_SETTINGS, specialisedSteps: [] })).toBe(
      'placement_committee',
    );
  });
});

describe('gateMeasure', () => {
  it('lets a measure that needs no forum start without a decision', () => {
    expect(gateMeasure(mst({ stepPosition: 2, specialisedOffer: false }), [])).toEqual({
      allowed: true,
      basis: 'not_gated',
    });
  });

  it('allows a start on an approving decision of the right forum, naming it', () => {
    expect(gateMeasure(mst(), [decision()])).toEqual({
      allowed: true,
      basis: 'decision',
      forumKind: 'creative_council',
      decisionId: 'f1',
    });
    expect(gateMeasure(mst({ startOn: '2026-01-15' }), [decision()]).allowed).toBe(true);
    expect(gateMeasure(fosterCare(), [committee()])).toMatchObject({ allowed: true, decisionId: 'f1' });
  });

  it('refuses without a decision, with the stable error id and a Danish message naming the forum', () => {
    expect(gateMeasure(fosterCare(), [])).toEqual({
      allowed: false,
      error: 'forum_decision_required',
      forumKind: 'placement_committee',
      problem: 'missing',
      message:
        'Indsatsen kræver en godkendende afgørelse fra Anbringelses- og efterværnsudvalget for barnet på trin 5 ' +
        'eller et højere, truffet højst 3 måneder før start. Der er ingen afgørelse for barnet.',
    });
    const withoutConsent = gateMeasure(fosterCare({ withoutConsent: true }), [committee()]);
    expect(withoutConsent).toMatchObject({
      allowed: false,
      forumKind: 'children_committee',
      problem: 'missing',
    });
  });

  it('does not let another forum’s decision or another child’s cover the start', () => {
    const council = decision({ stepPosition: 6 });
    expect(gateMeasure(fosterCare(), [council])).toMatchObject({ allowed: false, problem: 'missing' });
    expect(gateMeasure(fosterCare(), [council], { decisionId: 'f1' })).toMatchObject({
      allowed: false,
      problem: 'wrong_forum',
      message: expect.stringMatching(/Den angivne afgørelse er truffet af Det Kreative Råd\.$/),
    });
    expect(gateMeasure(mst(), [decision({ childId: 'k2' })])).toMatchObject({ problem: 'missing' });
    expect(gateMeasure(mst(), [decision({ childId: 'k2' })], { decisionId: 'f1' })).toMatchObject({
      problem: 'unknown_decision',
    });
  });

  it('does not let a decision for a lower step cover a higher one; a higher one covers a lower', () => {
    const result = gateMeasure(fosterCare({ stepPosition: 6 }), [committee()]);
    expect(result).toMatchObject({ allowed: false, problem: 'lower_step' });
    expect(result.allowed === false && result.message).toMatch(
      /Afgørelsen af 15\.01\.2026 godkendte trin 5, ikke trin 6\.$/,
    );
    expect(gateMeasure(fosterCare({ stepPosition: 4 }), [committee()]).allowed).toBe(true);
  });

  it('lets only an approving decision cover: rejected, postponed and an alternative do not', () => {
    for (const outcome of ['rejected', 'postponed', 'alternative'] as const) {
      expect(gateMeasure(mst(), [decision({ outcome })])).toMatchObject({
        allowed: false,
        problem: 'not_approved',
      });
    }
    const rejected = gateMeasure(mst(), [decision({ outcome: 'rejected' })]);
    expect(rejected.allowed === false && rejected.message).toMatch(/godkendte ikke indsatsen \(afvist\)\.$/);
  });

  it('refuses a decision made after the start', () => {
    expect(gateMeasure(mst({ startOn: '2026-01-14' }), [decision()])).toMatchObject({
      problem: 'after_start',
    });
  });

  it.each([
    ['2026-01-15', '2026-04-15', '2026-04-16'],
    ['2026-08-31', '2026-11-30', '2026-12-01'],
    ['2026-11-30', '2027-02-28', '2027-03-01'],
    ['2027-11-30', '2028-02-29', '2028-03-01'],
    ['2028-02-29', '2028-05-29', '2028-05-30'],
    ['2027-12-31', '2028-03-31', '2028-04-01'],
  ])('a decision of %s covers a start up to %s, not on %s', (decidedOn, lastDay, dayAfter) => {
    expect(decisionValidUntil(decidedOn)).toBe(lastDay);
    expect(gateMeasure(mst({ startOn: lastDay }), [decision({ decidedOn })]).allowed).toBe(true);
    const expired = gateMeasure(mst({ startOn: dayAfter }), [decision({ decidedOn })]);
    expect(expired).toMatchObject({ allowed: false, problem: 'expired' });
    const [y, m, d] = lastDay.split('-');
    expect(expired.allowed === false && expired.message).toContain(`gjaldt til og med ${d}.${m}.${y}.`);
  });

  it('takes the validity from the settings', () => {
    const settings = { ...DEFAULT_FORUM_SETTINGS, decisionValidityMonths: 6 };
    expect(gateMeasure(mst({ startOn: '2026-07-15' }), [decision()], {}, settings).allowed).toBe(true);
    expect(gateMeasure(mst({ startOn: '2026-07-16' }), [decision()], {}, settings).allowed).toBe(false);
  });

  it('uses the named decision only, and otherwise the newest that covers', () => {
    const old = committee({ id: 'old', decidedOn: '2025-12-01' });
    const fresh = committee({ id: 'fresh', decidedOn: '2026-01-20' });
    const start = fosterCare({ startOn: '2026-03-05' });
    expect(gateMeasure(start, [old, fresh])).toMatchObject({ allowed: true, decisionId: 'fresh' });
    expect(gateMeasure(start, [old, fresh], { decisionId: 'old' })).toMatchObject({
      allowed: false,
      problem: 'expired',
    });
    // Refused: what was wrong with the newest decision of the forum is said.
    const rejected = committee({ id: 'no', outcome: 'rejected', decidedOn: '2026-02-01' });
    expect(gateMeasure(start, [old, rejected])).toMatchObject({ allowed: false, problem: 'not_approved' });
  });

  it('allows an acute placement on a leader’s emergency decision, with the deadline for the committee', () => {
    const emergency = { id: 'e1', childId: 'k1', decidedOn: '2026-03-01' };
    const acute = (startOn: string, settings = DEFAULT_FORUM_SETTINGS) =>
      gateMeasure(fosterCare({ startOn }), [], { emergency }, settings);
    expect(acute('2026-03-01')).toEqual({
      allowed: true,
      basis: 'emergency',
      emergencyDecisionId: 'e1',
      forumKind: 'placement_committee',
      reachForumBy: '2026-03-08',
    });
    expect(acute('2026-03-08').allowed).toBe(true);
    expect(acute('2026-03-09')).toMatchObject({ allowed: false, problem: 'emergency_not_covering' });
    expect(acute('2026-02-28')).toMatchObject({ allowed: false, problem: 'emergency_not_covering' });
    const three = { ...DEFAULT_FORUM_SETTINGS, emergencyDays: 3 };
    expect(acute('2026-03-01', three)).toMatchObject({ reachForumBy: '2026-03-04' });
    expect(emergencyDeadline('2026-12-28')).toBe('2027-01-04');
    // Only for placements, and only the child's own.
    expect(gateMeasure(mst({ startOn: '2026-03-01' }), [], { emergency })).toMatchObject({
      problem: 'missing',
    });
    expect(
      gateMeasure(fosterCare({ startOn: '2026-03-01' }), [], { emergency: { ...emergency, childId: 'k2' } }),
    ).toMatchObject({ allowed: false });
    // An approving decision comes first: then no deadline follows.
    expect(gateMeasure(fosterCare({ startOn: '2026-03-01' }), [committee()], { emergency })).toMatchObject({
      basis: 'decision',
    });
  });

  it('covers exactly the starts from the decision day to the last valid day, whatever the order of the rows', () => {
    fc.assert(
      fc.property(
        anyDate,
        fc.integer({ min: -40, max: 160 }),
        fc.integer({ min: 0, max: 3 }),
        (decidedOn, n, extra) => {
          const startOn = addCalendarDays(decidedOn, n);
          const expected = startOn >= decidedOn && startOn <= addCalendarMonths(decidedOn, 3);
          const others = Array.from({ length: extra }, (_, i) =>
            decision({ id: `r${i}`, outcome: 'rejected', decidedOn: addCalendarDays(decidedOn, i - 1) }),
          );
          const rows = [...others, decision({ decidedOn })];
          const result = gateMeasure(mst({ startOn }), rows);
          expect(result.allowed).toBe(expected);
          expect(gateMeasure(mst({ startOn }), [...rows].reverse())).toEqual(result);
          if (expected) expect(result).toMatchObject({ decisionId: 'f1' });
        },
      ),
      { numRuns: 2000 },
    );
  });
});
