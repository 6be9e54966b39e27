import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Tx } from '../../store/database.ts';
import type { AssessmentKind, AssessmentTable, SafetyParticipantRole } from '../../store/schema-casework.ts';

/** Queries of the assessment and clarification (assessment, safety_rating). */

export type AssessmentRow = Selectable<AssessmentTable>;

export function assessment(tx: Tx, id: string) {
  return tx.selectFrom('assessment').selectAll().where('id', '=', id).executeTakeFirst();
}

/**
 * Locked for the rest of the transaction: the version compared is the one changed.
 * FOR NO KEY UPDATE: records pointing at it can still be written (docs/architecture.md, "Locks").
 */
export function lockAssessment(tx: Tx, id: string) {
  return tx
    .selectFrom('assessment')
    .selectAll()
    .where('id', '=', id)
    .forNoKeyUpdate()
    .executeTakeFirstOrThrow();
}

export function assessmentsOfCase(tx: Tx, caseId: string) {
  return tx
    .selectFrom('assessment')
    .selectAll()
    .where('case_id', '=', caseId)
    .orderBy('aware_on', 'desc')
    .orderBy('created_at', 'desc')
    .execute();
}

export function unfinishedOfKind(tx: Tx, caseId: string, kind: AssessmentKind) {
  return tx
    .selectFrom('assessment')
    .select(['id'])
    .where('case_id', '=', caseId)
    .where('kind', '=', kind)
    .where('completed_on', 'is', null)
    .executeTakeFirst();
}

export function assessmentByKey(tx: Tx, key: string) {
  return tx.selectFrom('assessment').selectAll().where('idempotency_key', '=', key).executeTakeFirst();
}

/** No row when a concurrent request with the same idempotency key committed first. */
export function insertAssessment(tx: Tx, values: Insertable<AssessmentTable>) {
  return tx
    .insertInto('assessment')
    .values(values)
    .onConflict((oc) => oc.columns(['municipality_id', 'idempotency_key']).doNothing())
    .returningAll()
    .executeTakeFirst();
}

export function updateAssessment(tx: Tx, id: string, version: number, changes: Updateable<AssessmentTable>) {
  return tx
    .updateTable('assessment')
    .set((eb) => ({ ...changes, version: eb('version', '+', 1), updated_at: new Date() }))
    .where('id', '=', id)
    .where('version', '=', version)
    .returningAll()
    .executeTakeFirst();
}

export function insertSafetyRatings(
  tx: Tx,
  rows: {
    municipality_id: string;
    assessment_id: string;
    participant: string;
    participant_role: SafetyParticipantRole;
    score: number;
    rated_on: string;
    created_by: string;
  }[],
) {
  if (rows.length === 0) return Promise.resolve();
  return tx.insertInto('safety_rating').values(rows).execute();
}

export function safetyRatingsOf(tx: Tx, assessmentIds: readonly string[]) {
  if (assessmentIds.length === 0) return Promise.resolve([]);
  return tx
    .selectFrom('safety_rating')
    .select(['assessment_id', 'participant', 'participant_role', 'score', 'rated_on'])
    .where('assessment_id', 'in', assessmentIds)
    .orderBy('rated_on')
    .orderBy('created_at')
    .execute();
}

export async function offerNames(tx: Tx, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await tx.selectFrom('offer').select(['id', 'name']).where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}
