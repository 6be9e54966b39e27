import type { ChildConversationRequest, ChildConversationView } from '../../core/api/casework-assessment.ts';
import { copenhagenIso, todayInCopenhagen } from '../../core/calendar/zone.ts';
import { AppError } from '../../core/errors.ts';
import type { Tx } from '../../store/database.ts';
import type { ActorHandle } from '../actor-db.ts';
import { type Created, createOnce } from '../idempotency.ts';
import { openCase, requireOpen } from './case-access.ts';
import * as q from './conversations.queries.ts';

/**
 * The child conversation (børnesamtale, BL § 5): the child's view before a decision, with date,
 * form and the child's own words. Recorded by the assigned caseworker ('write'); append-only.
 */

/** An assessment named by a record on a case must be one of that case's. */
export async function requireAssessmentOfCase(tx: Tx, caseId: string, assessmentId: string | undefined) {
  if (!assessmentId) return;
  const a = await q.caseOfAssessment(tx, assessmentId);
  if (!a || a.case_id !== caseId) {
    throw new AppError('unprocessable', 'Undersøgelsen findes ikke på denne sag.');
  }
}

export function requirePastOrToday(date: string, what: string) {
  if (date > todayInCopenhagen()) throw new AppError('unprocessable', `${what} kan ikke ligge i fremtiden.`);
}

type Row = q.ConversationRow;

function view(r: Row): ChildConversationView {
  return {
    id: r.id,
    caseId: r.case_id,
    assessmentId: r.assessment_id,
    heldOn: r.held_on,
    form: r.form,
    childWords: r.child_words,
    heldBy: { id: r.held_by, name: r.held_by_name },
    createdAt: copenhagenIso(r.created_at),
  };
}

function sameConversation(row: Row, caseId: string, userId: string, r: ChildConversationRequest): boolean {
  return (
    row.case_id === caseId &&
    row.held_by === userId &&
    row.held_on === r.heldOn &&
    row.form === r.form &&
    row.child_words === r.childWords &&
    row.assessment_id === (r.assessmentId ?? null)
  );
}

/** POST /api/cases/:id/child-conversations; `created` false for a retry with the same key. */
export async function recordChildConversation(
  h: ActorHandle,
  caseId: string,
  r: ChildConversationRequest,
): Promise<Created<ChildConversationView>> {
  const { tx, actor } = h;
  return createOnce(
    {
      key: r.idempotencyKey,
      byKey: (key) => q.conversationByKey(tx, key),
      sameRequest: (row) => sameConversation(row, caseId, actor.userId, r),
      what: 'en anden børnesamtale',
      view,
    },
    (id, keyDetails) =>
      openCase(h, caseId, 'write', {
        action: 'create',
        entityType: 'child_conversation',
        entityId: id,
        details: { heldOn: r.heldOn, ...keyDetails },
      }),
    async (id, { row }) => {
      requireOpen(row);
      requirePastOrToday(r.heldOn, 'Børnesamtalen');
      await requireAssessmentOfCase(tx, caseId, r.assessmentId);
      const inserted = await q.insertConversation(tx, {
        id,
        municipality_id: actor.municipalityId,
        case_id: caseId,
        assessment_id: r.assessmentId ?? null,
        held_on: r.heldOn,
        form: r.form,
        child_words: r.childWords,
        held_by: actor.userId,
        idempotency_key: r.idempotencyKey ?? null,
      });
      return inserted ? q.conversationById(tx, id) : undefined;
    },
  );
}

export async function listChildConversations(
  h: ActorHandle,
  caseId: string,
): Promise<ChildConversationView[]> {
  await openCase(h, caseId, 'read', { action: 'read', entityType: 'child_conversation', entityId: null });
  return (await q.conversationsOfCase(h.tx, caseId)).map(view);
}
