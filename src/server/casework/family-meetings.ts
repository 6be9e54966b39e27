import type { FamilyMeetingRequest, FamilyMeetingView } from '../../core/api/casework-assessment.ts';
import { copenhagenIso } from '../../core/calendar/zone.ts';
import type { ActorHandle } from '../actor-db.ts';
import { type Created, createOnce } from '../idempotency.ts';
import { openCase, requireOpen } from './case-access.ts';
import { requireAssessmentOfCase, requirePastOrToday } from './conversations.ts';
import * as q from './family-meetings.queries.ts';

/**
 * Family meetings (familiemøde): family, network and professionals; who took part and what was
 * agreed. Network work, so 'networkWrite': the assigned caseworker and the case's foster-care
 * consultant may record one. Append-only.
 */

type Row = q.FamilyMeetingRow;

function view(r: Row): FamilyMeetingView {
  return {
    id: r.id,
    caseId: r.case_id,
    assessmentId: r.assessment_id,
    heldOn: r.held_on,
    purpose: r.purpose,
    participants: r.participants,
    agreements: r.agreements,
    createdBy: { id: r.created_by, name: r.created_by_name },
    createdAt: copenhagenIso(r.created_at),
  };
}

function sameMeeting(row: Row, caseId: string, userId: string, r: FamilyMeetingRequest): boolean {
  return (
    row.case_id === caseId &&
    row.created_by === userId &&
    row.held_on === r.heldOn &&
    row.purpose === r.purpose &&
    sameParticipants(row.participants, r.participants) &&
    row.agreements === agreementsOf(r) &&
    row.assessment_id === (r.assessmentId ?? null)
  );
}

function agreementsOf(r: FamilyMeetingRequest): string | null {
  const agreements = r.agreements?.trim();
  return agreements ? agreements : null;
}

/** POST /api/cases/:id/family-meetings; `created` false for a retry with the same key. */
export async function recordFamilyMeeting(
  h: ActorHandle,
  caseId: string,
  r: FamilyMeetingRequest,
): Promise<Created<FamilyMeetingView>> {
  const { tx, actor } = h;
  return createOnce(
    {
      key: r.idempotencyKey,
      byKey: (key) => q.familyMeetingByKey(tx, key),
      sameRequest: (row) => sameMeeting(row, caseId, actor.userId, r),
      what: 'et andet familiemøde',
      view,
    },
    (id, keyDetails) =>
      openCase(h, caseId, 'networkWrite', {
        action: 'create',
        entityType: 'family_meeting',
        entityId: id,
        details: { heldOn: r.heldOn, ...keyDetails },
      }),
    async (id, { row }) => {
      requireOpen(row);
      requirePastOrToday(r.heldOn, 'Familiemødet');
      await requireAssessmentOfCase(tx, caseId, r.assessmentId);
      const inserted = await q.insertFamilyMeeting(tx, {
        id,
        municipality_id: actor.municipalityId,
        case_id: caseId,
        assessment_id: r.assessmentId ?? null,
        held_on: r.heldOn,
        purpose: r.purpose,
        participants: JSON.stringify(r.participants),
        agreements: agreementsOf(r),
        created_by: actor.userId,
        idempotency_key: r.idempotencyKey ?? null,
      });
      return inserted ? q.familyMeetingById(tx, id) : undefined;
    },
  );
}

export async function listFamilyMeetings(h: ActorHandle, caseId: string): Promise<FamilyMeetingView[]> {
  await openCase(h, caseId, 'read', { action: 'read', entityType: 'family_meeting', entityId: null });
  return (await q.familyMeetingsOfCase(h.tx, caseId)).map(view);
}

type Participant = { name: string; relation: string };

/** Participant lists by content and order (jsonb does not keep the key order of the request). */
function sameParticipants(a: readonly Participant[], b: readonly Participant[]): boolean {
  return a.length === b.length && a.every((p, i) => p.name === b[i]?.name && p.relation === b[i]?.relation);
}
