import { describe, expect, it } from 'vitest';
import { fromStepLabel, periodDates, quarterLabel, shareText } from './case-figures-values.ts';

describe('figure values', () => {
  it('turns months into the first and last day, and quarters into Danish', () => {
    expect(periodDates('2025-12', '2026-02')).toEqual({ from: '2025-12-01', to: '2026-02-28' });
    expect(periodDates('2028-02', '2028-02')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(quarterLabel('2026-Q2')).toBe('2. kvt. 2026');
  });

  it('names the step a move left, step 0 as everyday life', () => {
    expect(fromStepLabel(0)).toBe('Trin 0: almindeligt hverdagsliv');
    expect(fromStepLabel(3)).toBe('Trin 3');
  });

  it('marks a suppressed share "< 5", never as a number', () => {
    expect(shareText({ total: null, onTime: null, share: null, suppressed: true })).toBe('< 5');
    expect(shareText({ total: 12, onTime: 10, share: 10 / 12, suppressed: false })).toBe('83 % (10 af 12)');
    expect(shareText({ total: 0, onTime: 0, share: null, suppressed: false })).toBe('Ingen afgjorte');
  });
});
