import { copenhagenDateOf } from '../calendar/zone.ts';
import { districtMonthCells, type ShareMeasure, shareMeasure, type Tally, tally } from './share.ts';

/**
 * Figure F8 (casework quality, domain.md): the share of reports screened within 24 hours and
 * the share of receipts sent within 6 working days, per district and month.
 *
 * Definition (the query is `src/server/figures/f8.queries.ts`, which reads exactly the fields of
 * `F8Row`):
 * - A report belongs to the Copenhagen calendar month of its `received_at` and to its district
 *   (the child's district at receipt; `null` = a child not yet identified, shown as its own row).
 * - Screening: the denominator is every report whose outcome is known at `now` — screened, or
 *   its deadline passed unscreened. A report still inside its 24 hours and unscreened is left out
 *   (it can still be on time). The numerator: screened at or before `screening_due_at`.
 * - Receipt: the same over reports from professional reporters (`receipt_due_at` not null), with
 *   the receipt's `sent_at` against `receipt_due_at`.
 * - Small counts are suppressed (`shareMeasure`; analyst: below 5): when the count known, the count
 *   on time or the count late is from 1 to 4, the count and the share are null and `suppressed` is
 *   true, so a small district cannot point at one family.
 */

export interface F8Row {
  districtId: string | null;
  receivedAt: Date;
  screeningDueAt: Date;
  screenedAt: Date | null;
  receiptDueAt: Date | null;
  receiptSentAt: Date | null;
}

export type F8Measure = ShareMeasure;

export interface F8Cell {
  districtId: string | null;
  /** YYYY-MM */
  month: string;
  screening: F8Measure;
  receipt: F8Measure;
}

export function computeF8(rows: readonly F8Row[], now: Date, suppressBelow = 0): F8Cell[] {
  return districtMonthCells(
    rows,
    (row) => copenhagenDateOf(row.receivedAt).slice(0, 7),
    (key) => ({ ...key, s: [0, 0] as Tally, r: [0, 0] as Tally }),
    (cell, row) => {
      tally(
        cell.s,
        row.screenedAt !== null || row.screeningDueAt < now,
        row.screenedAt !== null && row.screenedAt <= row.screeningDueAt,
      );
      if (row.receiptDueAt) {
        tally(
          cell.r,
          row.receiptSentAt !== null || row.receiptDueAt < now,
          row.receiptSentAt !== null && row.receiptSentAt <= row.receiptDueAt,
        );
      }
    },
  ).map((c) => ({
    districtId: c.districtId,
    month: c.month,
    screening: shareMeasure(c.s, suppressBelow),
    receipt: shareMeasure(c.r, suppressBelow),
  }));
}
