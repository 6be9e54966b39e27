import type { Insertable } from 'kysely';
import type { Tx } from '../../store/database.ts';
import type { ReporterFeedbackTable } from '../../store/schema-intake.ts';

/** Queries of the feedback to a professional reporter (reporter_feedback: one per report). */

export function decisionOfReport(tx: Tx, reportId: string) {
  return tx
    .selectFrom('meeting_decision')
    .select('decision')
    .where('report_id', '=', reportId)
    .executeTakeFirst();
}

/** Undefined when the report has its feedback already. */
export function insertFeedback(tx: Tx, values: Insertable<ReporterFeedbackTable>) {
  return tx
    .insertInto('reporter_feedback')
    .values(values)
    .onConflict((oc) => oc.columns(['municipality_id', 'report_id']).doNothing())
    .returningAll()
    .executeTakeFirst();
}
