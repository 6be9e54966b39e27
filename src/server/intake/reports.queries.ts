import type { Insertable, Updateable } from 'kysely';
import { sql } from 'kysely';
import type { NonWorkingDaySettings } from '../../core/calendar/holidays.ts';
import { DEFAULT_NON_WORKING_DAYS } from '../../core/calendar/holidays.ts';
import type { Tx } from '../../store/database.ts';
import type { ReportTable } from '../../store/schema.ts';
import { tenantJoin } from '../../store/tenant-join.ts';

/** Queries of intake (reports, screening, receipts). Row-level security keeps them in the municipality. */

export async function loadNonWorkingDays(tx: Tx, municipalityId: string): Promise<NonWorkingDaySettings> {
  const row = await tx
    .selectFrom('intake_setting')
    .select(['constitution_day_closed', 'christmas_eve_closed', 'new_years_eve_closed'])
    .where('municipality_id', '=', municipalityId)
    .executeTakeFirst();
  if (!row) return DEFAULT_NON_WORKING_DAYS;
  return {
    constitutionDay: row.constitution_day_closed,
    christmasEve: row.christmas_eve_closed,
    newYearsEve: row.new_years_eve_closed,
  };
}

export function childByCpr(tx: Tx, cpr: string) {
  return tx.selectFrom('child').select('id').where('cpr', '=', cpr).executeTakeFirst();
}

/** The children with exactly this name and birth date (a match only when there is one). */
export function childrenByName(tx: Tx, name: string, birthDate: string) {
  return tx
    .selectFrom('child')
    .select('id')
    .where(sql<string>`lower(first_name || ' ' || last_name)`, '=', name.toLowerCase())
    .where('birth_date', '=', birthDate)
    .limit(2)
    .execute();
}

export function childDistrict(tx: Tx, childId: string) {
  return tx.selectFrom('child').select(['district_id']).where('id', '=', childId).executeTakeFirst();
}

export type ReportByKey = NonNullable<Awaited<ReturnType<typeof findReportByKey>>>;

export function findReportByKey(tx: Tx, key: string) {
  return tx
    .selectFrom('report')
    .select(['id', 'created_by', 'request_hash', 'received_at', 'screening_due_at', 'receipt_due_at'])
    .where('idempotency_key', '=', key)
    .executeTakeFirst();
}

/** Inserts unless the idempotency key is taken (a concurrent retry): then undefined. */
export async function insertReport(tx: Tx, values: Insertable<ReportTable>) {
  return tx
    .insertInto('report')
    .values(values)
    .onConflict((oc) => oc.columns(['municipality_id', 'idempotency_key']).doNothing())
    .returning(['id', 'received_at', 'screening_due_at', 'receipt_due_at'])
    .executeTakeFirst();
}

/** A report screened, or closed (at screening or by a district meeting's decision). */
export async function setReportStatus(
  tx: Tx,
  reportId: string,
  set: Pick<Updateable<ReportTable>, 'status' | 'closed_at'>,
): Promise<void> {
  await tx.updateTable('report').set(set).where('id', '=', reportId).execute();
}

export function findReport(tx: Tx, id: string) {
  return tx.selectFrom('report').selectAll().where('id', '=', id).executeTakeFirst();
}

/** What `reportChild` (views.ts) shows of a report's child: the registry's child, or the provisional identity. */
export const REPORT_CHILD_COLUMNS = [
  'report.child_id',
  'report.provisional_name',
  'report.provisional_birth_date',
  'report.provisional_cpr',
  'child.first_name',
  'child.last_name',
  'child.birth_date',
] as const;

const QUEUE_COLUMNS = [
  'report.id',
  'report.district_id',
  'report.source',
  'report.reporter_kind',
  'report.acute',
  'report.received_at',
  'report.screening_due_at',
  'report.receipt_due_at',
  'report.status',
] as const;

/** Unscreened reports, and reports owed a receipt not yet sent; `districtIds` null = all. */
export function openReports(tx: Tx, districtIds: string[] | null) {
  let q = tx
    .selectFrom('report')
    .leftJoin('child', 'child.id', 'report.child_id')
    .leftJoin('district', 'district.id', 'report.district_id')
    .leftJoin('receipt', 'receipt.report_id', 'report.id')
    .select([
      ...QUEUE_COLUMNS,
      ...REPORT_CHILD_COLUMNS,
      'child.household_id',
      'district.name as district_name',
      'receipt.sent_at as receipt_sent_at',
    ])
    .where((eb) =>
      eb.or([
        eb('report.status', '=', 'received'),
        eb.and([eb('report.receipt_due_at', 'is not', null), eb('receipt.id', 'is', null)]),
      ]),
    );
  if (districtIds)
    q = q.where(
      'report.district_id',
      'in',
      districtIds.length > 0 ? districtIds : ['00000000-0000-0000-0000-000000000000'],
    );
  return q.execute();
}

/**
 * Reports about any child of these households (and these children), for linking. Driven from
 * the children (index child_household, then report_child), never a scan of every child.
 */
export function reportsOfHouseholds(tx: Tx, householdIds: string[], childIds: string[]) {
  if (householdIds.length === 0 && childIds.length === 0) return Promise.resolve([]);
  return tx
    .selectFrom('child')
    .innerJoin('report', (j) => tenantJoin(j, 'report.child_id', 'child.id'))
    .select(['report.id', 'report.child_id', 'child.household_id', 'report.received_at'])
    .where((eb) =>
      eb.or([
        ...(householdIds.length > 0 ? [eb('child.household_id', 'in', householdIds)] : []),
        ...(childIds.length > 0 ? [eb('child.id', 'in', childIds)] : []),
      ]),
    )
    .execute();
}

export function reportsOfReporter(tx: Tx, userId: string) {
  return tx
    .selectFrom('report')
    .leftJoin('child', 'child.id', 'report.child_id')
    .leftJoin('receipt', 'receipt.report_id', 'report.id')
    .leftJoin('reporter_feedback', 'reporter_feedback.report_id', 'report.id')
    .select([
      'reporter_feedback.outcome as feedback_outcome',
      'reporter_feedback.sent_at as feedback_sent_at',
      'report.id',
      'report.child_id',
      'report.provisional_name',
      'report.provisional_birth_date',
      'report.received_at',
      'report.status',
      'report.receipt_due_at',
      'child.first_name',
      'child.last_name',
      'child.birth_date',
      'receipt.sent_at as receipt_sent_at',
    ])
    .where('report.reporter_user_id', '=', userId)
    .orderBy('report.received_at', 'desc')
    .execute();
}

export function receiptOf(tx: Tx, reportId: string) {
  return tx.selectFrom('receipt').select(['id']).where('report_id', '=', reportId).executeTakeFirst();
}
