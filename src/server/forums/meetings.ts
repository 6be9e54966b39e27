import type { Selectable } from 'kysely';
import type { z } from 'zod';
import {
  decideAgendaRead,
  FORUM_POLICY,
  isMeetingChair,
  type MeetingAction,
  type MeetingFacts,
  type MeetingStatus,
  mayActOnMeeting,
} from '../../core/access/forums-policy.ts';
import type {
  ForumMeetingStepRequest,
  ForumMeetingsResponse,
  ForumMeetingView,
  MeetingPlanRequest,
} from '../../core/api/forums.ts';
import { isWorkingDay } from '../../core/calendar/working-days.ts';
import { copenhagenIso, todayInCopenhagen } from '../../core/calendar/zone.ts';
import { addCalendarMonths } from '../../core/casework/months.ts';
import { daysBetween } from '../../core/detection/dates.ts';
import { AppError } from '../../core/errors.ts';
import { meetingsBetween } from '../../core/forums/rhythm.ts';
import type { ForumMeetingTable, ForumTable } from '../../store/schema-forums.ts';
import { type ActorHandle, DeniedError } from '../actor-db.ts';
import type { Created } from '../idempotency.ts';
import { loadNonWorkingDays } from '../intake/reports.queries.ts';
import { insertAgendaItems } from './agenda.queries.ts';
import { buildAgenda } from './agenda-build.ts';
import * as q from './meetings.queries.ts';
import { forumView, mayManage, requireForum } from './setup.ts';

/**
 * A forum's meetings (docs/forums.md "API"): the days its rhythm gives and the meetings planned on
 * them (or on another working day), each planned → published → closed. The chair publishes and
 * closes; a closed meeting is locked, and its agenda is stored as the rules built it on closing
 * (agenda-build.ts), so the minutes stay the same whatever is decided later. The agenda and its
 * decisions are agenda.ts and decisions.ts.
 */

type Forum = Selectable<ForumTable>;
type Meeting = Selectable<ForumMeetingTable>;
type MeetingView = z.infer<typeof ForumMeetingView>;

/** How far ahead the meetings list looks when no period is asked for, and the longest period. */
const DEFAULT_MONTHS_AHEAD = 3;
const MAX_PERIOD_DAYS = 366;

export function statusOf(m: Meeting): MeetingStatus {
  return m.closed_at ? 'closed' : m.published_at ? 'published' : 'planned';
}

export function meetingView(m: Meeting, forum: Forum): MeetingView {
  return {
    id: m.id,
    forum: { id: forum.id, name: forum.name },
    heldOn: m.held_on,
    status: statusOf(m),
    participants: m.participants,
    publishedAt: m.published_at ? copenhagenIso(m.published_at) : null,
    closedAt: m.closed_at ? copenhagenIso(m.closed_at) : null,
  };
}

async function membershipOf(h: ActorHandle, forumId: string) {
  const member = await q.membership(h.tx, forumId, h.actor.userId);
  return { member: member !== undefined, chair: member?.chair ?? false };
}

/**
 * The dates and states of a forum's meetings hold no child's data: its members, its chair and
 * those who set it up read them. What a meeting holds is read through `readForumMeeting`.
 */
export async function forumMeetings(
  h: ActorHandle,
  forumId: string,
  period: { from?: string | undefined; to?: string | undefined },
): Promise<z.infer<typeof ForumMeetingsResponse>> {
  const forum = await requireForum(h, forumId);
  const { member, chair } = await membershipOf(h, forumId);
  const policy = FORUM_POLICY[h.actor.role];
  const reads = (member && policy.memberRead) || isMeetingChair(h.actor.role, { chair });
  if (!reads && !mayManage(h, forum.kind, forum.district_id)) {
    throw new DeniedError({ action: 'read', entityType: 'forum', entityId: forumId });
  }
  const from = period.from ?? todayInCopenhagen();
  const to = period.to ?? addCalendarMonths(from, DEFAULT_MONTHS_AHEAD);
  if (to < from) throw new AppError('invalid_input', 'Slutdatoen må ikke ligge før startdatoen.');
  if (daysBetween(from, to) > MAX_PERIOD_DAYS) {
    throw new AppError('invalid_input', 'Perioden må højst være et år.');
  }
  const settings = await loadNonWorkingDays(h.tx, h.actor.municipalityId);
  const inRhythm = new Set(meetingsBetween(forum.rhythm, from, to, settings));
  const stored = new Map((await q.meetingsBetween(h.tx, forumId, from, to)).map((m) => [m.held_on, m]));
  const days = [...new Set([...inRhythm, ...stored.keys()])].sort();
  await h.audit({
    action: 'read',
    entityType: 'forum',
    entityId: forumId,
    details: { from, to, meetingIds: [...stored.values()].map((m) => m.id) },
  });
  return {
    forum: await forumView(h, forumId),
    from,
    to,
    meetings: days.map((heldOn) => {
      const m = stored.get(heldOn);
      return { heldOn, inRhythm: inRhythm.has(heldOn), meeting: m ? meetingView(m, forum) : null };
    }),
  };
}

/** Plan a meeting on a working day (its chair, or who sets the forum up); the same day again is the same meeting. */
export async function planMeeting(
  h: ActorHandle,
  forumId: string,
  r: z.infer<typeof MeetingPlanRequest>,
): Promise<Created<MeetingView>> {
  const forum = await requireForum(h, forumId);
  const { chair } = await membershipOf(h, forumId);
  if (!isMeetingChair(h.actor.role, { chair }) && !mayManage(h, forum.kind, forum.district_id)) {
    throw new DeniedError({
      action: 'plan',
      entityType: 'forum',
      entityId: forumId,
      details: { heldOn: r.heldOn },
    });
  }
  const existing = await q.meetingOn(h.tx, forumId, r.heldOn);
  if (existing) {
    await h.audit({
      action: 'plan',
      entityType: 'forum_meeting',
      entityId: existing.id,
      details: { forumId, retry: true },
    });
    return { created: false, body: meetingView(existing, forum) };
  }
  const settings = await loadNonWorkingDays(h.tx, h.actor.municipalityId);
  if (!isWorkingDay(r.heldOn, settings)) {
    throw new AppError('unprocessable', 'Mødet skal ligge på en arbejdsdag (ikke weekend eller helligdag).');
  }
  const row =
    (await q.insertMeeting(h.tx, {
      municipality_id: h.actor.municipalityId,
      forum_id: forumId,
      held_on: r.heldOn,
      participants: JSON.stringify(r.participants),
      planned_by: h.actor.userId,
    })) ?? null;
  if (!row) {
    // Planned by a concurrent request: the same meeting.
    const winner = await q.meetingOn(h.tx, forumId, r.heldOn);
    if (!winner) throw new AppError('conflict');
    return { created: false, body: meetingView(winner, forum) };
  }
  await h.audit({
    action: 'plan',
    entityType: 'forum_meeting',
    entityId: row.id,
    details: { forumId, heldOn: r.heldOn },
  });
  return { created: true, body: meetingView(row, forum) };
}

export async function meetingWithFacts(h: ActorHandle, meetingId: string, forUpdate: boolean) {
  const m = await (forUpdate ? q.meetingForUpdate(h.tx, meetingId) : q.meeting(h.tx, meetingId));
  if (!m) throw new AppError('not_found', 'Mødet findes ikke.');
  const forum = await requireForum(h, m.forum_id);
  const facts: MeetingFacts = { ...(await membershipOf(h, forum.id)), status: statusOf(m) };
  return { m, forum, facts };
}

/** A meeting, read as the agenda is (forums-policy.ts `decideAgendaRead`): its chair always, its members while published. */
export async function readForumMeeting(h: ActorHandle, meetingId: string): Promise<{ meeting: MeetingView }> {
  const { m, forum, facts } = await meetingWithFacts(h, meetingId, false);
  const access = decideAgendaRead(h.actor.role, forum.kind, facts);
  if (!access.allowed) {
    throw new DeniedError({
      action: 'read',
      entityType: 'forum_meeting',
      entityId: meetingId,
      details: { forumId: forum.id, status: facts.status },
    });
  }
  await h.audit({
    action: 'read',
    entityType: 'forum_meeting',
    entityId: meetingId,
    details: { forumId: forum.id, as: access.as, view: access.view },
  });
  return { meeting: meetingView(m, forum) };
}

const WRONG_STATE: Readonly<Record<MeetingAction, Partial<Record<MeetingStatus, string>>>> = {
  edit_agenda: { published: 'Dagsordenen er offentliggjort og kan ikke længere ændres.' },
  publish: { published: 'Mødet er allerede offentliggjort.' },
  decide: { planned: 'Dagsordenen er ikke offentliggjort endnu.' },
  close: { planned: 'Mødet er ikke offentliggjort endnu; det kan ikke afsluttes.' },
};

/** The chair's step on a meeting: 403 for anyone else, 409 in the wrong state (a closed meeting is locked). */
async function act(
  h: ActorHandle,
  meetingId: string,
  action: MeetingAction,
  set: (now: Date) => Parameters<typeof q.updateMeeting>[2],
  before?: (m: Meeting, forum: Forum) => Promise<void>,
): Promise<{ meeting: MeetingView }> {
  const { m, forum, facts } = await meetingWithFacts(h, meetingId, true);
  if (!isMeetingChair(h.actor.role, facts)) {
    throw new DeniedError({
      action,
      entityType: 'forum_meeting',
      entityId: meetingId,
      details: { forumId: forum.id },
    });
  }
  if (!mayActOnMeeting(h.actor.role, action, facts)) {
    const message =
      facts.status === 'closed'
        ? 'Mødet er afsluttet og låst; det kan ikke ændres.'
        : (WRONG_STATE[action][facts.status] ?? 'Mødet er ikke i den rette tilstand.');
    throw new AppError('conflict', message);
  }
  await before?.(m, forum);
  const row = await q.updateMeeting(h.tx, m.id, set(new Date()));
  if (!row) throw new AppError('conflict', 'Mødet er afsluttet og låst; det kan ikke ændres.');
  await h.audit({
    action,
    entityType: 'forum_meeting',
    entityId: meetingId,
    details: { forumId: forum.id, heldOn: m.held_on },
  });
  return { meeting: meetingView(row, forum) };
}

type StepRequest = z.infer<typeof ForumMeetingStepRequest>;

function participantsOf(r: StepRequest) {
  return r.participants ? { participants: JSON.stringify(r.participants) } : {};
}

/** Publish with those called: from now on its members read the agenda. */
export function publishMeeting(h: ActorHandle, meetingId: string, r: StepRequest) {
  return act(h, meetingId, 'publish', (now) => ({
    published_at: now,
    published_by: h.actor.userId,
    ...participantsOf(r),
  }));
}

/**
 * Close with the attendance as it was; from then on the meeting is locked. In the same transaction
 * the agenda as the rules build it now is stored (positions 1..n), so the minutes stay the same.
 */
export function closeForumMeeting(h: ActorHandle, meetingId: string, r: StepRequest) {
  return act(
    h,
    meetingId,
    'close',
    (now) => ({ closed_at: now, closed_by: h.actor.userId, ...participantsOf(r) }),
    async (m, forum) => {
      const built = await buildAgenda(h, forum, m.held_on);
      await insertAgendaItems(
        h.tx,
        built.items.map((i, n) => ({
          municipality_id: h.actor.municipalityId,
          meeting_id: m.id,
          position: n + 1,
          rule: i.rule,
          case_id: i.caseId,
          child_id: i.childId,
          source_kind: i.source.kind,
          source_id: i.source.id,
          reason: i.reason,
          due_on: i.dueOn,
        })),
      );
    },
  );
}
