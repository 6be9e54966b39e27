import type { F8Row } from '../../core/figures/f8.ts';
import type { Tx } from '../../store/database.ts';

/**
 * The query of figure F8 (definition: src/core/figures/f8.ts). One row per report received in
 * [from, to), with its screening time and receipt time: the aggregation is the pure
 * `computeF8`, so the definition is tested without a database.
 */
export async function f8Rows(tx: Tx, from: Date, to: Date, districtId: string | undefined): Promise<F8Row[]> {
  let q = tx
    .selectFrom('report')
    .leftJoin('screening', 'screening.report_id', 'report.id')
    .leftJoin('receipt', 'receipt.report_id', 'report.id')
    .select([
      'report.district_id',
      'report.received_at',
      'report.screening_due_at',
      'screening.screened_at',
      'report.receipt_due_at',
      'receipt.sent_at',
    ])
    .where('report.received_at', '>=', from)
    .where('report.received_at', '<', to);
  if (districtId) q = q.where('report.district_id', '=', districtId);
  const rows = await q.execute();
  return rows.map((r) => ({
    districtId: r.district_id,
    receivedAt: r.received_at,
    screeningDueAt: r.screening_due_at,
    screenedAt: r.screened_at,
    receiptDueAt: r.receipt_due_at,
    receiptSentAt: r.sent_at,
  }));
}
