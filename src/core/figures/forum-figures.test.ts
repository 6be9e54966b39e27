import { describe, expect, it } from 'vitest';
import {
  computeFR1,
  computeFR2,
  computeFR3,
  computeFR4,
  type ForumFigureMeasure,
  type FR1Row,
  nearestRank,
} from './forum-figures.ts';

const hidden = { suppressed: true };

describe('FR1: alternatives found by the council', () => {
  const rows: FR1Row[] = [
    { districtId: 'd1', outcome: 'alternative' },
    { districtId: 'd1', outcome: 'approved' },
    { districtId: 'd1', outcome: 'approved' },
    { districtId: 'd1', outcome: 'postponed' }, // decides nothing: not counted
    { districtId: 'd2', outcome: 'rejected' },
    { districtId: 'd2', outcome: 'alternative' },
  ];

  it('counts the decided items and the alternatives per district and in total', () => {
    expect(computeFR1(rows)).toEqual([
      { scope: 'district', districtId: 'd1', decided: 3, alternatives: 1, share: 1 / 3, suppressed: false },
      { scope: 'district', districtId: 'd2', decided: 2, alternatives: 1, share: 0.5, suppressed: false },
      { scope: 'total', districtId: null, decided: 5, alternatives: 2, share: 0.4, suppressed: false },
    ]);
  });

  it('suppresses small counts for the analyst', () => {
    const cells = computeFR1(rows, 5);
    expect(cells.every((c) => c.suppressed && c.decided === null)).toBe(true);
    expect(computeFR1([], 5)).toEqual([
      { scope: 'total', districtId: null, decided: 0, alternatives: 0, share: null, suppressed: false },
    ]);
  });
});

describe('FR2: days from proposal to decision', () => {
  it('takes the nearest rank', () => {
    expect(nearestRank([1, 2, 3, 4], 0.5)).toBe(2);
    expect(nearestRank([1, 2, 3, 4, 5], 0.5)).toBe(3);
    expect(nearestRank([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9)).toBe(9);
    expect(nearestRank([], 0.5)).toBeNull();
  });

  it('gives median and 90th percentile per district', () => {
    const row = (districtId: string, proposedOn: string, decidedOn: string) => ({
      districtId,
      proposedOn,
      decidedOn,
    });
    const cells = computeFR2([
      row('d1', '2026-01-01', '2026-01-08'), // 7
      row('d1', '2026-01-01', '2026-01-15'), // 14
      row('d1', '2026-01-10', '2026-01-13'), // 3
      row('d2', '2026-02-20', '2026-03-02'), // 10 (across the month end)
    ]);
    expect(cells).toEqual([
      { scope: 'district', districtId: 'd1', proposals: 3, medianDays: 7, p90Days: 14, suppressed: false },
      { scope: 'district', districtId: 'd2', proposals: 1, medianDays: 10, p90Days: 10, suppressed: false },
      // 3, 7, 10, 14: median the 2nd, p90 the 4th
      { scope: 'total', districtId: null, proposals: 4, medianDays: 7, p90Days: 14, suppressed: false },
    ]);
    expect(computeFR2([row('d1', '2026-01-01', '2026-01-08')], 5)[0]).toMatchObject({
      ...hidden,
      medianDays: null,
    });
  });
});

const measure = (
  childId: string,
  districtId: string,
  stepPosition: number,
  startOn: string,
  endedOn: string | null = null,
  specialisedOffer = false,
): ForumFigureMeasure => ({ childId, districtId, stepPosition, specialisedOffer, startOn, endedOn });

describe('FR3: specialised offers reviewed on time', () => {
  const AS_OF = '2026-03-01';
  const measures = [
    // a: MST since 2025-06-01, reviewed 2025-12-01: due 2026-06-01, on time
    measure('a', 'd1', 3, '2025-06-01', null, true),
    // b: foster care since 2025-01-10, last review 2025-08-20: due 2026-02-20, overdue
    measure('b', 'd1', 5, '2025-01-10'),
    // c: institution 2024-05-01, stepped down to foster care on 2025-05-01 (one stay), never
    // reviewed: due 2024-11-01, overdue
    measure('c', 'd2', 6, '2024-05-01', '2025-05-01'),
    measure('c', 'd2', 5, '2025-05-01'),
    // d: in a specialised offer only since 2025-10-01: no review due yet, not counted
    measure('d', 'd2', 4, '2025-10-01'),
    // e: step 3 without a specialised offer: not counted
    measure('e', 'd1', 3, '2024-01-01'),
    // f: specialised offer ended before the day: not counted
    measure('f', 'd1', 5, '2024-01-01', '2026-01-01'),
  ];
  const reviews = [
    { childId: 'a', reviewedOn: '2025-12-01' },
    { childId: 'b', reviewedOn: '2025-08-20' },
    { childId: 'b', reviewedOn: '2026-04-01' }, // after the day: not known then
  ];

  it('counts the children whose review was due and those reviewed on time', () => {
    expect(computeFR3(measures, reviews, AS_OF)).toEqual([
      { scope: 'district', districtId: 'd1', children: 2, onTime: 1, share: 0.5, suppressed: false },
      { scope: 'district', districtId: 'd2', children: 1, onTime: 0, share: 0, suppressed: false },
      { scope: 'total', districtId: null, children: 3, onTime: 1, share: 1 / 3, suppressed: false },
    ]);
  });

  it('counts a review on the due day itself as on time', () => {
    expect(computeFR3([measure('x', 'd1', 5, '2025-09-01')], [], '2026-03-01').at(-1)).toMatchObject({
      children: 1,
      onTime: 1,
    });
  });
});

describe('FR4: institutional placements past 12 months', () => {
  it('counts the children on an institutional step and those there 12 months or more', () => {
    const AS_OF = '2026-03-01';
    const cells = computeFR4(
      [
        measure('a', 'd1', 6, '2025-03-01'), // exactly 12 months: long
        measure('b', 'd1', 6, '2025-03-02'), // a day short
        // two stays on step 6 back to back: one stay since 2024-06-01
        measure('c', 'd2', 6, '2024-06-01', '2025-01-01'),
        measure('c', 'd2', 6, '2025-01-01'),
        measure('d', 'd2', 5, '2020-01-01'), // foster care: not institutional
        measure('e', 'd2', 6, '2023-01-01', '2026-03-01'), // ended on the day
      ],
      AS_OF,
    );
    expect(cells).toEqual([
      { scope: 'district', districtId: 'd1', institutional: 2, long: 1, share: 0.5, suppressed: false },
      { scope: 'district', districtId: 'd2', institutional: 1, long: 1, share: 1, suppressed: false },
      { scope: 'total', districtId: null, institutional: 3, long: 2, share: 2 / 3, suppressed: false },
    ]);
    expect(computeFR4([measure('a', 'd1', 6, '2020-01-01')], AS_OF, 5)[0]).toMatchObject(hidden);
  });
});
