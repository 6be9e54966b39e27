import { describe, expect, it } from 'vitest';
import { chartRows, measureText } from './f8-values.ts';
import type { F8 } from './figures-api.ts';

const measure = (total: number, onTime: number) => ({
  total,
  onTime,
  share: total === 0 ? null : onTime / total,
  suppressed: false,
});

describe('figure F8 in the web', () => {
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
      from: '2026-01-01',
      to: '2026-02-28',
      districts: [{ id: 'a', name: 'Nord' }],
      cells: [
        {
          districtId: 'a',
          month: '2026-01',
          screening: measure(4, 3),
          receipt: measure(0, 0),
        },
        { districtId: null, month: '2026-02', screening: measure(2, 2), receipt: measure(1, 1) },
      ],
    };
    const { rows, series } = chartRows(f8, ['2026-01', '2026-02'], 'screening');
    expect(series).toEqual(['Barn ikke identificeret', 'Nord']);
    expect(rows).toEqual([
      { period: 'jan. 2026', Nord: 75, 'Barn ikke identificeret': null },
      { period: 'feb. 2026', Nord: null, 'Barn ikke identificeret': 100 },
    ]);
  });
});
