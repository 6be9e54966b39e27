import { decideAgendaRead } from '../../core/access/forums-policy.ts';
import type { AgendaResponse } from '../../core/api/forums-agenda.ts';
import { FORUM_KIND_LABELS } from '../../core/forums/index.ts';
import { type ActorHandle, DeniedError } from '../actor-db.ts';
import * as q from './agenda.queries.ts';
import { buildAgenda } from './agenda-build.ts';
import { type AgendaEntry, agendaItemViews } from './agenda-view.ts';
import { meetingView, meetingWithFacts } from './meetings.ts';

/**
 * GET /api/forum-meetings/:id/agenda (docs/forums.md "Agendas"): a meeting not closed gets the
 * agenda the rules build now from the store; a closed meeting the one stored when it closed. Read
 * as forums-policy.ts `decideAgendaRead` says — the chair in every state, a member while published
 * — and audited as one read of the meeting naming the cases and children on it (the pseudonymised
 * view's too: the audit is where who saw what about whom is kept; the response carries no id).
 */
export async function readAgenda(h: ActorHandle, meetingId: string): Promise<AgendaResponse> {
  const { m, forum, facts } = await meetingWithFacts(h, meetingId, false);
  const access = decideAgendaRead(h.actor.role, forum.kind, facts);
  if (!access.allowed) {
    throw new DeniedError({
      action: 'read',
      entityType: 'forum_meeting',
      entityId: meetingId,
      details: { forumId: forum.id, status: facts.status, part: 'agenda' },
    });
  }
  let entries: AgendaEntry[];
  let coversUntil: string | null = null;
  let built: Awaited<ReturnType<typeof buildAgenda>> | undefined;
  if (facts.status === 'closed') {
    entries = (await q.storedAgenda(h.tx, meetingId)).map((i) => ({
      rule: i.rule,
      caseId: i.case_id,
      childId: i.child_id,
      source: { kind: i.source_kind, id: i.source_id },
      reason: i.reason,
      dueOn: i.due_on,
    }));
  } else {
    built = await buildAgenda(h, forum, m.held_on);
    coversUntil = built.coversUntil;
    entries = built.items;
  }
  const items = await agendaItemViews(h, meetingId, m.held_on, entries, access.view, built);
  await h.audit({
    action: 'read',
    entityType: 'forum_meeting',
    entityId: meetingId,
    details: {
      forumId: forum.id,
      part: 'agenda',
      as: access.as,
      view: access.view,
      caseIds: [...new Set(entries.map((e) => e.caseId))],
      childIds: [...new Set(entries.map((e) => e.childId))],
    },
  });
  return {
    meeting: meetingView(m, forum),
    forum: { id: forum.id, name: forum.name, kind: forum.kind, kindLabel: FORUM_KIND_LABELS[forum.kind] },
    view: access.view,
    as: access.as,
    stored: facts.status === 'closed',
    coversUntil,
    items,
  };
}
