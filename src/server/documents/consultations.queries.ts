import type { Insertable } from 'kysely';
import type { Tx } from '../../store/database.ts';
import type { ConsultationAnswerTable, ConsultationTable } from '../../store/schema-documents.ts';
import { tenantJoin } from '../../store/tenant-join.ts';

/** Consultations of the parties and their answers (consultation, consultation_answer; migration 020). */

function consultations(tx: Tx) {
  return tx
    .selectFrom('consultation as c')
    .innerJoin('app_user as u', (j) => tenantJoin(j, 'u.id', 'c.created_by'))
    .selectAll('c')
    .select('u.display_name as created_by_name');
}

export type ConsultationRow = Awaited<
  ReturnType<ReturnType<typeof consultations>['executeTakeFirstOrThrow']>
>;

export function consultationById(tx: Tx, id: string) {
  return consultations(tx).where('c.id', '=', id).executeTakeFirst();
}

export function consultationByKey(tx: Tx, key: string) {
  return consultations(tx).where('c.idempotency_key', '=', key).executeTakeFirst();
}

export function consultationsOfCase(tx: Tx, caseId: string) {
  return consultations(tx).where('c.case_id', '=', caseId).orderBy('c.sent_at', 'desc').execute();
}

export function insertConsultation(tx: Tx, values: Insertable<ConsultationTable>) {
  return tx
    .insertInto('consultation')
    .values(values)
    .onConflict((oc) => oc.columns(['municipality_id', 'idempotency_key']).doNothing())
    .returning('id')
    .executeTakeFirst();
}

export function answersOf(tx: Tx, consultationIds: readonly string[]) {
  if (consultationIds.length === 0) return Promise.resolve([]);
  return tx
    .selectFrom('consultation_answer as a')
    .innerJoin('app_user as u', (j) => tenantJoin(j, 'u.id', 'a.recorded_by'))
    .selectAll('a')
    .select('u.display_name as recorded_by_name')
    .where('a.consultation_id', 'in', consultationIds)
    .orderBy('a.recorded_at')
    .execute();
}

/** No row when the party has answered already (one answer per party). */
export function insertAnswer(tx: Tx, values: Insertable<ConsultationAnswerTable>) {
  return tx
    .insertInto('consultation_answer')
    .values(values)
    .onConflict((oc) => oc.columns(['municipality_id', 'consultation_id', 'party']).doNothing())
    .returning('id')
    .executeTakeFirst();
}
