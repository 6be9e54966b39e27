import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { positionChanges } from '../casework/ladder.ts';
import { computeF12, type F12Move, quarterOf } from './f12.ts';

const move = (districtId: string | null, on: string, from: number, to: number): F12Move => ({
  districtId,
  on,
  direction: to > from ? 'up' : 'down',
  fromPosition: from,
  toPosition: to,
});

describe('figure F12', () => {
  it('names quarters', () => {
    expect(['2026-01-01', '2026-03-31', '2026-04-01', '2026-09-30', '2026-12-31'].map(quarterOf)).toEqual([
      '2026-Q1',
      '2026-Q1',
      '2026-Q2',
      '2026-Q3',
      '2026-Q4',
    ]);
  });

  it('counts moves up and down per district and quarter', () => {
    const { quarters } = computeF12(
      [
        move('d1', '2026-01-05', 0, 3),
        move('d1', '2026-02-10', 3, 5),
        move('d1', '2026-03-31', 5, 3),
        move('d1', '2026-04-01', 3, 0),
        move('d2', '2026-03-01', 6, 4),
        move(null, '2026-01-20', 0, 1),
      ],
      [],
    );
    expect(quarters).toEqual([
      { districtId: 'd1', quarter: '2026-Q1', up: 2, down: 1, downShare: 1 / 3, suppressed: false },
      { districtId: 'd2', quarter: '2026-Q1', up: 0, down: 1, downShare: 1, suppressed: false },
      { districtId: null, quarter: '2026-Q1', up: 1, down: 0, downShare: 0, suppressed: false },
      { districtId: 'd1', quarter: '2026-Q2', up: 0, down: 1, downShare: 1, suppressed: false },
    ]);
  });

  it('takes its moves from positionChanges', () => {
    const changes = positionChanges([
      { stepPosition: 3, startOn: '2025-09-01', endedOn: null },
      { stepPosition: 5, startOn: '2025-11-15', endedOn: '2026-02-01' },
    ]);
    const moves = changes.map((c) => ({
      districtId: 'd1',
      on: c.on,
      direction: c.direction,
      fromPosition: c.from,
      toPosition: c.to,
    }));
    expect(computeF12(moves, []).quarters.map((q) => [q.quarter, q.up, q.down])).toEqual([
      ['2025-Q3', 1, 0],
      ['2025-Q4', 1, 0],
      ['2026-Q1', 0, 1],
    ]);
  });

  it('gives the share of children below their highest step, leaving out those never on the ladder', () => {
    const { belowHighest } = computeF12(
      [],
      [
        { districtId: 'd1', currentPosition: 3, highestPosition: 5 },
        { districtId: 'd1', currentPosition: 0, highestPosition: 4 },
        { districtId: 'd1', currentPosition: 6, highestPosition: 6 },
        { districtId: 'd1', currentPosition: 2, highestPosition: 2 },
        { districtId: 'd1', currentPosition: 0, highestPosition: 0 },
        { districtId: 'd2', currentPosition: 0, highestPosition: 0 },
      ],
    );
    expect(belowHighest).toEqual([
      { districtId: 'd1', children: 4, belowHighest: 2, share: 0.5, suppressed: false },
    ]);
  });

  it('suppresses counts below the threshold', () => {
    const four = [1, 2, 3, 4].map((d) => move('d1', `2026-01-0${d}`, 3, 4));
    const children = [1, 2, 3, 4, 5].map(() => ({
      districtId: 'd1',
      currentPosition: 1,
      highestPosition: 3,
    }));
    const small = computeF12(four, children.slice(1), 5);
    expect(small.quarters[0]).toEqual({
      districtId: 'd1',
      quarter: '2026-Q1',
      up: null,
      down: null,
      downShare: null,
      suppressed: true,
    });
    expect(small.belowHighest[0]?.suppressed).toBe(true);
    expect(small.belowHighest[0]?.share).toBeNull();
    const enough = computeF12([...four, move('d1', '2026-01-05', 3, 4)], children, 5);
    expect(enough.quarters[0]).toMatchObject({ up: 5, down: 0, downShare: 0, suppressed: false });
    expect(enough.belowHighest[0]).toMatchObject({ children: 5, belowHighest: 5, share: 1 });
  });

  it('suppresses a cell whose up or down count is small even when their sum is not (up 4 / down 2)', () => {
    const moves = [
      ...[1, 2, 3, 4].map((d) => move('d1', `2026-01-0${d}`, 3, 4)),
      ...[5, 6].map((d) => move('d1', `2026-01-0${d}`, 3, 1)),
    ];
    const r = computeF12(moves, [], 5);
    expect(r.quarters[0]).toMatchObject({ up: null, down: null, downShare: null, suppressed: true });
    expect(r.byOrigin[0]).toMatchObject({ up: null, down: null, suppressed: true });
    expect(r.byOriginPeriod[0]).toMatchObject({ up: null, down: null, suppressed: true });
    const both = [
      ...moves,
      ...[7, 8, 9].map((d) => move('d1', `2026-01-0${d}`, 3, 2)),
      move('d1', '2026-01-10', 3, 5),
    ];
    expect(computeF12(both, [], 5).quarters[0]).toMatchObject({
      up: 5,
      down: 5,
      downShare: 0.5,
      suppressed: false,
    });
  });

  it('suppresses the children below their highest step when that count or its complement is small', () => {
    const child = (below: boolean) => ({
      districtId: 'd1',
      currentPosition: below ? 1 : 3,
      highestPosition: 3,
    });
    const fourBelow = [...Array(4)].map(() => child(true)).concat([...Array(6)].map(() => child(false)));
    expect(computeF12([], fourBelow, 5).belowHighest[0]).toMatchObject({ children: null, suppressed: true });
    const oneNot = [...Array(9)].map(() => child(true)).concat([child(false)]);
    expect(computeF12([], oneNot, 5).belowHighest[0]).toMatchObject({ belowHighest: null, suppressed: true });
    const fiveFive = [...Array(5)].map(() => child(true)).concat([...Array(5)].map(() => child(false)));
    expect(computeF12([], fiveFive, 5).belowHighest[0]).toMatchObject({
      children: 10,
      belowHighest: 5,
      share: 0.5,
    });
  });

  it('never publishes a count from 1 to 4, nor one implied as a complement (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            up: fc.boolean(),
            from: fc.integer({ min: 0, max: 5 }),
            d: fc.constantFrom('d1', 'd2'),
          }),
          {
            maxLength: 60,
          },
        ),
        (spec) => {
          const moves = spec.map((m, i) =>
            move(m.d, `2026-0${1 + (i % 6)}-1${i % 9}`, m.from, m.up ? m.from + 1 : Math.max(0, m.from - 1)),
          );
          const r = computeF12(moves, [], 5);
          const small = (n: number | null) => n !== null && n > 0 && n < 5;
          for (const c of [...r.quarters, ...r.byOrigin, ...r.byOriginPeriod]) {
            if (c.suppressed) expect(c.up === null && c.down === null).toBe(true);
            else expect(small(c.up) || small(c.down)).toBe(false);
          }
        },
      ),
      { seed: 2026, numRuns: 200 },
    );
  });

  it('counts moves up and down by origin step, per district and quarter and over the period', () => {
    const { byOrigin, byOriginPeriod } = computeF12(
      [
        move('d1', '2026-01-05', 0, 3),
        move('d1', '2026-02-10', 3, 5),
        move('d1', '2026-03-20', 3, 1),
        move('d1', '2026-03-31', 5, 3),
        move('d1', '2026-04-01', 3, 0),
        move('d2', '2026-03-01', 3, 4),
        move(null, '2026-01-20', 0, 1),
      ],
      [],
    );
    expect(byOrigin).toEqual([
      { districtId: 'd1', quarter: '2026-Q1', fromPosition: 0, up: 1, down: 0, suppressed: false },
      { districtId: 'd1', quarter: '2026-Q1', fromPosition: 3, up: 1, down: 1, suppressed: false },
      { districtId: 'd1', quarter: '2026-Q1', fromPosition: 5, up: 0, down: 1, suppressed: false },
      { districtId: 'd2', quarter: '2026-Q1', fromPosition: 3, up: 1, down: 0, suppressed: false },
      { districtId: null, quarter: '2026-Q1', fromPosition: 0, up: 1, down: 0, suppressed: false },
      { districtId: 'd1', quarter: '2026-Q2', fromPosition: 3, up: 0, down: 1, suppressed: false },
    ]);
    // Home-based (step 3): up 2 (to 5 and 4), down 2 (to 1 and 0) over the period.
    expect(byOriginPeriod).toEqual([
      { fromPosition: 0, up: 2, down: 0, suppressed: false },
      { fromPosition: 3, up: 2, down: 2, suppressed: false },
      { fromPosition: 5, up: 0, down: 1, suppressed: false },
    ]);
  });

  it('suppresses origin cells below the threshold on their own sums', () => {
    const moves = [
      ...[1, 2, 3].map((d) => move('d1', `2026-01-0${d}`, 3, 4)),
      ...[4, 5, 6].map((d) => move('d1', `2026-01-0${d}`, 3, 1)),
      ...[4, 5].map((d) => move('d2', `2026-02-0${d}`, 3, 4)),
      ...[6, 7].map((d) => move('d2', `2026-02-0${d}`, 3, 1)),
      move('d1', '2026-01-09', 2, 3),
    ];
    const { byOrigin, byOriginPeriod } = computeF12(moves, [], 5);
    expect(byOrigin.every((c) => c.suppressed && c.up === null && c.down === null)).toBe(true);
    expect(byOriginPeriod).toEqual([
      { fromPosition: 2, up: null, down: null, suppressed: true },
      { fromPosition: 3, up: 5, down: 5, suppressed: false },
    ]);
  });
});
