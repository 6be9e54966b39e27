import type { z } from 'zod';
import type {
  MeetingCloseRequest,
  MeetingListResponse,
  MeetingView,
  MinutesResponse,
} from '../../core/api/intake.ts';
import { copenhagenIso } from '../../core/calendar/zone.ts';
import { AppError } from '../../core/errors.ts';
import { SOURCE_INFO } from '../../core/intake/sources.ts';
import type { ActorHandle } from '../actor-db.ts';
import * as m from './meetings.queries.ts';
import { decisionView, meetingView, requireDistrict } from './meetings.ts';
import { reportChild } from './views.ts';

/**
 * The end of a district meeting: closing it makes the minutes (referat) final — no decision can
 * be added after — and the minutes can be read and printed at any time by those who may attend
 * the district's meetings. Reports still on the agenda carry over to the next meeting.
 */

export async function closeMeeting(
  h: ActorHandle,
  meetingId: string,
  r: z.infer<typeof MeetingCloseRequest>,
): Promise<{ meeting: z.infer<typeof MeetingView> }> {
  const { tx } = h;
  const meeting = await m.meetingForUpdate(tx, meetingId);
  if (!meeting) throw new AppError('not_found', 'Mødet findes ikke.');
  const district = await requireDistrict(h, meeting.district_id, 'close', meetingId);
  if (meeting.closed_at) throw new AppError('conflict', 'Mødet er allerede afsluttet.');
  const row = await m.markMeetingClosed(
    tx,
    meetingId,
    r.participants ? JSON.stringify(r.participants) : undefined,
  );
  if (!row) throw new AppError('conflict', 'Mødet er allerede afsluttet.');
  const decisions = await m.decisionsOf(tx, meetingId);
  await h.audit({
    action: 'close',
    entityType: 'district_meeting',
    entityId: meetingId,
    details: {
      districtId: meeting.district_id,
      heldOn: meeting.held_on,
      participantsChanged: r.participants !== undefined,
      decisions: decisions.length,
    },
  });
  return { meeting: meetingView(row, district) };
}

export async function meetingMinutes(
  h: ActorHandle,
  meetingId: string,
): Promise<z.infer<typeof MinutesResponse>> {
  const { tx } = h;
  const meeting = await m.meeting(tx, meetingId);
  if (!meeting) throw new AppError('not_found', 'Mødet findes ikke.');
  const district = await requireDistrict(h, meeting.district_id, 'read', meetingId);
  const rows = await m.minutesDecisions(tx, meetingId);
  const chair = meeting.chaired_by ? await m.userName(tx, meeting.chaired_by) : undefined;
  await h.audit({
    action: 'read',
    entityType: 'district_meeting',
    entityId: meetingId,
    details: {
      districtId: meeting.district_id,
      minutes: true,
      reportIds: rows.map((r) => r.report_id),
      childIds: [...new Set(rows.flatMap((r) => (r.child_id ? [r.child_id] : [])))],
    },
  });
  return {
    meeting: {
      ...meetingView(meeting, district),
      chairedBy: chair ? { id: chair.id, name: chair.display_name } : null,
    },
    decisions: rows.map((r) => ({
      ...decisionView(r),
      child: reportChild(r),
      sourceLabel: SOURCE_INFO[r.source].label,
      receivedAt: copenhagenIso(r.received_at),
      decidedBy: r.decider_name ? { id: r.decided_by, name: r.decider_name } : null,
    })),
  };
}

/** How many earlier meetings the list offers: a year of weekly meetings. */
const MEETINGS_LISTED = 52;

export async function districtMeetings(
  h: ActorHandle,
  districtId: string,
): Promise<z.infer<typeof MeetingListResponse>> {
  const district = await requireDistrict(h, districtId, 'read');
  const rows = await m.meetingsOf(h.tx, districtId, MEETINGS_LISTED);
  await h.audit({
    action: 'read',
    entityType: 'district_meeting',
    entityId: null,
    details: { districtId, list: true, meetingIds: rows.map((r) => r.id) },
  });
  return {
    meetings: rows.map(({ decision_count, ...row }) => ({
      ...meetingView(row, district),
      decisionCount: Number(decision_count ?? 0),
    })),
  };
}
