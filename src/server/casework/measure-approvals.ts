import { mayApproveMeasure } from '../../core/access/forums-policy.ts';
import type {
  MeasureApprovalAnswer,
  MeasureApprovalResult,
  MeasureApprovalView,
} from '../../core/api/casework-gate.ts';
import { MeasureCreateRequest } from '../../core/api/casework-measures.ts';
import { copenhagenIso } from '../../core/calendar/zone.ts';
import { AppError } from '../../core/errors.ts';
import { decideApproval, leaderApproval } from '../../core/forums/approval.ts';
import { type ActorHandle, DeniedError } from '../actor-db.ts';
import { openCase, requireOpen, requirePolicy } from './case-access.ts';
import * as q from './measure-approvals.queries.ts';
import { insertPlanned, type PlannedMeasure, planMeasure } from './measures-start.ts';
import { measureView } from './measures-view.ts';

/**
 * The leader's approval (bevilling) of a costly measure (issue #12 item 7, docs/casework.md "The
 * gate and the leader's approval"). A measure above its step's threshold (src/core/forums/approval.ts)
 * is not started: its request waits in measure_approval under the id the measure will get, until a
 * leader of the case's district approves it — the measure then starts from the stored request, the
 * gate checked again, in the same transaction — or rejects it with a reason, which is kept.
 */

export function approvalView(row: q.ApprovalRow): MeasureApprovalView {
  const monthlyCost = Number(row.monthly_cost);
  const threshold = Number(row.threshold);
  const need = leaderApproval(
    { stepPosition: row.step_position, monthlyCost },
    { byStep: { [row.step_position]: threshold }, otherwise: null },
  );
  const request = row.request as { startDate?: string };
  return {
    measureId: row.measure_id,
    caseId: row.case_id,
    child: { id: row.child_id, name: `${row.first_name} ${row.last_name}` },
    state: row.state,
    reason: need.reason ?? '',
    threshold,
    monthlyCost,
    offer: { id: row.offer_id, name: row.offer_name },
    stepPosition: row.step_position,
    startDate: request.startDate ?? '',
    requestedBy: { id: row.requested_by, name: row.requested_by_name },
    requestedAt: copenhagenIso(row.requested_at),
    decidedBy: row.decided_by ? { id: row.decided_by, name: row.decided_by_name ?? '' } : null,
    decidedAt: row.decided_at ? copenhagenIso(row.decided_at) : null,
    decisionReason: row.reason,
  };
}

async function viewOf(h: ActorHandle, measureId: string): Promise<MeasureApprovalView> {
  const row = await q.approvalById(h.tx, measureId);
  if (!row) throw new AppError('not_found', 'Bevillingen findes ikke.');
  return approvalView(row);
}

/**
 * A retry of a create that went to approval: the approval made with the key, when it answers this
 * request (the same case, offer and caseworker); the same key for another request is 409.
 */
export async function earlierApproval(
  h: ActorHandle,
  caseId: string,
  r: MeasureCreateRequest,
): Promise<MeasureApprovalView | undefined> {
  if (!r.idempotencyKey) return undefined;
  const row = await q.approvalByKey(h.tx, r.idempotencyKey);
  if (!row) return undefined;
  if (row.case_id !== caseId || row.offer_id !== r.offerId || row.requested_by !== h.actor.userId) {
    throw new AppError('conflict', 'Idempotensnøglen er allerede brugt til en anden indsats.');
  }
  return approvalView(row);
}

/**
 * After the gate: the measure waits for a leader when its monthly cost is above its step's
 * threshold. Returns the pending approval, or null when it may start now.
 */
export async function approvalIfNeeded(
  h: ActorHandle,
  caseId: string,
  childId: string,
  measureId: string,
  r: MeasureCreateRequest,
  p: PlannedMeasure,
  thresholds: Parameters<typeof leaderApproval>[1],
): Promise<MeasureApprovalView | null> {
  if (p.monthlyCost === null) return null;
  const need = leaderApproval(
    { stepPosition: p.offer.step_position, monthlyCost: p.monthlyCost },
    thresholds,
  );
  if (!need.required || need.threshold === null) return null;
  const inserted = await q.insertApproval(h.tx, {
    municipality_id: h.actor.municipalityId,
    measure_id: measureId,
    case_id: caseId,
    child_id: childId,
    offer_id: p.offer.id,
    step_position: p.offer.step_position,
    monthly_cost: p.monthlyCost,
    threshold: need.threshold,
    request: JSON.stringify({ ...r, monthlyCost: p.monthlyCost }),
    requested_by: h.actor.userId,
    idempotency_key: r.idempotencyKey ?? null,
  });
  if (inserted) return viewOf(h, measureId);
  const winner = await earlierApproval(h, caseId, r);
  if (!winner) throw new AppError('conflict');
  return winner;
}

/** POST /api/measures/:id/approval: a leader of the case's district approves or rejects. */
export async function answerApproval(
  h: ActorHandle,
  measureId: string,
  answer: MeasureApprovalAnswer,
): Promise<MeasureApprovalResult> {
  const { tx, actor } = h;
  const row = await q.approvalById(tx, measureId);
  if (!row) throw new AppError('not_found', 'Bevillingen findes ikke.');
  const event = {
    action: 'update',
    entityType: 'measure_approval',
    entityId: measureId,
    details: { approved: answer.approved },
  };
  const { row: c } = await openCase(h, row.case_id, 'read', event);
  if (!mayApproveMeasure(actor.role, actor.districtIds.includes(c.district_id))) {
    throw new DeniedError({ ...event, caseId: c.id, childId: c.child_id });
  }
  // Two answers at once: the second waits here and then reads the first one's state.
  const locked = await q.lockApproval(tx, measureId);
  const outcome = decideApproval(locked?.state ?? row.state, answer);
  if (!outcome.ok) {
    const pending = (locked?.state ?? row.state) === 'pending';
    throw new AppError(pending ? 'unprocessable' : 'conflict', outcome.message);
  }
  let measure = null;
  if (outcome.state === 'approved') {
    requireOpen(c);
    // Stored as validated; a request the schema no longer takes (an older format) cannot start.
    const parsed = MeasureCreateRequest.safeParse(row.request);
    if (!parsed.success) {
      throw new AppError('conflict', 'Anmodningen kan ikke længere startes: opret indsatsen igen.');
    }
    const request = parsed.data;
    const plan = await planMeasure(h, c, request);
    const inserted = await insertPlanned(h, c, measureId, request, plan, row.requested_by);
    if (!inserted) throw new AppError('conflict', 'Idempotensnøglen er allerede brugt til en anden indsats.');
    measure = await measureView(h, measureId);
  }
  await q.decideApprovalRow(tx, measureId, {
    state: outcome.state,
    decided_by: actor.userId,
    reason: outcome.reason,
  });
  return { approval: await viewOf(h, measureId), measure };
}

/** GET /api/cases/:id/measure-approvals: the case's measures waiting for, or refused, approval. */
export async function caseApprovals(h: ActorHandle, caseId: string): Promise<MeasureApprovalView[]> {
  await openCase(h, caseId, 'read', { action: 'read', entityType: 'measure_approval', entityId: null });
  return (await q.approvalsOfCase(h.tx, caseId)).map(approvalView);
}

/** GET /api/cases/mine/approvals: "Mit overblik"'s measures the caller asked for, waiting for a leader. */
export async function myPendingApprovals(h: ActorHandle): Promise<MeasureApprovalView[]> {
  requirePolicy(h, (p) => p.ownOverview, { action: 'read', entityType: 'case_overview' });
  const views = (await q.pendingRequestedBy(h.tx, h.actor.userId)).map(approvalView);
  await h.audit({
    action: 'read',
    entityType: 'case_overview',
    entityId: null,
    details: {
      view: 'approvals',
      caseIds: [...new Set(views.map((v) => v.caseId))],
      childIds: [...new Set(views.map((v) => v.child.id))],
    },
  });
  return views;
}
