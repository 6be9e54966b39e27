import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TEST_LADDER } from './catalog.testing.ts';
import { MAX_STEPS, planLadderChange, type RequestedStep } from './ladder.ts';
import type { Ladder } from './types.ts';

const current: Ladder = { ...TEST_LADDER, id: 'v1', createdAt: '2025-01-01T00:00:00.000Z' };
const same = (): RequestedStep[] =>
  current.steps.map(({ id, name, category, track }) => ({ id, name, category, track }));

describe('planLadderChange', () => {
  it('sees the same ladder as unchanged', () => {
    expect(planLadderChange(current, same())).toEqual({
      ok: true,
      changed: false,
      retiredStepIds: [],
      steps: current.steps.map((s) => ({ ...s })),
    });
  });

  it('renames a step, keeping its id', () => {
    const steps = same();
    steps[1] = { ...steps[1], name: 'Forebyggende tilbud' } as RequestedStep;
    const plan = planLadderChange(current, steps);
    expect(plan).toMatchObject({ ok: true, changed: true, retiredStepIds: [] });
    if (plan.ok) expect(plan.steps[1]).toEqual({ ...current.steps[1], name: 'Forebyggende tilbud' });
  });

  it('inserts a new step (day treatment between 3 and 4) and renumbers the rest', () => {
    const steps = same();
    steps.splice(3, 0, { name: 'Dagbehandling', category: 'preventive', track: 'family' });
    const plan = planLadderChange(current, steps);
    expect(plan.ok && plan.changed).toBe(true);
    if (!plan.ok) return;
    expect(plan.steps.map((s) => [s.id, s.position])).toEqual([
      ['s1', 1],
      ['s2', 2],
      ['s3', 3],
      [null, 4],
      ['s4', 5],
      ['s5', 6],
      ['s6', 7],
    ]);
  });

  it('retires a step left out', () => {
    const plan = planLadderChange(
      current,
      same().filter((s) => s.id !== 's2'),
    );
    expect(plan).toMatchObject({ ok: true, changed: true, retiredStepIds: ['s2'] });
  });

  it('trims names and sees a change of spacing only as no change', () => {
    const steps = same().map((s) => ({ ...s, name: `  ${s.name.replace(' ', '  ')} ` }));
    expect(planLadderChange(current, steps)).toMatchObject({ ok: true, changed: false });
  });

  it('refuses an empty ladder and one with too many steps', () => {
    expect(planLadderChange(current, [])).toEqual({
      ok: false,
      errors: ['Indsatstrappen skal have mindst ét trin.'],
    });
    const many = Array.from({ length: MAX_STEPS + 1 }, (_, i) => ({
      name: `Trin ${i}`,
      category: 'preventive' as const,
      track: 'early' as const,
    }));
    expect(planLadderChange(current, many)).toMatchObject({ ok: false });
  });

  it('refuses duplicate names, case-insensitively', () => {
    const steps = same();
    steps[1] = { ...steps[1], name: 'TIDLIG INDSATS I ALMENOMRÅDET' } as RequestedStep;
    const plan = planLadderChange(current, steps);
    expect(plan.ok).toBe(false);
    if (!plan.ok) expect(plan.errors[0]).toContain('samme navn som trin 1');
  });

  it('refuses unknown and repeated ids and empty names', () => {
    expect(
      planLadderChange(current, [{ id: 'nope', name: 'X', category: 'preventive', track: 'early' }]),
    ).toMatchObject({
      ok: false,
    });
    const repeated = same();
    repeated.push({ ...(repeated[0] as RequestedStep), name: 'Kopi' });
    expect(planLadderChange(current, repeated).ok).toBe(false);
    expect(planLadderChange(current, [{ name: '   ', category: 'preventive', track: 'early' }])).toEqual({
      ok: false,
      errors: ['Trin 1 mangler et navn.'],
    });
  });

  it('refuses a preventive step after a placement step', () => {
    const steps = same();
    steps.push({ name: 'Efterværn i hjemmet', category: 'preventive', track: 'family' });
    const plan = planLadderChange(current, steps);
    expect(plan.ok).toBe(false);
    if (!plan.ok)
      expect(plan.errors[0]).toMatch(/Trin 7 «Efterværn i hjemmet».*forebyggende trin skal komme før/);
  });

  it('always numbers positions 1..n and retires exactly the ids left out (property)', () => {
    const subset = fc.subarray(current.steps, { minLength: 1 });
    fc.assert(
      fc.property(subset, fc.array(fc.boolean(), { maxLength: 3 }), (kept, extras) => {
        const preventive = kept.filter((s) => s.category === 'preventive');
        const placement = kept.filter((s) => s.category === 'placement');
        const added: RequestedStep[] = extras.map((_, i) => ({
          name: `Nyt ${i}`,
          category: 'preventive' as const,
          track: 'family' as const,
        }));
        const requested: RequestedStep[] = [...preventive, ...added, ...placement].map(
          ({ id, name, category, track }) => ({ id, name, category, track }),
        );
        const plan = planLadderChange(current, requested);
        expect(plan.ok).toBe(true);
        if (!plan.ok) return;
        expect(plan.steps.map((s) => s.position)).toEqual(requested.map((_, i) => i + 1));
        expect(plan.retiredStepIds.sort()).toEqual(
          current.steps
            .filter((s) => !kept.includes(s))
            .map((s) => s.id)
            .sort(),
        );
        expect(plan.changed).toBe(kept.length !== current.steps.length || added.length > 0);
      }),
    );
  });
});
