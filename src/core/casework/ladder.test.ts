import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCalendarDays } from '../calendar/zone.ts';
import {
  currentPosition,
  highestPosition,
  type LadderMeasure,
  ladderMove,
  positionChanges,
} from './ladder.ts';

const m = (stepPosition: number, startOn: string, endedOn: string | null = null): LadderMeasure => ({
  stepPosition,
  startOn,
  endedOn,
});

describe('currentPosition', () => {
  const measures = [m(2, '2026-01-01', '2026-03-01'), m(3, '2026-02-01', '2026-05-01')];
  it('is the highest step among measures running that day; 0 with none', () => {
    expect(currentPosition([], '2026-01-01')).toBe(0);
    expect(currentPosition(measures, '2025-12-31')).toBe(0);
    expect(currentPosition(measures, '2026-01-15')).toBe(2);
    expect(currentPosition(measures, '2026-02-01')).toBe(3);
    expect(currentPosition(measures, '2026-04-30')).toBe(3);
    // Ended on its end date.
    expect(currentPosition(measures, '2026-05-01')).toBe(0);
  });
});

describe('ladderMove', () => {
  it('names the direction', () => {
    expect(ladderMove(3, 5)).toBe('up');
    expect(ladderMove(5, 3)).toBe('down');
    expect(ladderMove(4, 4)).toBeNull();
  });
});

describe('positionChanges', () => {
  it('follows overlapping measures up and down, ending at everyday life', () => {
    expect(positionChanges([m(3, '2026-02-01', '2026-05-01'), m(2, '2026-01-01', '2026-03-01')])).toEqual([
      { on: '2026-01-01', from: 0, to: 2, direction: 'up' },
      { on: '2026-02-01', from: 2, to: 3, direction: 'up' },
      { on: '2026-05-01', from: 3, to: 0, direction: 'down' },
    ]);
  });

  it('sees no move in a same-day swap at the same step', () => {
    expect(positionChanges([m(5, '2026-01-01', '2026-04-01'), m(5, '2026-04-01')])).toEqual([
      { on: '2026-01-01', from: 0, to: 5, direction: 'up' },
    ]);
  });

  it('steps down when a placement ends and the home-based measure continues', () => {
    const measures = [m(3, '2025-09-01'), m(5, '2025-11-15', '2026-06-01')];
    expect(positionChanges(measures)).toEqual([
      { on: '2025-09-01', from: 0, to: 3, direction: 'up' },
      { on: '2025-11-15', from: 3, to: 5, direction: 'up' },
      { on: '2026-06-01', from: 5, to: 3, direction: 'down' },
    ]);
    expect(highestPosition(measures)).toBe(5);
    expect(currentPosition(measures, '2026-07-01')).toBe(3);
  });

  it('ignores a measure that ended the day it started', () => {
    expect(positionChanges([m(6, '2026-01-01', '2026-01-01')])).toEqual([]);
    expect(highestPosition([m(6, '2026-01-01', '2026-01-01')])).toBe(0);
  });

  it('chains: each change starts where the previous ended, and agrees with currentPosition', () => {
    const measureArb = fc
      .record({
        step: fc.integer({ min: 1, max: 6 }),
        start: fc.integer({ min: 0, max: 60 }),
        len: fc.option(fc.integer({ min: 0, max: 60 })),
      })
      .map(({ step, start, len }) =>
        m(
          step,
          addCalendarDays('2026-01-01', start),
          len === null ? null : addCalendarDays('2026-01-01', start + len),
        ),
      );
    fc.assert(
      fc.property(fc.array(measureArb, { maxLength: 6 }), (measures) => {
        const changes = positionChanges(measures);
        let position = 0;
        for (const c of changes) {
          expect(c.from).toBe(position);
          expect(c.to).not.toBe(c.from);
          expect(c.direction).toBe(ladderMove(c.from, c.to));
          expect(currentPosition(measures, c.on)).toBe(c.to);
          expect(currentPosition(measures, addCalendarDays(c.on, -1))).toBe(c.from);
          position = c.to;
        }
        expect(position).toBe(currentPosition(measures, '2026-12-31'));
        expect(changes.map((c) => c.on)).toEqual([...changes.map((c) => c.on)].sort());
        expect(Math.max(0, ...changes.map((c) => c.to))).toBe(highestPosition(measures));
      }),
    );
  });
});
