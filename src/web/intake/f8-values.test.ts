import { describe, expect, it } from 'vitest';
import {
  addMonths,
  chartRows,
  currentMonth,
  measureText,
  monthLabel,
  monthOptions,
  monthsBetween,
} from './f8-values.ts';
import type { F8 } from './intake-api.ts';

const measure = (total: number, onTime: number) => ({
  total,
  onTime,
  share: total === 0 ? null : onTime / total,
  suppressed: false,
});

describe('figure F8 in the web', () => {
  it('steps months across the turn of the year and names them in Danish', () => {
    expect(addMonths('2025-11', 3)).toBe('2026-02');
    expect(addMonths('2026-01', -1)).toBe('2025-12');
    expect(monthsBetween('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthLabel('2026-03')).toBe('marts 2026');
    // Copenhagen's month, not UTC's: 31 March 23:30 UTC is already April in Copenhagen.
    expect(currentMonth(new Date('2026-03-31T23:30:00Z'))).toBe('2026-04');
    const options = monthOptions(new Date('2026-03-10T12:00:00Z'), 3);
    expect(options).toEqual([
      { value: '2026-03', label: 'marts 2026' },
      { value: '2026-02', label: 'februar 2026' },
      { value: '2026-01', label: 'januar 2026' },
    ]);
  });

  it('writes shares with their counts, and suppressed or empty cells in words', () => {
    expect(measureText(measure(25, 24))).toBe('96 % (24 af 25)');
    expect(measureText(measure(0, 0))).toBe('Ingen afgjorte');
    expect(measureText({ total: null, onTime: null, share: null, suppressed: true })).toBe(
      'Færre end 5 (vises ikke)',
    );
  });

  it('makes one chart row per month and one line per district, with gaps where nothing was settled', () => {
    const f8: F8 = {
      figure: 'F8',
      definition: '',
      cells: [
        {
          district: { id: 'a', name: 'Nord' },
          month: '2026-01',
          screening: measure(4, 3),
          receipt: measure(0, 0),
        },
        { district: null, month: '2026-02', screening: measure(2, 2), receipt: measure(1, 1) },
      ],
    };
    const { rows, series } = chartRows(f8, ['2026-01', '2026-02'], 'screening');
    expect(series).toEqual(['Barn ikke identificeret', 'Nord']);
    expect(rows).toEqual([
      { month: 'jan. 2026', Nord: 75, 'Barn ikke identificeret': null },
      { month: 'feb. 2026', Nord: null, 'Barn ikke identificeret': 100 },
    ]);
  });
});
