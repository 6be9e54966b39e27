import type {
  TransitionCreateRequest,
  TransitionsResponse,
  TransitionView,
} from '../../core/api/detection-queue.ts';
import { todayInCopenhagen } from '../../core/calendar/zone.ts';
import { daysBetween } from '../../core/detection/dates.ts';
import {
  PARTICIPANT_ROLE_LABELS,
  PARTICIPANT_ROLES,
  type ParticipantRole,
  TRANSITION_KIND_LABELS,
} from '../../core/detection/transition.ts';
import { AppError } from '../../core/errors.ts';
import type { ActorHandle } from '../actor-db.ts';
import { readAuditFields, requireChildRight } from './access.ts';
import * as q from './transitions.queries.ts';

/**
 * Transition conversations (seed 003_*, prøvehandling 1): recorded by a professional of the
 * child's unit or the district's preventive worker; read by those and by whoever may read the
 * child's concerns, since they are written to hand knowledge on to the next setting.
 */

function view(row: q.TransitionRow): TransitionView {
  return {
    id: row.id,
    childId: row.child_id,
    kind: row.kind,
    kindLabel: TRANSITION_KIND_LABELS[row.kind],
    heldOn: row.held_on,
    participants: row.participants.map((p) => {
      const role = (PARTICIPANT_ROLES as readonly string[]).includes(p.role)
        ? (p.role as ParticipantRole)
        : 'other';
      return { name: p.name, role, roleLabel: PARTICIPANT_ROLE_LABELS[role] };
    }),
    summary: row.summary,
    followUp: row.follow_up,
    followUpDue: row.follow_up_due,
    recordedBy: { id: row.user_id, name: row.display_name, title: row.title },
    createdAt: row.created_at.toISOString(),
  };
}

export async function recordTransition(h: ActorHandle, r: TransitionCreateRequest): Promise<TransitionView> {
  const { tx, actor } = h;
  await requireChildRight(h, r.childId, 'transition_create', {
    action: 'create',
    entityType: 'transition_conversation',
    entityId: null,
    details: { childId: r.childId },
  });
  if (daysBetween(todayInCopenhagen(), r.heldOn) > 0) {
    throw new AppError(
      'invalid_input',
      'Samtalen registreres, når den er holdt: datoen må ikke ligge efter i dag.',
    );
  }
  if (r.followUpDue && daysBetween(r.heldOn, r.followUpDue) < 0) {
    throw new AppError('invalid_input', 'Opfølgningen kan ikke ligge før samtalen.');
  }
  const id = await q.insertTransition(tx, {
    municipalityId: actor.municipalityId,
    childId: r.childId,
    kind: r.kind,
    heldOn: r.heldOn,
    participants: r.participants,
    summary: r.summary ?? null,
    followUp: r.followUp ?? null,
    followUpDue: r.followUpDue ?? null,
    recordedBy: actor.userId,
  });
  await h.audit({
    action: 'create',
    entityType: 'transition_conversation',
    entityId: id,
    details: { childId: r.childId, kind: r.kind },
  });
  const row = await q.findTransition(tx, id);
  if (!row) throw new AppError('internal');
  return view(row);
}

export async function childTransitions(h: ActorHandle, childId: string): Promise<TransitionsResponse> {
  const attempt = { action: 'read', entityType: 'transition_conversation', entityId: childId };
  const decision = await requireChildRight(h, childId, 'transition_read', attempt);
  const rows = await q.transitionsOfChild(h.tx, childId);
  const fields = await readAuditFields(h, childId, decision);
  await h.audit({ ...attempt, ...fields, details: { ...fields.details, childId } });
  return { conversations: rows.map(view) };
}
