/**
 * Figure F11 (capacity, domain.md): caseload per caseworker — mean, max and the share of
 * caseworkers over the target (caseload-20, local policy `004_*`: at most about 20 children per
 * family-team caseworker), per district and for the whole municipality.
 *
 * Definition (the query reads exactly the fields of `F11Row`):
 * - A row is one caseworker's open cases in one district (`null` = cases without a district).
 *   A caseworker with rows in several districts counts in each district with that district's
 *   cases, and once in the total with the sum.
 * - `shareOver`: caseworkers with more than `target` open cases (strictly more: exactly 20 is at
 *   the target, `caseloadState`), over the caseworkers counted.
 * - Groups of fewer than `suppressBelow` caseworkers are suppressed (every number null,
 *   `suppressed` true): in a small district the max would be one named colleague's caseload.
 * - Rows are sorted by district id (no district last), then the total (`scope: 'total'`).
 */

export interface F11Row {
  caseworkerId: string;
  districtId: string | null;
  openCases: number;
}

export interface F11Cell {
  scope: 'district' | 'total';
  /** null for the total, and for cases without a district */
  districtId: string | null;
  caseworkers: number | null;
  mean: number | null;
  max: number | null;
  /** 0–1; null when no caseworkers or suppressed */
  shareOver: number | null;
  suppressed: boolean;
}

function cell(
  scope: F11Cell['scope'],
  districtId: string | null,
  loads: readonly number[],
  target: number,
  suppressBelow: number,
): F11Cell {
  const n = loads.length;
  if (n > 0 && n < suppressBelow) {
    return { scope, districtId, caseworkers: null, mean: null, max: null, shareOver: null, suppressed: true };
  }
  return {
    scope,
    districtId,
    caseworkers: n,
    mean: n === 0 ? null : loads.reduce((a, b) => a + b, 0) / n,
    max: n === 0 ? null : Math.max(...loads),
    shareOver: n === 0 ? null : loads.filter((l) => l > target).length / n,
    suppressed: false,
  };
}

function sumBy(rows: readonly F11Row[]): number[] {
  const loads = new Map<string, number>();
  for (const r of rows) loads.set(r.caseworkerId, (loads.get(r.caseworkerId) ?? 0) + r.openCases);
  return [...loads.values()];
}

export function computeF11(rows: readonly F11Row[], target = 20, suppressBelow = 0): F11Cell[] {
  const districts = new Map<string | null, F11Row[]>();
  for (const r of rows) districts.set(r.districtId, [...(districts.get(r.districtId) ?? []), r]);
  const ids = [...districts.keys()].sort((a, b) =>
    a === null ? (b === null ? 0 : 1) : b === null ? -1 : a.localeCompare(b),
  );
  return [
    ...ids.map((id) => cell('district', id, sumBy(districts.get(id) ?? []), target, suppressBelow)),
    cell('total', null, sumBy(rows), target, suppressBelow),
  ];
}
