import type { CalendarDate } from '../calendar/zone.ts';
import { disclosive } from './share.ts';

/**
 * Figure F12 (direction of the ladder, domain.md): moves down vs up the ladder per quarter, and the
 * share of children below the highest step they have been on.
 *
 * Definition (the moves come from `positionChanges` in `src/core/casework/ladder.ts`: a child's
 * position is the highest step among the measures running that day, 0 = everyday life):
 * - A move belongs to the calendar quarter of its date (`YYYY-Qn`) and to the child's district
 *   (`null` = no district, its own row). Moves to step 0 (every measure ended) are moves down,
 *   moves from 0 (the first measure) moves up.
 * - `downShare` = down / (up + down); null when there were no moves.
 * - Below highest: over the children who have ever been on the ladder (`highestPosition > 0`),
 *   those whose current position is lower than their highest, per district.
 * - By origin step (Socialstyrelsen's key figures ask for moves up and down from home-based
 *   measures): `byOrigin` counts the moves per district, quarter and `fromPosition`; `byOriginPeriod`
 *   per `fromPosition` over the whole period and every district of the answer (what the page shows
 *   for the chosen period: the cells by quarter are mostly below the threshold for the analyst).
 * - Small counts are suppressed (`disclosive` in share.ts; analyst: below 5): a cell whose up or
 *   down count — each the other's complement in the share — or whose children, children below or
 *   children not below is from 1 to 4 has every number null and `suppressed` true.
 */

export interface F12Move {
  districtId: string | null;
  on: CalendarDate;
  direction: 'up' | 'down';
  fromPosition: number;
  toPosition: number;
}

export interface F12Child {
  districtId: string | null;
  currentPosition: number;
  highestPosition: number;
}

export interface F12QuarterCell {
  districtId: string | null;
  /** YYYY-Qn */
  quarter: string;
  up: number | null;
  down: number | null;
  /** down / (up + down), 0–1 */
  downShare: number | null;
  suppressed: boolean;
}

export interface F12BelowHighestCell {
  districtId: string | null;
  /** children ever on the ladder (highestPosition > 0) */
  children: number | null;
  belowHighest: number | null;
  share: number | null;
  suppressed: boolean;
}

export interface F12OriginCell {
  districtId: string | null;
  /** YYYY-Qn */
  quarter: string;
  /** the step the moves left, 0 = everyday life */
  fromPosition: number;
  up: number | null;
  down: number | null;
  suppressed: boolean;
}

export interface F12OriginPeriodCell {
  fromPosition: number;
  up: number | null;
  down: number | null;
  suppressed: boolean;
}

export interface F12Result {
  quarters: F12QuarterCell[];
  belowHighest: F12BelowHighestCell[];
  byOrigin: F12OriginCell[];
  byOriginPeriod: F12OriginPeriodCell[];
}

/** `YYYY-Qn` of a calendar date. */
export function quarterOf(date: CalendarDate): string {
  return `${date.slice(0, 4)}-Q${Math.ceil(Number(date.slice(5, 7)) / 3)}`;
}

function byDistrict(a: string | null, b: string | null): number {
  return a === null ? (b === null ? 0 : 1) : b === null ? -1 : a.localeCompare(b);
}

/** Up and down counted per key; the cell suppressed (both null) when either count is small. */
function tally<K>(
  moves: readonly F12Move[],
  keyOf: (m: F12Move) => string,
  make: (m: F12Move) => K,
  suppressBelow: number,
): (K & { up: number | null; down: number | null; suppressed: boolean })[] {
  const cells = new Map<string, { key: K; up: number; down: number }>();
  for (const m of moves) {
    const k = keyOf(m);
    let cell = cells.get(k);
    if (!cell) {
      cell = { key: make(m), up: 0, down: 0 };
      cells.set(k, cell);
    }
    if (m.direction === 'up') cell.up += 1;
    else cell.down += 1;
  }
  return [...cells.values()].map(({ key, up, down }) =>
    disclosive([up, down], suppressBelow)
      ? { ...key, up: null, down: null, suppressed: true }
      : { ...key, up, down, suppressed: false },
  );
}

function originCells(moves: readonly F12Move[], suppressBelow: number) {
  const byOrigin = tally(
    moves,
    (m) => `${m.districtId ?? ''}|${quarterOf(m.on)}|${m.fromPosition}`,
    (m) => ({ districtId: m.districtId, quarter: quarterOf(m.on), fromPosition: m.fromPosition }),
    suppressBelow,
  ).sort(
    (a, b) =>
      (a.quarter === b.quarter ? 0 : a.quarter < b.quarter ? -1 : 1) ||
      byDistrict(a.districtId, b.districtId) ||
      a.fromPosition - b.fromPosition,
  );
  const byOriginPeriod = tally(
    moves,
    (m) => String(m.fromPosition),
    (m) => ({ fromPosition: m.fromPosition }),
    suppressBelow,
  ).sort((a, b) => a.fromPosition - b.fromPosition);
  return { byOrigin, byOriginPeriod };
}

export function computeF12(
  moves: readonly F12Move[],
  children: readonly F12Child[],
  suppressBelow = 0,
): F12Result {
  const quarters = new Map<
    string,
    { districtId: string | null; quarter: string; up: number; down: number }
  >();
  for (const m of moves) {
    const quarter = quarterOf(m.on);
    const key = `${m.districtId ?? ''}|${quarter}`;
    let q = quarters.get(key);
    if (!q) {
      q = { districtId: m.districtId, quarter, up: 0, down: 0 };
      quarters.set(key, q);
    }
    if (m.direction === 'up') q.up += 1;
    else q.down += 1;
  }

  const districts = new Map<string | null, { children: number; below: number }>();
  for (const c of children) {
    if (c.highestPosition <= 0) continue;
    const d = districts.get(c.districtId) ?? { children: 0, below: 0 };
    d.children += 1;
    if (c.currentPosition < c.highestPosition) d.below += 1;
    districts.set(c.districtId, d);
  }

  return {
    quarters: [...quarters.values()]
      .sort((a, b) =>
        a.quarter === b.quarter ? byDistrict(a.districtId, b.districtId) : a.quarter < b.quarter ? -1 : 1,
      )
      .map(({ districtId, quarter, up, down }) => {
        const total = up + down;
        if (disclosive([up, down], suppressBelow)) {
          return { districtId, quarter, up: null, down: null, downShare: null, suppressed: true };
        }
        return { districtId, quarter, up, down, downShare: down / total, suppressed: false };
      }),
    belowHighest: [...districts.entries()]
      .sort(([a], [b]) => byDistrict(a, b))
      .map(([districtId, d]) => {
        if (disclosive([d.children, d.below, d.children - d.below], suppressBelow)) {
          return { districtId, children: null, belowHighest: null, share: null, suppressed: true };
        }
        return {
          districtId,
          children: d.children,
          belowHighest: d.below,
          share: d.below / d.children,
          suppressed: false,
        };
      }),
    ...originCells(moves, suppressBelow),
  };
}
