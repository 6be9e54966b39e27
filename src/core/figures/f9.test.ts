import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeF9, type F9Row } from './f9.ts';
import { shareMeasure } from './share.ts';

const row = (districtId: string | null, awareOn: string, completedOn: string | null): F9Row => ({
  districtId,
  awareOn,
  completedOn,
});

describe('figure F9', () => {
  const today = '2026-06-15';

  it('counts assessments within 2 and 4 calendar months per district and month of awareness', () => {
    const cells = computeF9(
      [
        // 31 Jan: limits 31 March and 31 May (clamped).
        row('d1', '2026-01-31', '2026-03-31'), // within 2 and 4
        row('d1', '2026-01-10', '2026-04-01'), // late for 2 (10 March), within 4 (10 May)
        row('d1', '2026-01-20', null), // both limits passed uncompleted
        row('d1', '2026-02-05', '2026-06-10'), // limits 5 April and 5 June: late for both
        row('d2', '2026-03-01', null), // 2 months passed (1 May); 4 months (1 July) still open
        row('d2', '2026-04-20', null), // 20 June: inside both limits, left out of both
        row(null, '2026-02-14', '2026-04-14'), // exactly on the 2-month limit: on time
      ],
      today,
    );
    expect(
      cells.map((c) => [
        c.districtId,
        c.month,
        c.within2.total,
        c.within2.onTime,
        c.within4.total,
        c.within4.onTime,
      ]),
    ).toEqual([
      ['d1', '2026-01', 3, 1, 3, 2],
      [null, '2026-02', 1, 1, 1, 1],
      ['d1', '2026-02', 1, 0, 1, 0],
      ['d2', '2026-03', 1, 0, 0, 0],
      ['d2', '2026-04', 0, 0, 0, 0],
    ]);
    expect(cells[0]?.within2.share).toBeCloseTo(1 / 3);
    expect(cells[0]?.within4.share).toBeCloseTo(2 / 3);
    expect(cells[3]?.within4).toEqual({ total: 0, onTime: 0, share: null, suppressed: false });
  });

  it('treats the limit day as on time and the day after as passed', () => {
    // Aware 15 April: the 2-month limit is 15 June = today, so an open one is not yet late.
    expect(computeF9([row('d', '2026-04-15', null)], '2026-06-15')[0]?.within2.total).toBe(0);
    expect(computeF9([row('d', '2026-04-15', null)], '2026-06-16')[0]?.within2.total).toBe(1);
  });

  it('suppresses counts below the threshold', () => {
    const rows = [1, 2, 3, 4].map((d) => row('d1', `2026-01-0${d}`, `2026-02-0${d}`));
    expect(computeF9(rows, today, 5)[0]?.within2).toEqual({
      total: null,
      onTime: null,
      share: null,
      suppressed: true,
    });
    // 4 of 5 on time says 1 was late: the complement is small, so the cell is suppressed.
    expect(computeF9([...rows, row('d1', '2026-01-05', null)], today, 5)[0]?.within4).toEqual({
      total: null,
      onTime: null,
      share: null,
      suppressed: true,
    });
    const late = [5, 6, 7, 8, 9].map((d) => row('d1', `2026-01-0${d}`, null));
    expect(
      computeF9([...rows, row('d1', '2026-01-05', '2026-02-05'), ...late], today, 5)[0]?.within4,
    ).toEqual({
      total: 10,
      onTime: 5,
      share: 0.5,
      suppressed: false,
    });
  });

  it('never publishes a small count, on time or late (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 40 }), (total, onTime) => {
        const m = shareMeasure([total, Math.min(onTime, total)], 5);
        const counts = m.suppressed ? [] : [m.total ?? 0, m.onTime ?? 0, (m.total ?? 0) - (m.onTime ?? 0)];
        expect(counts.some((n) => n > 0 && n < 5)).toBe(false);
        if (m.suppressed) expect([m.total, m.onTime, m.share]).toEqual([null, null, null]);
      }),
      { seed: 2026, numRuns: 300 },
    );
  });
});
