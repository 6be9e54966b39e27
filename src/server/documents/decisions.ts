import { maySignDecision } from '../../core/access/documents-policy.ts';
import type { DecisionCreateRequest, DecisionView } from '../../core/api/documents.ts';
import { copenhagenIso, todayInCopenhagen } from '../../core/calendar/zone.ts';
import { mayDecideAfterConsultation } from '../../core/documents/consultation.ts';
import { DECISION_TYPE_LABELS } from '../../core/documents/decision-types.ts';
import { AppError } from '../../core/errors.ts';
import { type ActorHandle, DeniedError } from '../actor-db.ts';
import { openCase, requireOpen } from '../casework/case-access.ts';
import { type Created, createOnce, requestHash } from '../idempotency.ts';
import { consultationFacts } from './consultations.ts';
import * as q from './decisions.queries.ts';
import { decisionTypeRules, guidanceView } from './settings.ts';

/**
 * Written decisions (afgørelser, docs/documents.md): what was decided, the legal basis, the reasons
 * (forvaltningsloven §§ 22–24), the day, who decided and the forum decision it rests on, with the
 * appeal guidance of its type as it stood that day (kept with the decision, so a later edit of the
 * guidance never changes what a family was told). A decision naming a consultation is refused
 * before the consultation's deadline unless every party has answered. Where the municipality
 * requires a second signature for the type, the decision waits for a leader of the case's district.
 */

type Row = q.DecisionRow;

function view(r: Row): DecisionView {
  return {
    id: r.id,
    caseId: r.case_id,
    type: r.decision_type,
    typeLabel: DECISION_TYPE_LABELS[r.decision_type],
    decided: r.decided,
    legalBasis: r.legal_basis,
    reasons: r.reasons,
    decidedOn: r.decided_on,
    decidedBy: { id: r.decided_by, name: r.decided_by_name },
    measureId: r.measure_id,
    forumDecisionId: r.forum_decision_id,
    consultationId: r.consultation_id,
    appealGuidance: guidanceView(r.appeal_guidance),
    status: r.status,
    signedBy: r.signed_by ? { id: r.signed_by, name: r.signed_by_name ?? '' } : null,
    signedAt: r.signed_at ? copenhagenIso(r.signed_at) : null,
    createdAt: copenhagenIso(r.created_at),
  };
}

const unprocessable = (message: string) => new AppError('unprocessable', message);

async function requireNamedRecords(
  h: ActorHandle,
  caseId: string,
  childId: string,
  r: DecisionCreateRequest,
) {
  if (r.measureId) {
    const m = await q.measureCase(h.tx, r.measureId);
    if (m?.case_id !== caseId) throw unprocessable('Indsatsen findes ikke på denne sag.');
  }
  if (r.forumDecisionId) {
    const f = await q.forumDecisionChild(h.tx, r.forumDecisionId);
    if (f?.child_id !== childId) throw unprocessable('Mødeforummets afgørelse findes ikke for barnet.');
  }
  if (r.consultationId) {
    const c = await consultationFacts(h, r.consultationId);
    if (c?.row.case_id !== caseId) throw unprocessable('Partshøringen findes ikke på denne sag.');
    const timing = mayDecideAfterConsultation(
      { parties: c.row.parties.map((p) => p.name), lastDay: c.row.last_day },
      c.answers.map((a) => ({ party: a.party, kind: a.kind })),
      new Date(),
    );
    if (!timing.allowed) throw unprocessable(timing.message);
  }
}

/** POST /api/cases/:id/decisions */
export async function recordDecision(
  h: ActorHandle,
  caseId: string,
  r: DecisionCreateRequest,
): Promise<Created<DecisionView>> {
  const { tx, actor } = h;
  const { idempotencyKey, ...content } = r;
  const hash = requestHash({ caseId, ...content });
  return createOnce(
    {
      key: idempotencyKey,
      byKey: (key) => q.decisionByKey(tx, key),
      sameRequest: (row) => row.request_hash === hash && row.decided_by === actor.userId,
      what: 'en anden afgørelse',
      view,
    },
    (id, keyDetails) =>
      openCase(h, caseId, 'write', {
        action: 'create',
        entityType: 'case_decision',
        entityId: id,
        details: { type: r.type, ...keyDetails },
      }),
    async (id, { row: c }) => {
      requireOpen(c);
      if (r.decidedOn > todayInCopenhagen())
        throw unprocessable('Afgørelsen kan ikke være truffet i fremtiden.');
      await requireNamedRecords(h, caseId, c.child_id, r);
      const rules = await decisionTypeRules(h, r.type);
      const inserted = await q.insertDecision(tx, {
        id,
        municipality_id: actor.municipalityId,
        case_id: caseId,
        child_id: c.child_id,
        decision_type: r.type,
        decided: r.decided,
        legal_basis: r.legalBasis,
        reasons: r.reasons,
        decided_on: r.decidedOn,
        decided_by: actor.userId,
        measure_id: r.measureId ?? null,
        forum_decision_id: r.forumDecisionId ?? null,
        consultation_id: r.consultationId ?? null,
        appeal_guidance: JSON.stringify(rules.guidance),
        status: rules.secondSignature ? 'awaiting_signature' : 'final',
        idempotency_key: idempotencyKey,
        request_hash: hash,
      });
      return inserted ? q.decisionById(tx, id) : undefined;
    },
  );
}

/** GET /api/cases/:id/decisions */
export async function listDecisions(h: ActorHandle, caseId: string): Promise<DecisionView[]> {
  await openCase(h, caseId, 'read', { action: 'read', entityType: 'case_decision', entityId: null });
  return (await q.decisionsOfCase(h.tx, caseId)).map(view);
}

/** POST /api/decisions/:id/sign: a leader of the case's district co-signs; once. */
export async function signCaseDecision(h: ActorHandle, id: string): Promise<DecisionView> {
  const row = await q.decisionById(h.tx, id);
  if (!row) throw new AppError('not_found', 'Afgørelsen findes ikke.');
  const { row: c } = await openCase(h, row.case_id, 'read', {
    action: 'sign',
    entityType: 'case_decision',
    entityId: id,
  });
  if (!maySignDecision(h.actor.role, { inOwnDistricts: h.actor.districtIds.includes(c.district_id) })) {
    throw new DeniedError({
      action: 'sign',
      entityType: 'case_decision',
      entityId: id,
      caseId: c.id,
      childId: c.child_id,
    });
  }
  if (row.status !== 'awaiting_signature')
    throw new AppError('conflict', 'Afgørelsen venter ikke på underskrift.');
  if (row.decided_by === h.actor.userId) {
    throw unprocessable('Den anden underskrift skal være en anden end den, der traf afgørelsen.');
  }
  const signed = await q.signDecision(h.tx, id, h.actor.userId);
  if (!signed) throw new AppError('conflict', 'Afgørelsen er allerede underskrevet.');
  const after = await q.decisionById(h.tx, id);
  if (!after) throw new AppError('not_found', 'Afgørelsen findes ikke.');
  return view(after);
}
