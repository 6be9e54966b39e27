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

/** Counts below `suppressBelow` (the reader's threshold; analyst: 5) are suppressed. */
export function shareMeasure([total, onTime]: Tally, suppressBelow: number): ShareMeasure {
  if (total > 0 && total < suppressBelow) return { total: null, onTime: null, share: null, suppressed: true };
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
