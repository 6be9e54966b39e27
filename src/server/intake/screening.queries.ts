import type { Insertable } from 'kysely';
import type { Tx } from '../../store/database.ts';
import type { ReceiptTable, ScreeningTable } from '../../store/schema-intake.ts';

/** Queries of screening a report and sending its receipt: one of each per report. */

/** Undefined when the report is screened already. */
export function insertScreening(tx: Tx, values: Insertable<ScreeningTable>) {
  return tx
    .insertInto('screening')
    .values(values)
    .onConflict((oc) => oc.columns(['municipality_id', 'report_id']).doNothing())
    .returningAll()
    .executeTakeFirst();
}

/** Undefined when the receipt is sent already. */
export function insertReceipt(tx: Tx, values: Insertable<ReceiptTable>) {
  return tx
    .insertInto('receipt')
    .values(values)
    .onConflict((oc) => oc.columns(['municipality_id', 'report_id']).doNothing())
    .returningAll()
    .executeTakeFirst();
}
