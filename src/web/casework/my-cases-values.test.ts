import { describe, expect, it } from 'vitest';
import { byUrgency, caseloadText, daysBetween, dueInWords, quietFor } from './my-cases-values.ts';
import type { MyCase } from './overview-api.ts';

describe('deadlines in words', () => {
  it('counts calendar days, across daylight saving', () => {
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-10-24', '2026-10-26')).toBe(2);
    expect(daysBetween('2026-03-01', '2026-02-01')).toBe(-28);
  });

  it('says the time left in days, weeks or months, and overdue in words', () => {
    const on = '2026-05-10';
    expect(dueInWords('2026-05-10', on)).toBe('i dag');
    expect(dueInWords('2026-05-11', on)).toBe('i morgen');
    expect(dueInWords('2026-05-20', on)).toBe('om 10 dage');
    expect(dueInWords('2026-06-07', on)).toBe('om 4 uger');
    expect(dueInWords('2026-08-10', on)).toBe('om 3 måneder');
    expect(dueInWords('2026-05-09', on)).toBe('1 dag over fristen');
    expect(dueInWords('2026-04-19', on)).toBe('3 uger over fristen');
    expect(quietFor('2026-03-15', on)).toBe('i 8 uger');
  });

  it('puts overdue cases first, then the nearest deadline, cases without one last', () => {
    const c = (name: string, overdue: boolean, dueOn: string | null) =>
      ({ child: { name }, overdue, nextDeadline: dueOn ? { dueOn } : null }) as unknown as MyCase;
    const sorted = [
      c('A', false, null),
      c('B', false, '2026-06-01'),
      c('C', true, '2026-04-01'),
      c('D', false, '2026-05-15'),
    ]
      .sort(byUrgency)
      .map((x) => x.child.name);
    expect(sorted).toEqual(['C', 'D', 'B', 'A']);
  });

  it('writes the caseload against the target', () => {
    expect(caseloadText({ openCases: 23, target: 20, state: 'over' })).toBe('23 sager — mål 20: over målet');
    expect(caseloadText({ openCases: 1, target: 20, state: 'under' })).toBe('1 sag — mål 20: under målet');
    expect(caseloadText({ openCases: 38, target: null, state: null })).toBe(
      '38 sager (målet gælder rådgivere)',
    );
  });
});
