import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCalendarDays } from '../calendar/zone.ts';
import { anyDate } from './arbitraries.testing.ts';
import {
  type CaseDeadline,
  type CaseFacts,
  caseDeadlines,
  compareDeadlines,
  DEFAULT_CASEWORK_SETTINGS,
  doneOnTime,
  firstFollowUpDueOn,
  isOverdue,
  nextDeadline,
  placementStartOn,
} from './deadlines.ts';
import { addCalendarMonths } from './months.ts';

type Measure = CaseFacts['measures'][number];
type Assessment = CaseFacts['assessments'][number];

const emptyFacts = (birthDate = '2015-01-01'): CaseFacts => ({
  child: { birthDate },
  assessments: [],
  plans: [],
  measures: [],
  followUps: [],
});

const compact = (ds: CaseDeadline[]) => ds.map((d) => [d.rule, d.subject.id, d.dueOn, d.doneOn] as const);

describe('caseDeadlines: a home-based case', () => {
  const facts: CaseFacts = {
    ...emptyFacts('2012-06-15'),
    assessments: [
      { id: 'a1', kind: 'assessment', awareOn: '2026-01-31', completedOn: '2026-04-10', provisionalOn: null },
      // A clarification (BL § 19) carries no assessment deadline.
      { id: 'c1', kind: 'clarification', awareOn: '2026-01-05', completedOn: null, provisionalOn: null },
    ],
    plans: [{ id: 'p1', kind: 'child_plan', agreedOn: '2026-03-01' }],
    measures: [{ id: 'm1', track: 'home', startOn: '2026-02-10', endedOn: null, cadenceWeeks: null }],
    followUps: [{ id: 'f1', measureId: 'm1', kind: 'first', heldOn: '2026-04-20' }],
  };

  it('lists done and open deadlines by due date', () => {
    expect(compact(caseDeadlines(facts, '2026-05-01'))).toEqual([
      // 31 Jan + 2 months clamps to 31 March; completed 10 April: done, but late.
      ['assessment-2m', 'a1', '2026-03-31', '2026-04-10'],
      // The parallel assessment ended on 10 April, before 10 May: the first follow-up is due then.
      ['first-follow-up', 'm1', '2026-04-10', '2026-04-20'],
      ['plan-3m', 'm1', '2026-05-10', '2026-03-01'],
      ['assessment-4m', 'a1', '2026-05-31', '2026-04-10'],
      // Home-based, no cadence recorded: 3 calendar months after the latest follow-up.
      ['follow-up-home', 'm1', '2026-07-20', null],
    ]);
  });

  it('carries Danish labels and subjects', () => {
    const first = caseDeadlines(facts, '2026-05-01').find((d) => d.rule === 'first-follow-up');
    expect(first?.label).toBe('Første opfølgning på indsats');
    expect(first?.subject).toEqual({ kind: 'measure', id: 'm1' });
  });

  it('counts the next follow-up from the latest held, at the cadence recorded at the first', () => {
    const withCadence: CaseFacts = {
      ...facts,
      measures: [{ id: 'm1', track: 'home', startOn: '2026-02-10', endedOn: null, cadenceWeeks: 4 }],
      followUps: [...facts.followUps, { id: 'f2', measureId: 'm1', kind: 'regular', heldOn: '2026-05-18' }],
    };
    const next = caseDeadlines(withCadence, '2026-05-20').filter((d) => d.rule === 'follow-up-home');
    expect(compact(next)).toEqual([['follow-up-home', 'm1', '2026-06-15', null]]);
  });

  it('accepts a provisional assessment for the 4-month rule only (BL § 20, stk. 3)', () => {
    const late: CaseFacts = {
      ...emptyFacts(),
      assessments: [
        {
          id: 'a',
          kind: 'assessment',
          awareOn: '2026-01-10',
          completedOn: null,
          provisionalOn: '2026-05-08',
        },
      ],
    };
    expect(compact(caseDeadlines(late, '2026-06-01'))).toEqual([
      ['assessment-2m', 'a', '2026-03-10', null],
      ['assessment-4m', 'a', '2026-05-10', '2026-05-08'],
    ]);
  });

  it('counts a plan agreed before the measure as done on its first day', () => {
    const early: CaseFacts = {
      ...emptyFacts(),
      plans: [{ id: 'p', kind: 'youth_plan', agreedOn: '2025-12-01' }],
      measures: [{ id: 'm', track: 'home', startOn: '2026-01-15', endedOn: null, cadenceWeeks: null }],
    };
    const plan = caseDeadlines(early, '2026-02-01').find((d) => d.rule === 'plan-3m');
    expect(plan).toMatchObject({ dueOn: '2026-04-15', doneOn: '2026-01-15' });
    expect(doneOnTime(plan as CaseDeadline)).toBe(true);
  });

  it('gives early-track measures a first follow-up but no plan-3m', () => {
    const early: CaseFacts = {
      ...emptyFacts(),
      measures: [{ id: 'm', track: 'early', startOn: '2026-01-31', endedOn: null, cadenceWeeks: null }],
    };
    expect(compact(caseDeadlines(early, '2026-02-01'))).toEqual([
      ['first-follow-up', 'm', '2026-04-30', null],
    ]);
  });

  it('owes nothing for a measure that ended before its deadlines, but keeps a missed one open', () => {
    const short: CaseFacts = {
      ...emptyFacts(),
      measures: [
        { id: 'short', track: 'home', startOn: '2026-01-10', endedOn: '2026-02-20', cadenceWeeks: null },
        { id: 'missed', track: 'home', startOn: '2026-01-10', endedOn: '2026-05-01', cadenceWeeks: null },
      ],
    };
    const ds = caseDeadlines(short, '2026-06-01');
    expect(compact(ds)).toEqual([
      ['plan-3m', 'missed', '2026-04-10', null],
      ['first-follow-up', 'missed', '2026-04-10', null],
    ]);
    expect(ds.every((d) => isOverdue(d, '2026-06-01'))).toBe(true);
  });
});

describe('caseDeadlines: a placed child', () => {
  // Turns 16 on 20 September 2026 and 18 on 20 September 2028.
  const facts: CaseFacts = {
    ...emptyFacts('2010-09-20'),
    measures: [
      { id: 'foster', track: 'placement', startOn: '2025-11-03', endedOn: '2026-03-02', cadenceWeeks: null },
      // Moved to an institution the day the foster placement ended: one uninterrupted placement.
      { id: 'inst', track: 'placement', startOn: '2026-03-02', endedOn: null, cadenceWeeks: null },
    ],
    followUps: [
      { id: 'f1', measureId: 'foster', kind: 'first', heldOn: '2026-01-28' },
      { id: 'v1', measureId: null, kind: 'supervision_visit', heldOn: '2026-01-15' },
      { id: 'f2', measureId: 'inst', kind: 'first', heldOn: '2026-05-20' },
    ],
  };

  it('finds the start of the uninterrupted placement', () => {
    expect(placementStartOn(facts.measures, '2026-07-01')).toBe('2025-11-03');
    expect(placementStartOn(facts.measures, '2025-11-02')).toBeNull();
    expect(placementStartOn([], '2026-07-01')).toBeNull();
  });

  it('lists the placement rules', () => {
    expect(compact(caseDeadlines(facts, '2026-07-01'))).toEqual([
      // Same day: the order of domain.md's rule table.
      ['plan-3m', 'foster', '2026-02-03', null],
      ['first-follow-up', 'foster', '2026-02-03', '2026-01-28'],
      ['plan-3m', 'inst', '2026-06-02', null],
      ['first-follow-up', 'inst', '2026-06-02', '2026-05-20'],
      // Placement default: 6 weeks after the latest follow-up; only the running measure.
      ['follow-up-placement', 'inst', '2026-07-01', null],
      // Two visits a year: 6 months after the latest.
      ['supervision-visits', null, '2026-07-15', null],
      // Turns 16 within 3 months: shown, due 3 months after the birthday.
      ['youth-plan-16', null, '2026-12-20', null],
      ['aftercare-17-5', null, '2028-03-20', null],
    ]);
  });

  it('marks youth plan and aftercare done, and drops aftercare after 18', () => {
    const done: CaseFacts = {
      ...facts,
      plans: [
        { id: 'old', kind: 'youth_plan', agreedOn: '2026-06-01' }, // more than 3 months before 16
        { id: 'y', kind: 'youth_plan', agreedOn: '2026-08-01' },
      ],
      followUps: [
        ...facts.followUps,
        { id: 'after', measureId: null, kind: 'aftercare', heldOn: '2028-01-10' },
      ],
    };
    const ds = caseDeadlines(done, '2028-02-01');
    expect(ds.find((d) => d.rule === 'youth-plan-16')?.doneOn).toBe('2026-08-01');
    expect(ds.find((d) => d.rule === 'aftercare-17-5')?.doneOn).toBe('2028-01-10');
    expect(caseDeadlines(done, '2028-09-20').some((d) => d.rule === 'aftercare-17-5')).toBe(false);
  });

  it('has no placement rules once the placement ended, nor youth plan for a younger child', () => {
    const ended: CaseFacts = {
      ...facts,
      measures: facts.measures.map((m) => ({ ...m, endedOn: m.endedOn ?? '2026-06-30' })),
    };
    const rules = caseDeadlines(ended, '2026-07-01').map((d) => d.rule);
    expect(rules).not.toContain('supervision-visits');
    expect(rules).not.toContain('follow-up-placement');
    expect(caseDeadlines(facts, '2026-06-19').map((d) => d.rule)).not.toContain('youth-plan-16');
    expect(caseDeadlines(facts, '2026-06-20').map((d) => d.rule)).toContain('youth-plan-16');
  });
});

describe('nextDeadline and isOverdue', () => {
  const d = (dueOn: string, doneOn: string | null): CaseDeadline => ({
    rule: 'plan-3m',
    dueOn,
    doneOn,
    subject: { kind: 'case', id: null },
    label: '',
  });
  it('picks the earliest open deadline', () => {
    expect(
      nextDeadline([d('2026-01-01', '2026-01-01'), d('2026-03-01', null), d('2026-02-01', null)]),
    ).toEqual(d('2026-02-01', null));
    expect(nextDeadline([d('2026-01-01', '2026-01-01')])).toBeNull();
    expect(nextDeadline([])).toBeNull();
  });
  it('is overdue only after the due day, and never when done', () => {
    expect(isOverdue(d('2026-03-01', null), '2026-03-01')).toBe(false);
    expect(isOverdue(d('2026-03-01', null), '2026-03-02')).toBe(true);
    expect(isOverdue(d('2026-03-01', '2026-04-01'), '2026-05-01')).toBe(false);
  });
});

// ---------------------------------------------------------------- properties

const offset = (min: number, max: number) => fc.integer({ min, max });

/** An arbitrary case around an anchor date: assessments, plans, measures and follow-ups. */
const factsArb = fc
  .record({
    anchor: anyDate,
    birthBack: offset(0, 22 * 366),
    assessments: fc.array(
      fc.record({
        kind: fc.constantFrom('assessment', 'clarification'),
        aware: offset(-400, 400),
        completed: fc.option(offset(0, 300)),
        provisional: fc.option(offset(100, 200)),
      }),
      { maxLength: 3 },
    ),
    plans: fc.array(fc.record({ kind: fc.constantFrom('child_plan', 'youth_plan'), on: offset(-400, 400) }), {
      maxLength: 3,
    }),
    measures: fc.array(
      fc.record({
        track: fc.constantFrom('early', 'home', 'placement'),
        start: offset(-400, 400),
        length: fc.option(offset(1, 500)),
        cadence: fc.option(offset(1, 26)),
        followUps: fc.array(fc.record({ kind: fc.constantFrom('first', 'regular'), after: offset(0, 500) }), {
          maxLength: 4,
        }),
      }),
      { maxLength: 4 },
    ),
    visits: fc.array(offset(-400, 400), { maxLength: 3 }),
    aftercare: fc.option(offset(-400, 400)),
  })
  .map((r): { facts: CaseFacts; today: string } => {
    const at = (days: number) => addCalendarDays(r.anchor, days);
    const measures: Measure[] = r.measures.map((m, i) => ({
      id: `m${i}`,
      track: m.track as Measure['track'],
      startOn: at(m.start),
      endedOn: m.length === null ? null : at(m.start + m.length),
      cadenceWeeks: m.cadence,
    }));
    return {
      today: r.anchor,
      facts: {
        child: { birthDate: at(-r.birthBack) },
        assessments: r.assessments.map(
          (a, i): Assessment => ({
            id: `a${i}`,
            kind: a.kind as Assessment['kind'],
            awareOn: at(a.aware),
            completedOn: a.completed === null ? null : at(a.aware + a.completed),
            provisionalOn: a.provisional === null ? null : at(a.aware + a.provisional),
          }),
        ),
        plans: r.plans.map((p, i) => ({ id: `p${i}`, kind: p.kind as 'child_plan', agreedOn: at(p.on) })),
        measures,
        followUps: [
          ...r.measures.flatMap((m, i) =>
            m.followUps.map((f, j) => ({
              id: `f${i}-${j}`,
              measureId: `m${i}`,
              kind: f.kind as 'first' | 'regular',
              heldOn: at(m.start + f.after),
            })),
          ),
          ...r.visits.map((v, i) => ({
            id: `v${i}`,
            measureId: null,
            kind: 'supervision_visit' as const,
            heldOn: at(v),
          })),
          ...(r.aftercare === null
            ? []
            : [{ id: 'ac', measureId: null, kind: 'aftercare' as const, heldOn: at(r.aftercare) }]),
        ],
      },
    };
  });

describe('deadline properties', () => {
  it('first follow-up: exactly 3 calendar months after the start, or earlier when a parallel assessment ended', () => {
    fc.assert(
      fc.property(
        anyDate,
        fc.option(fc.record({ awareBefore: offset(0, 200), completedAfter: fc.option(offset(-30, 200)) })),
        (startOn, parallel) => {
          const assessments: Assessment[] =
            parallel === null
              ? []
              : [
                  {
                    id: 'a',
                    kind: 'assessment',
                    awareOn: addCalendarDays(startOn, -parallel.awareBefore),
                    completedOn:
                      parallel.completedAfter === null
                        ? null
                        : addCalendarDays(startOn, parallel.completedAfter),
                    provisionalOn: null,
                  },
                ];
          const threeMonths = addCalendarMonths(startOn, 3);
          const due = firstFollowUpDueOn({ startOn }, assessments);
          expect(due <= threeMonths).toBe(true);
          const completed = assessments[0]?.completedOn ?? null;
          if (completed !== null && completed > startOn && completed < threeMonths)
            expect(due).toBe(completed);
          else expect(due).toBe(threeMonths);
          // And the same through caseDeadlines.
          const facts: CaseFacts = {
            ...emptyFacts(),
            assessments,
            measures: [{ id: 'm', track: 'home', startOn, endedOn: null, cadenceWeeks: null }],
          };
          expect(caseDeadlines(facts, startOn).find((d) => d.rule === 'first-follow-up')?.dueOn).toBe(due);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('assessment-4m is never before assessment-2m, and both are calendar month steps', () => {
    fc.assert(
      fc.property(factsArb, ({ facts, today }) => {
        const ds = caseDeadlines(facts, today);
        for (const a of facts.assessments) {
          const mine = ds.filter((d) => d.subject.kind === 'assessment' && d.subject.id === a.id);
          if (a.kind === 'clarification') {
            expect(mine).toEqual([]);
            continue;
          }
          const four = mine.find((d) => d.rule === 'assessment-4m');
          const two = mine.find((d) => d.rule === 'assessment-2m');
          expect(four?.dueOn).toBe(addCalendarMonths(a.awareOn, 4));
          expect(two?.dueOn).toBe(addCalendarMonths(a.awareOn, 2));
          expect((four?.dueOn ?? '') >= (two?.dueOn ?? '')).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('returns deadlines sorted; nextDeadline is the earliest open one, never a done one', () => {
    fc.assert(
      fc.property(factsArb, ({ facts, today }) => {
        const ds = caseDeadlines(facts, today);
        for (let i = 1; i < ds.length; i++) {
          expect(compareDeadlines(ds[i - 1] as CaseDeadline, ds[i] as CaseDeadline)).toBeLessThanOrEqual(0);
          expect((ds[i - 1] as CaseDeadline).dueOn <= (ds[i] as CaseDeadline).dueOn).toBe(true);
        }
        const next = nextDeadline(ds);
        const open = ds.filter((d) => d.doneOn === null);
        if (open.length === 0) expect(next).toBeNull();
        else {
          expect(next?.doneOn).toBeNull();
          expect(next).toBe(open[0]);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('gives a measure ended by today no recurring follow-up, and a running one at most one', () => {
    fc.assert(
      fc.property(factsArb, ({ facts, today }) => {
        const ds = caseDeadlines(facts, today);
        for (const m of facts.measures) {
          const recurring = ds.filter(
            (d) => (d.rule === 'follow-up-home' || d.rule === 'follow-up-placement') && d.subject.id === m.id,
          );
          if (m.endedOn !== null && m.endedOn <= today) expect(recurring).toEqual([]);
          expect(recurring.length).toBeLessThanOrEqual(1);
          for (const r of recurring) {
            expect(r.doneOn).toBeNull();
            expect(r.rule).toBe(m.track === 'placement' ? 'follow-up-placement' : 'follow-up-home');
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it('has placement rules exactly when a placement runs today', () => {
    fc.assert(
      fc.property(factsArb, ({ facts, today }) => {
        const placed = facts.measures.some(
          (m) => m.track === 'placement' && m.startOn <= today && (m.endedOn === null || m.endedOn > today),
        );
        const visits = caseDeadlines(facts, today).filter((d) => d.rule === 'supervision-visits');
        expect(visits.length).toBe(placed ? 1 : 0);
        const lastVisit = facts.followUps
          .filter((f) => f.kind === 'supervision_visit')
          .reduce((a, f) => (f.heldOn > a ? f.heldOn : a), today);
        for (const v of visits) expect(v.dueOn <= addCalendarMonths(lastVisit, 6)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('uses the settings it is given', () => {
    const facts: CaseFacts = {
      ...emptyFacts(),
      assessments: [
        { id: 'a', kind: 'assessment', awareOn: '2026-01-31', completedOn: null, provisionalOn: null },
      ],
    };
    const ds = caseDeadlines(facts, '2026-02-01', {
      ...DEFAULT_CASEWORK_SETTINGS,
      assessmentLimitMonths: 5,
      assessmentTargetMonths: 1,
    });
    expect(compact(ds)).toEqual([
      ['assessment-2m', 'a', '2026-02-28', null],
      ['assessment-4m', 'a', '2026-06-30', null],
    ]);
  });
});
