/**
 * The share measure F8 and F9 have in common: of the records whose outcome is known, how many were
 * on time, per district and calendar month, with small counts suppressed so a small district
 * cannot point at one family.
 */

export interface ShareMeasure {
  /** records whose outcome is known; null when suppressed */
  total: number | null;
  onTime: number | null;
  /** onTime / total, 0–1; null when there is nothing to measure or when suppressed */
  share: number | null;
  suppressed: boolean;
}

/** One measure's count in one cell: [records whose outcome is known, of those on time]. */
export type Tally = [total: number, onTime: number];

/**
 * The primary suppression rule of every figure: a count of 1 to `suppressBelow - 1` (the reader's
 * threshold; analyst: 5) could point at a family, and so could its complement — "4 of 6 on time"
 * says 2 were late. A cell is published only when none of the counts it states or implies is
 * small. Zero is not small: it names nobody. (Secondary suppression — a total that reveals a hidden
 * cell — belongs to the steering issue.)
 */
export function disclosive(counts: readonly number[], suppressBelow: number): boolean {
  return counts.some((n) => n > 0 && n < suppressBelow);
}

/** A share and its counts, suppressed when the total, the on-time count or the late count is small. */
export function shareMeasure([total, onTime]: Tally, suppressBelow: number): ShareMeasure {
  if (disclosive([total, onTime, total - onTime], suppressBelow)) {
    return { total: null, onTime: null, share: null, suppressed: true };
  }
  return { total, onTime, share: total === 0 ? null : onTime / total, suppressed: false };
}

/** Adds a record to a tally: when its outcome is known, and whether it was on time. */
export function tally(into: Tally, known: boolean, onTime: boolean): void {
  if (!known) return;
  into[0] += 1;
  if (onTime) into[1] += 1;
}

interface DistrictMonth {
  districtId: string | null;
  /** YYYY-MM */
  month: string;
}

/**
 * Groups rows into one cell per district and month (`null` = no district known, its own cell),
 * ordered by month and then district.
 */
export function districtMonthCells<Row extends { districtId: string | null }, Cell extends DistrictMonth>(
  rows: readonly Row[],
  monthOf: (row: Row) => string,
  newCell: (key: DistrictMonth) => Cell,
  add: (cell: Cell, row: Row) => void,
): Cell[] {
  const cells = new Map<string, Cell>();
  for (const row of rows) {
    const month = monthOf(row);
    const key = `${row.districtId ?? ''}|${month}`;
    let cell = cells.get(key);
    if (!cell) {
      cell = newCell({ districtId: row.districtId, month });
      cells.set(key, cell);
    }
    add(cell, row);
  }
  return [...cells.values()].sort((a, b) =>
    a.month === b.month ? (a.districtId ?? '').localeCompare(b.districtId ?? '') : a.month < b.month ? -1 : 1,
  );
}
