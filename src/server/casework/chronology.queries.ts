import { sql } from 'kysely';
import type { Tx } from '../../store/database.ts';

/**
 * The dated facts behind a case's chronology, one small query per table (every table is indexed
 * by case; reports by child). Only what the chronology shows is read: of a report its date and
 * source, never Front's screening or the reporter's text.
 */

export function childReports(tx: Tx, childId: string) {
  return tx
    .selectFrom('report')
    .select(['id', 'received_at', 'source'])
    .where('child_id', '=', childId)
    .execute();
}

export function reportDecisions(tx: Tx, reportIds: string[]) {
  if (reportIds.length === 0) return Promise.resolve([]);
  return tx
    .selectFrom('meeting_decision')
    .select(['id', 'report_id', 'decided_at', 'decision', 'case_id'])
    .where('report_id', 'in', reportIds)
    .execute();
}

export function assignments(tx: Tx, caseId: string) {
  return tx
    .selectFrom('case_assignment as a')
    .leftJoin('app_user as u', 'u.id', 'a.user_id')
    .select(['a.id', 'a.responsibility', 'a.assigned_at', 'u.display_name as user_name'])
    .where('a.case_id', '=', caseId)
    .execute();
}

export function assessments(tx: Tx, caseId: string) {
  return tx
    .selectFrom('assessment')
    .select(['id', 'kind', 'aware_on', 'created_at', 'provisional_on', 'completed_on'])
    .where('case_id', '=', caseId)
    .execute();
}

export function childConversations(tx: Tx, caseId: string) {
  return tx
    .selectFrom('child_conversation')
    .select(['id', 'held_on', 'form'])
    .where('case_id', '=', caseId)
    .execute();
}

export function familyMeetings(tx: Tx, caseId: string) {
  return tx
    .selectFrom('family_meeting')
    .select(['id', 'held_on', 'purpose'])
    .where('case_id', '=', caseId)
    .execute();
}

export function plans(tx: Tx, caseId: string) {
  return tx.selectFrom('plan').select(['id', 'kind', 'agreed_on']).where('case_id', '=', caseId).execute();
}

export function measures(tx: Tx, caseId: string) {
  return tx
    .selectFrom('measure as m')
    .innerJoin('offer as o', 'o.id', 'm.offer_id')
    .select(['m.id', 'm.start_on', 'm.ended_on', 'm.end_reason', 'm.step_position', 'o.name as offer_name'])
    .where('m.case_id', '=', caseId)
    .execute();
}

export function ladderMoves(tx: Tx, caseId: string) {
  return tx
    .selectFrom('ladder_move')
    .select(['id', 'moved_on', 'from_position', 'to_position', 'direction', 'reason'])
    .where('case_id', '=', caseId)
    .execute();
}

export function followUps(tx: Tx, caseId: string) {
  return tx
    .selectFrom('follow_up')
    .select(['id', 'kind', 'held_on', 'decision'])
    .where('case_id', '=', caseId)
    .execute();
}

/** Decision entries of the journal, the last of each correction chain only. */
export function decisionEntries(tx: Tx, caseId: string) {
  return tx
    .selectFrom('journal_entry as j')
    .select(['j.id', 'j.occurred_at', 'j.text'])
    .where('j.case_id', '=', caseId)
    .where('j.kind', '=', 'decision')
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('journal_entry as c').select(sql`1`.as('one')).whereRef('c.corrects_id', '=', 'j.id'),
        ),
      ),
    )
    .execute();
}
