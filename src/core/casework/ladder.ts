import type { CalendarDate } from '../calendar/zone.ts';

/**
 * A child's position on the ladder (indsatstrappe, domain.md "The default ladder") and its moves
 * over time, for F12 (moves down vs up; share below the highest step). Position 0 is ordinary
 * everyday life in universal services, "where every child should end": a move to 0 is a move down.
 *
 * A measure is on the ladder on [startOn, endedOn): it has ended on its end date, so a measure
 * ended on the day another starts at the same step leaves the position unchanged that day.
 */

export interface LadderMeasure {
  stepPosition: number;
  startOn: CalendarDate;
  endedOn: CalendarDate | null;
}

export interface LadderChange {
  on: CalendarDate;
  from: number;
  to: number;
  direction: 'up' | 'down';
}

function activeOn(m: LadderMeasure, on: CalendarDate): boolean {
  return m.startOn <= on && (m.endedOn === null || m.endedOn > on);
}

/** The highest step among the measures running on `on` (the most intrusive decides); 0 with none. */
export function currentPosition(measures: readonly LadderMeasure[], on: CalendarDate): number {
  let position = 0;
  for (const m of measures) if (activeOn(m, on) && m.stepPosition > position) position = m.stepPosition;
  return position;
}

export function ladderMove(from: number, to: number): 'up' | 'down' | null {
  return to > from ? 'up' : to < from ? 'down' : null;
}

/**
 * Every change of the child's position, in date order, from the measures' start and end dates.
 * The position can only change on such a date, so it is evaluated there and nowhere else; a day
 * on which measures end and start without changing the highest step is no move.
 */
export function positionChanges(measures: readonly LadderMeasure[]): LadderChange[] {
  const dates = new Set<CalendarDate>();
  for (const m of measures) {
    dates.add(m.startOn);
    if (m.endedOn !== null) dates.add(m.endedOn);
  }
  const changes: LadderChange[] = [];
  let from = 0;
  for (const on of [...dates].sort()) {
    const to = currentPosition(measures, on);
    const direction = ladderMove(from, to);
    if (direction !== null) changes.push({ on, from, to, direction });
    from = to;
  }
  return changes;
}

/** The highest step the child has ever been on (0 when never on the ladder); F12's reference. */
export function highestPosition(measures: readonly LadderMeasure[]): number {
  let highest = 0;
  for (const m of measures) {
    const everActive = m.endedOn === null || m.endedOn > m.startOn;
    if (everActive && m.stepPosition > highest) highest = m.stepPosition;
  }
  return highest;
}
