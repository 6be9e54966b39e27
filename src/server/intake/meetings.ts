import type { Selectable } from 'kysely';
import type { z } from 'zod';
import { mayAttendMeeting } from '../../core/access/intake-policy.ts';
import type { AgendaResponse, DecisionRequest, MeetingView } from '../../core/api/intake.ts';
import { copenhagenDateOf, copenhagenIso } from '../../core/calendar/zone.ts';
import { AppError } from '../../core/errors.ts';
import { linkedReports } from '../../core/intake/linked.ts';
import { MEETING_DECISION_LABELS, SOURCE_INFO } from '../../core/intake/sources.ts';
import type { DistrictMeetingTable, MeetingDecisionTable } from '../../store/schema.ts';
import { type ActorHandle, DeniedError } from '../actor-db.ts';
import { openCaseForMeetingDecision } from '../casework/cases.ts';
import { startFollowingForMeetingDecision } from '../detection/follow.ts';
import type { Created } from '../idempotency.ts';
import * as m from './meetings.queries.ts';
import { findReport, reportsOfHouseholds, setReportStatus } from './reports.queries.ts';
import { reportChild } from './views.ts';

/**
 * The weekly district meeting of Front, the preventive worker and a family-team caseworker
 * (seed 004_*): each screened report of the district gets a decision with reasons. An
 * assessment opens a case (or continues the child's open one); preventive work puts the child
 * on the district's preventive follow list (detection); the report is then closed.
 */

type Meeting = Selectable<DistrictMeetingTable>;

export async function requireDistrict(
  h: ActorHandle,
  districtId: string,
  action: string,
  meetingId: string | null = null,
) {
  const d = await m.district(h.tx, districtId);
  if (!d) throw new AppError('not_found', 'Distriktet findes ikke.');
  if (!mayAttendMeeting(h.actor.role, h.actor.districtIds.includes(districtId))) {
    throw new DeniedError({
      action,
      entityType: 'district_meeting',
      entityId: meetingId,
      details: { districtId },
    });
  }
  return d;
}

export function meetingView(
  row: Meeting,
  district: { id: string; name: string },
): z.infer<typeof MeetingView> {
  return {
    id: row.id,
    district,
    heldOn: row.held_on,
    participants: row.participants,
    closed: row.closed_at !== null,
    closedAt: row.closed_at ? copenhagenIso(row.closed_at) : null,
  };
}

export function decisionView(d: Selectable<MeetingDecisionTable>) {
  return {
    id: d.id,
    reportId: d.report_id,
    decision: d.decision,
    decisionLabel: MEETING_DECISION_LABELS[d.decision],
    reasons: d.reasons,
    caseId: d.case_id,
    decidedAt: copenhagenIso(d.decided_at),
  };
}

export async function openDistrictMeeting(
  h: ActorHandle,
  districtId: string,
  r: { heldOn: string; participants: { userId?: string | undefined; name: string; role: string }[] },
): Promise<Created<z.infer<typeof MeetingView>>> {
  const d = await requireDistrict(h, districtId, 'create');
  const existing = await m.meetingOn(h.tx, districtId, r.heldOn);
  if (existing) return { created: false, body: meetingView(existing, d) };
  const row = await m.insertMeeting(h.tx, {
    municipality_id: h.actor.municipalityId,
    district_id: districtId,
    held_on: r.heldOn,
    participants: JSON.stringify(r.participants),
    chaired_by: h.actor.userId,
  });
  await h.audit({
    action: 'create',
    entityType: 'district_meeting',
    entityId: row.id,
    details: { districtId, heldOn: r.heldOn },
  });
  return { created: true, body: meetingView(row, d) };
}

export async function nextMeeting(
  h: ActorHandle,
  districtId: string,
): Promise<z.infer<typeof AgendaResponse>> {
  const d = await requireDistrict(h, districtId, 'read');
  const meeting = await m.openMeeting(h.tx, districtId);
  const rows = await m.agendaReports(h.tx, districtId);
  const householdIds = [...new Set(rows.flatMap((r) => (r.household_id ? [r.household_id] : [])))];
  const childIds = [...new Set(rows.flatMap((r) => (r.child_id ? [r.child_id] : [])))];
  const candidates = (await reportsOfHouseholds(h.tx, householdIds, childIds)).map((c) => ({
    id: c.id,
    childId: c.child_id,
    householdId: c.household_id,
    receivedAt: c.received_at,
  }));
  const decisions = meeting ? await m.decisionsOf(h.tx, meeting.id) : [];
  await h.audit({
    action: 'read',
    entityType: 'district_meeting',
    entityId: meeting?.id ?? null,
    details: { districtId, reportIds: rows.map((r) => r.id), childIds },
  });
  return {
    meeting: meeting ? meetingView(meeting, d) : null,
    agenda: rows.map((r) => {
      const linked = linkedReports(
        { id: r.id, childId: r.child_id, householdId: r.household_id, receivedAt: r.received_at },
        candidates,
      );
      return {
        reportId: r.id,
        child: reportChild(r),
        sourceLabel: SOURCE_INFO[r.source].label,
        acute: r.acute,
        receivedAt: copenhagenIso(r.received_at),
        text: r.text,
        screening: {
          decision: r.decision,
          healthOrDevelopmentInDanger: r.health_or_development_in_danger,
          urgentMeasuresNeeded: r.urgent_measures_needed,
          notes: r.notes,
          screenedAt: copenhagenIso(r.screened_at),
        },
        linkedFlagged: linked.flagged,
        linkedInLast12Months: linked.inWindow,
      };
    }),
    decisions: decisions.map(decisionView),
  };
}

export async function decideOnReport(h: ActorHandle, meetingId: string, r: DecisionRequest) {
  const { tx, actor } = h;
  // Locked: a decision recorded while the meeting is being closed waits, then sees it closed.
  const meeting = await m.meetingForUpdate(tx, meetingId);
  if (!meeting) throw new AppError('not_found', 'Mødet findes ikke.');
  await requireDistrict(h, meeting.district_id, 'decide', meetingId);
  if (meeting.closed_at) throw new AppError('conflict', 'Mødet er afsluttet; referatet kan ikke ændres.');
  const report = await findReport(tx, r.reportId);
  if (!report || report.district_id !== meeting.district_id) {
    throw new AppError('not_found', 'Underretningen findes ikke i mødets distrikt.');
  }
  if (report.status !== 'screened') {
    throw new AppError(
      'conflict',
      'Underretningen er ikke på dagsordenen (ikke screenet, eller allerede afgjort).',
    );
  }
  let caseId: string | null = null;
  if ((r.decision === 'assessment' || r.decision === 'preventive') && !report.child_id) {
    throw new AppError(
      'unprocessable',
      'Barnet skal identificeres, før der kan besluttes en undersøgelse eller forebyggende arbejde.',
    );
  }
  // Case work and detection keep their own tables: the meeting asks their use cases.
  if (r.decision === 'assessment' && report.child_id) {
    const earliest = await m.earliestOpenReportOf(tx, report.child_id, report.received_at);
    ({ caseId } = await openCaseForMeetingDecision(h, {
      childId: report.child_id,
      meetingId,
      heldOn: meeting.held_on,
      reasons: r.reasons,
      awareOn: copenhagenDateOf(earliest),
      responsibleTeam: r.responsibleTeam,
    }));
  }
  if (r.decision === 'preventive' && report.child_id) {
    await startFollowingForMeetingDecision(h, {
      childId: report.child_id,
      meetingId,
      heldOn: meeting.held_on,
    });
  }
  const row = await m.insertDecision(tx, {
    municipality_id: actor.municipalityId,
    meeting_id: meetingId,
    report_id: r.reportId,
    decision: r.decision,
    reasons: r.reasons,
    case_id: caseId,
    decided_by: actor.userId,
  });
  if (!row) throw new AppError('conflict', 'Der er allerede truffet beslutning om underretningen.');
  await setReportStatus(tx, r.reportId, { status: 'closed', closed_at: row.decided_at });
  await h.audit({
    action: 'decide',
    entityType: 'report',
    entityId: r.reportId,
    details: { meetingId, childId: report.child_id, decision: r.decision, caseId },
  });
  return { decision: decisionView(row) };
}
