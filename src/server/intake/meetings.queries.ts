import type { Insertable } from 'kysely';
import type { Tx } from '../../store/database.ts';
import type { DistrictMeetingTable, MeetingDecisionTable } from '../../store/schema-intake.ts';
import { REPORT_CHILD_COLUMNS } from './reports.queries.ts';

/** Queries of the district meeting (distriktsmøde). */

export function district(tx: Tx, id: string) {
  return tx.selectFrom('district').select(['id', 'name']).where('id', '=', id).executeTakeFirst();
}

export function meeting(tx: Tx, id: string) {
  return tx.selectFrom('district_meeting').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The district's next meeting: the earliest not yet closed. */
export function openMeeting(tx: Tx, districtId: string) {
  return tx
    .selectFrom('district_meeting')
    .selectAll()
    .where('district_id', '=', districtId)
    .where('closed_at', 'is', null)
    .orderBy('held_on')
    .limit(1)
    .executeTakeFirst();
}

export function meetingOn(tx: Tx, districtId: string, heldOn: string) {
  return tx
    .selectFrom('district_meeting')
    .selectAll()
    .where('district_id', '=', districtId)
    .where('held_on', '=', heldOn)
    .executeTakeFirst();
}

/** Screened reports of the district that no meeting has decided on: the agenda builds itself. */
export function agendaReports(tx: Tx, districtId: string) {
  return tx
    .selectFrom('report')
    .innerJoin('screening', 'screening.report_id', 'report.id')
    .leftJoin('child', 'child.id', 'report.child_id')
    .select([
      ...REPORT_CHILD_COLUMNS,
      'report.id',
      'report.source',
      'report.acute',
      'report.received_at',
      'report.text',
      'child.household_id',
      'screening.decision',
      'screening.health_or_development_in_danger',
      'screening.urgent_measures_needed',
      'screening.notes',
      'screening.screened_at',
    ])
    .where('report.district_id', '=', districtId)
    .where('report.status', '=', 'screened')
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('meeting_decision')
            .select('meeting_decision.id')
            .whereRef('meeting_decision.report_id', '=', 'report.id'),
        ),
      ),
    )
    .orderBy('report.received_at')
    .execute();
}

export function decisionsOf(tx: Tx, meetingId: string) {
  return tx
    .selectFrom('meeting_decision')
    .selectAll()
    .where('meeting_id', '=', meetingId)
    .orderBy('decided_at')
    .execute();
}

/**
 * When the municipality became aware of what the meeting now decides on: the receipt of the
 * child's earliest report still open (received or screened, this one included).
 */
export async function earliestOpenReportOf(tx: Tx, childId: string, thisReceivedAt: Date): Promise<Date> {
  const row = await tx
    .selectFrom('report')
    .select((eb) => eb.fn.min('received_at').as('first'))
    .where('child_id', '=', childId)
    .where('status', '!=', 'closed')
    .executeTakeFirst();
  const first = row?.first ? new Date(row.first as Date) : thisReceivedAt;
  return first < thisReceivedAt ? first : thisReceivedAt;
}

/**
 * The meeting locked for the rest of the transaction: closing and deciding never interleave.
 * FOR NO KEY UPDATE, as every row lock (docs/architecture.md, "Locks").
 */
export function meetingForUpdate(tx: Tx, id: string) {
  return tx
    .selectFrom('district_meeting')
    .selectAll()
    .where('id', '=', id)
    .forNoKeyUpdate()
    .executeTakeFirst();
}

/** Every decision of a meeting with the report's child (or provisional identity) and who decided. */
export function minutesDecisions(tx: Tx, meetingId: string) {
  return tx
    .selectFrom('meeting_decision')
    .innerJoin('report', 'report.id', 'meeting_decision.report_id')
    .leftJoin('child', 'child.id', 'report.child_id')
    .leftJoin('app_user as decider', 'decider.id', 'meeting_decision.decided_by')
    .selectAll('meeting_decision')
    .select([
      ...REPORT_CHILD_COLUMNS,
      'report.source',
      'report.received_at',
      'decider.display_name as decider_name',
    ])
    .where('meeting_decision.meeting_id', '=', meetingId)
    .orderBy('meeting_decision.decided_at')
    .orderBy('meeting_decision.id')
    .execute();
}

export function userName(tx: Tx, id: string) {
  return tx.selectFrom('app_user').select(['id', 'display_name']).where('id', '=', id).executeTakeFirst();
}

/** The district's latest meetings, newest first, with how many decisions each recorded. */
export function meetingsOf(tx: Tx, districtId: string, limit: number) {
  return tx
    .selectFrom('district_meeting')
    .selectAll('district_meeting')
    .select((eb) =>
      eb
        .selectFrom('meeting_decision')
        .select((e) => e.fn.countAll<string>().as('n'))
        .whereRef('meeting_decision.meeting_id', '=', 'district_meeting.id')
        .as('decision_count'),
    )
    .where('district_id', '=', districtId)
    .orderBy('held_on', 'desc')
    .limit(limit)
    .execute();
}

export function insertMeeting(tx: Tx, values: Insertable<DistrictMeetingTable>) {
  return tx.insertInto('district_meeting').values(values).returningAll().executeTakeFirstOrThrow();
}

/** Undefined when the report has its decision already. */
export function insertDecision(tx: Tx, values: Insertable<MeetingDecisionTable>) {
  return tx
    .insertInto('meeting_decision')
    .values(values)
    .onConflict((oc) => oc.columns(['municipality_id', 'report_id']).doNothing())
    .returningAll()
    .executeTakeFirst();
}

/** Closes the meeting (with the participants corrected, if given); undefined when it was closed already. */
export function markMeetingClosed(tx: Tx, id: string, participants: string | undefined) {
  return tx
    .updateTable('district_meeting')
    .set({ closed_at: new Date(), ...(participants ? { participants } : {}) })
    .where('id', '=', id)
    .where('closed_at', 'is', null)
    .returningAll()
    .executeTakeFirst();
}
