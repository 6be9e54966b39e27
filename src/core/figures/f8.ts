import { copenhagenDateOf } from '../calendar/zone.ts';

/**
 * Figure F8 (casework quality, domain.md): the share of reports screened within 24 hours and
 * the share of receipts sent within 6 working days, per district and month.
 *
 * Definition (the query is `src/server/intake/f8.queries.ts`, which reads exactly the fields of
 * `F8Row`):
 * - A report belongs to the Copenhagen calendar month of its `received_at` and to its district
 *   (the child's district at receipt; `null` = a child not yet identified, shown as its own row).
 * - Screening: the denominator is every report whose outcome is known at `now` — screened, or
 *   its deadline passed unscreened. A report still inside its 24 hours and unscreened is left out
 *   (it can still be on time). The numerator: screened at or before `screening_due_at`.
 * - Receipt: the same over reports from professional reporters (`receipt_due_at` not null), with
 *   the receipt's `sent_at` against `receipt_due_at`.
 * - Counts below the reader's threshold (analyst: 5) are suppressed: the count and the share are
 *   null and `suppressed` is true, so a small district cannot point at one family.
 */

export interface F8Row {
  districtId: string | null;
  receivedAt: Date;
  screeningDueAt: Date;
  screenedAt: Date | null;
  receiptDueAt: Date | null;
  receiptSentAt: Date | null;
}

export interface F8Measure {
  /** reports whose outcome is known; null when suppressed */
  total: number | null;
  onTime: number | null;
  /** onTime / total, 0–1; null when there is nothing to measure or when suppressed */
  share: number | null;
  suppressed: boolean;
}

export interface F8Cell {
  districtId: string | null;
  /** YYYY-MM */
  month: string;
  screening: F8Measure;
  receipt: F8Measure;
}

function measure(total: number, onTime: number, suppressBelow: number): F8Measure {
  if (total > 0 && total < suppressBelow) return { total: null, onTime: null, share: null, suppressed: true };
  return { total, onTime, share: total === 0 ? null : onTime / total, suppressed: false };
}

export function computeF8(rows: readonly F8Row[], now: Date, suppressBelow = 0): F8Cell[] {
  const cells = new Map<
    string,
    { districtId: string | null; month: string; s: [number, number]; r: [number, number] }
  >();
  for (const row of rows) {
    const month = copenhagenDateOf(row.receivedAt).slice(0, 7);
    const key = `${row.districtId ?? ''}|${month}`;
    let cell = cells.get(key);
    if (!cell) {
      cell = { districtId: row.districtId, month, s: [0, 0], r: [0, 0] };
      cells.set(key, cell);
    }
    if (row.screenedAt || row.screeningDueAt < now) {
      cell.s[0] += 1;
      if (row.screenedAt && row.screenedAt <= row.screeningDueAt) cell.s[1] += 1;
    }
    if (row.receiptDueAt && (row.receiptSentAt || row.receiptDueAt < now)) {
      cell.r[0] += 1;
      if (row.receiptSentAt && row.receiptSentAt <= row.receiptDueAt) cell.r[1] += 1;
    }
  }
  return [...cells.values()]
    .sort((a, b) =>
      a.month === b.month
        ? (a.districtId ?? '').localeCompare(b.districtId ?? '')
        : a.month < b.month
          ? -1
          : 1,
    )
    .map((c) => ({
      districtId: c.districtId,
      month: c.month,
      screening: measure(c.s[0], c.s[1], suppressBelow),
      receipt: measure(c.r[0], c.r[1], suppressBelow),
    }));
}
