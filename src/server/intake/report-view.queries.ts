import type { Tx } from '../../store/database.ts';

/** Queries of reading one report: the report with its screening and receipt, and the child's history. */

export function reportToRead(tx: Tx, id: string) {
  return tx
    .selectFrom('report')
    .leftJoin('child', 'child.id', 'report.child_id')
    .leftJoin('district', 'district.id', 'report.district_id')
    .leftJoin('screening', 'screening.report_id', 'report.id')
    .leftJoin('receipt', 'receipt.report_id', 'report.id')
    .selectAll('report')
    .select([
      'child.first_name',
      'child.last_name',
      'child.birth_date',
      'child.household_id',
      'district.name as district_name',
      'screening.screened_at',
      'screening.decision',
      'receipt.sent_at as receipt_sent_at',
    ])
    .where('report.id', '=', id)
    .executeTakeFirst();
}

/** The child's latest 20 concerns, newest first. */
export function recentConcerns(tx: Tx, childId: string) {
  return tx
    .selectFrom('concern')
    .select(['id', 'level', 'created_at'])
    .where('child_id', '=', childId)
    .orderBy('created_at', 'desc')
    .limit(20)
    .execute();
}

export function openSignalCount(tx: Tx, childId: string) {
  return tx
    .selectFrom('signal')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('child_id', '=', childId)
    .where('status', '<>', 'closed')
    .executeTakeFirst();
}

/** The child's open case, the latest opened should there be more. */
export function openCaseOf(tx: Tx, childId: string) {
  return tx
    .selectFrom('cases')
    .select(['id', 'opened_at'])
    .where('child_id', '=', childId)
    .where('closed_at', 'is', null)
    .orderBy('opened_at', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/** Source and status of these reports. */
export function reportSummaries(tx: Tx, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return tx.selectFrom('report').select(['id', 'source', 'status']).where('id', 'in', ids).execute();
}
