import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ICS_AREAS, RISK_FACTORS } from './factors.ts';
import { buildGuide, SITUATION_LABELS } from './guide.ts';
import { decideMustReport } from './must-report.ts';

const base = { age: 8, riskFactors: [], areas: [] } as const;

describe('the guide', () => {
  it('tells a thriving child’s teacher to go on, with no duty to report', () => {
    const g = buildGuide({ ...base, level: 9 }, 5);
    expect(g).toMatchObject({ mustReport: false, dutyToReport: null, band: { id: 'thriving' } });
    expect(g.steps[0]).toMatch(/Fortsæt/);
  });

  it('sends a 6 to the preventive worker and the early offers', () => {
    const g = buildGuide({ ...base, level: 6, parentsInformed: false }, 5);
    expect(g.mustReport).toBe(false);
    expect(g.situations).toEqual(['parents_not_informed', 'age_6_17']);
    expect(g.steps.join(' ')).toMatch(/forebyggende socialrådgiver/);
    expect(g.steps.join(' ')).toMatch(/tal med dem/);
  });

  it('puts reporting first below the threshold', () => {
    const g = buildGuide({ ...base, level: 4, parentsInformed: true }, 5);
    expect(g.mustReport).toBe(true);
    expect(g.steps[0]).toBe('Underret kommunen i dag.');
    expect(g.dutyToReport).toMatch(/underretningspligt/);
    expect(g.situations).toContain('must_report');
  });

  it('puts 112 first when the child may be in acute danger', () => {
    const g = buildGuide({ ...base, level: 1 }, 5);
    expect(g.steps[0]).toMatch(/112/);
    expect(g.steps[1]).toBe('Underret kommunen med det samme.');
  });

  it('warns against telling the parents first when violence is suspected, even if they know', () => {
    const g = buildGuide(
      { ...base, level: 7, parentsInformed: true, texts: ['Han siger, far slår ham.'] },
      5,
    );
    expect(g.mustReport).toBe(true);
    expect(g.situations).toContain('violence_or_abuse');
    expect(g.situations).not.toContain('parents_informed');
    expect(g.steps[0]).toMatch(/Tal ikke med forældrene/);
  });

  it('adds partners by age', () => {
    expect(buildGuide({ ...base, level: 6, age: 2 }, 5).situations).toContain('age_0_5');
    expect(buildGuide({ ...base, level: 6, age: 19 }, 5).situations).toContain('age_18_22');
  });

  it('always gives steps, never twice the same, and agrees with the duty-to-report rule', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10 }),
        fc.integer({ min: 0, max: 22 }),
        fc.option(fc.boolean(), { nil: undefined }),
        fc.subarray([...RISK_FACTORS]),
        fc.subarray([...ICS_AREAS]),
        fc.integer({ min: 2, max: 10 }),
        (level, age, parentsInformed, riskFactors, areas, threshold) => {
          const g = buildGuide({ level, age, parentsInformed, riskFactors, areas }, threshold);
          expect(g.steps.length).toBeGreaterThan(0);
          expect(new Set(g.steps).size).toBe(g.steps.length);
          expect(g.mustReport).toBe(decideMustReport({ level, riskFactors }, threshold).mustReport);
          expect(g.dutyToReport !== null).toBe(g.mustReport);
          for (const s of g.situations) expect(SITUATION_LABELS[s]).toBeTruthy();
        },
      ),
    );
  });
});
