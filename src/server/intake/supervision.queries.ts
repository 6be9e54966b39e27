import { sql } from 'kysely';
import type { Tx } from '../../store/database.ts';
import { REPORT_CHILD_COLUMNS } from './reports.queries.ts';

/**
 * Reports whose screening (not done) or receipt (not sent) is due by `horizon`, with who screened
 * them; `districtIds` null = every district, reports of no district included.
 */
export function dueReports(tx: Tx, horizon: Date, districtIds: string[] | null) {
  let q = tx
    .selectFrom('report')
    .leftJoin('child', 'child.id', 'report.child_id')
    .leftJoin('district', 'district.id', 'report.district_id')
    .leftJoin('receipt', 'receipt.report_id', 'report.id')
    .leftJoin('screening', 'screening.report_id', 'report.id')
    .leftJoin('app_user as screener', 'screener.id', 'screening.screened_by')
    .select([
      ...REPORT_CHILD_COLUMNS,
      'report.id',
      'report.district_id',
      'report.acute',
      'report.status',
      'report.screening_due_at',
      'report.receipt_due_at',
      'district.name as district_name',
      'receipt.id as receipt_id',
      'screener.id as screener_id',
      'screener.display_name as screener_name',
    ])
    .where((eb) =>
      eb.or([
        eb.and([eb('report.status', '=', 'received'), eb('report.screening_due_at', '<=', horizon)]),
        eb.and([eb('receipt.id', 'is', null), eb('report.receipt_due_at', '<=', horizon)]),
      ]),
    );
  if (districtIds) q = q.where('report.district_id', '=', sql<string>`ANY(${districtIds}::uuid[])`);
  return q.execute();
}
