import { describe, expect, it } from 'vitest';
import { computeF11, type F11Row } from './f11.ts';

const row = (caseworkerId: string, districtId: string | null, openCases: number): F11Row => ({
  caseworkerId,
  districtId,
  openCases,
});

describe('figure F11', () => {
  const rows = [
    row('a', 'd1', 18),
    row('b', 'd1', 20), // at the target: not over
    row('c', 'd1', 25),
    row('d', 'd2', 22),
    row('e', 'd2', 10),
    row('e', null, 2), // e also holds two cases without a district
  ];

  it('gives mean, max and share over the target per district and in total', () => {
    expect(computeF11(rows)).toEqual([
      {
        scope: 'district',
        districtId: 'd1',
        caseworkers: 3,
        mean: 21,
        max: 25,
        shareOver: 1 / 3,
        suppressed: false,
      },
      {
        scope: 'district',
        districtId: 'd2',
        caseworkers: 2,
        mean: 16,
        max: 22,
        shareOver: 0.5,
        suppressed: false,
      },
      {
        scope: 'district',
        districtId: null,
        caseworkers: 1,
        mean: 2,
        max: 2,
        shareOver: 0,
        suppressed: false,
      },
      // e counts once with 12: (18 + 20 + 25 + 22 + 12) / 5 = 19.4.
      {
        scope: 'total',
        districtId: null,
        caseworkers: 5,
        mean: 19.4,
        max: 25,
        shareOver: 0.4,
        suppressed: false,
      },
    ]);
  });

  it('uses the target it is given', () => {
    expect(computeF11(rows, 15).at(-1)?.shareOver).toBe(0.8);
  });

  it('suppresses groups below the threshold', () => {
    const cells = computeF11(rows, 20, 3);
    expect(cells[0]?.caseworkers).toBe(3);
    expect(cells[1]).toEqual({
      scope: 'district',
      districtId: 'd2',
      caseworkers: null,
      mean: null,
      max: null,
      shareOver: null,
      suppressed: true,
    });
    expect(cells.at(-1)?.mean).toBe(19.4);
  });

  it('has a total with nothing to measure when there are no caseworkers', () => {
    expect(computeF11([])).toEqual([
      {
        scope: 'total',
        districtId: null,
        caseworkers: 0,
        mean: null,
        max: null,
        shareOver: null,
        suppressed: false,
      },
    ]);
  });
});
