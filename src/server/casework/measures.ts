import { randomUUID } from 'node:crypto';
import type { MeasureApprovalView } from '../../core/api/casework-gate.ts';
import type {
  MeasureCreateRequest,
  MeasurePatchRequest,
  MeasureView,
} from '../../core/api/casework-measures.ts';
import { AppError } from '../../core/errors.ts';
import type { MeasureEndReason } from '../../store/schema.ts';
import type { ActorHandle } from '../actor-db.ts';
import { forumRules } from '../forums/rules.ts';
import { type Created, type CreateOnce, earlierResult, raceWinner } from '../idempotency.ts';
import { openCase, requireOpen } from './case-access.ts';
import { childLadderMeasures, lockChildLadder } from './ladder.queries.ts';
import { recordLadderChange } from './ladder.ts';
import { approvalIfNeeded, earlierApproval } from './measure-approvals.ts';
import * as q from './measures.queries.ts';
import { insertPlanned, planMeasure } from './measures-start.ts';
import { measureView, measureViews } from './measures-view.ts';

export { trackOf } from './measures-start.ts';
export { measureView, toMeasureView } from './measures-view.ts';

/**
 * Measures on the ladder (issue #6, docs/casework.md "Measures and the ladder"): start one from the
 * catalog — through the escalation gate and, above the cost threshold, the leader's approval —,
 * change or end it, list a case's. Each start and end recomputes the child's position and records
 * the move in the same transaction (ladder.ts).
 */

const unprocessable = (message: string) => new AppError('unprocessable', message);

/** A measure is the same request when its case, offer and creator are. */
function once(
  h: ActorHandle,
  caseId: string,
  r: MeasureCreateRequest,
): CreateOnce<q.MeasureRow, MeasureView> {
  return {
    key: r.idempotencyKey,
    byKey: (key) => q.measureByKey(h.tx, key),
    sameRequest: (existing) =>
      existing.case_id === caseId &&
      existing.offer_id === r.offerId &&
      existing.created_by === h.actor.userId,
    what: 'en anden indsats',
    view: (existing) => measureView(h, existing.id),
  };
}

/** A start, or a measure waiting for a leader's approval (202). */
export type MeasureStart = Created<MeasureView> | { pending: MeasureApprovalView };

/** POST /api/cases/:id/measures */
export async function createMeasure(
  h: ActorHandle,
  caseId: string,
  r: MeasureCreateRequest,
): Promise<MeasureStart> {
  // The id is chosen here so the one audit row of the create names it (a replay names the id it
  // would have had; the idempotency key in the details ties it to the measure returned).
  const id = randomUUID();
  const { row: c } = await openCase(h, caseId, 'write', {
    action: 'create',
    entityType: 'measure',
    entityId: id,
    details: { offerId: r.offerId, idempotencyKey: r.idempotencyKey ?? null },
  });
  const idempotent = once(h, caseId, r);
  const earlier = await earlierResult(idempotent);
  if (earlier) return earlier;
  const waiting = await earlierApproval(h, caseId, r);
  if (waiting) return { pending: waiting };
  requireOpen(c);

  const plan = await planMeasure(h, c, r);
  const { thresholds } = await forumRules(h);
  const pending = await approvalIfNeeded(h, caseId, c.child_id, id, r, plan, thresholds);
  if (pending) return { pending };
  const inserted = await insertPlanned(h, c, id, r, plan, h.actor.userId);
  if (!inserted) return raceWinner(idempotent);
  return { created: true, body: await measureView(h, inserted.id) };
}

export interface MeasureEnd {
  on: string;
  reason: MeasureEndReason;
  note: string;
}

/**
 * Ends a measure (PATCH with `end`, or a follow-up's decision to stop) at the version read, with
 * the other changes of the same save, and records the move it causes on the ladder. false: the
 * version moved on and nothing was stored.
 */
export async function changeMeasure(
  h: ActorHandle,
  row: q.MeasureRow,
  version: number,
  changes: Parameters<typeof q.updateMeasure>[3],
  end: MeasureEnd | undefined,
): Promise<boolean> {
  if (end) {
    if (row.ended_on !== null) throw new AppError('conflict', 'Indsatsen er allerede afsluttet.');
    if (end.on < row.start_on) throw unprocessable('Slutdatoen ligger før indsatsens start.');
  }
  await lockChildLadder(h.tx, row.child_id);
  const before = await childLadderMeasures(h.tx, row.child_id);
  const updated = await q.updateMeasure(h.tx, row.id, version, {
    ...changes,
    ...(end ? { ended_on: end.on, end_reason: end.reason } : {}),
  });
  if (!updated) return false;
  if (!end) return true;
  await recordLadderChange(h, {
    childId: row.child_id,
    caseId: row.case_id,
    on: end.on,
    before,
    after: before.map((m) => (m.id === row.id ? { ...m, endedOn: end.on } : m)),
    reason: end.note,
    forumDecisionRef: null,
    measureId: row.id,
  });
  return true;
}

/**
 * PATCH /api/measures/:id. A stale version stores nothing and returns the current measure as
 * `conflict`: the route answers 409 after the commit, so the audit of the read is kept.
 */
export async function patchMeasure(
  h: ActorHandle,
  id: string,
  r: MeasurePatchRequest,
): Promise<{ measure: MeasureView } | { conflict: MeasureView }> {
  const row = await q.measureById(h.tx, id);
  if (!row) throw new AppError('not_found', 'Indsatsen findes ikke.');
  const { row: c } = await openCase(h, row.case_id, 'write', {
    action: 'update',
    entityType: 'measure',
    entityId: id,
    details: { fields: Object.keys(r).filter((k) => k !== 'version') },
  });
  requireOpen(c);
  // A stale version is a conflict whatever else the save asks (the UPDATE below checks it again).
  if (r.version !== row.version) return { conflict: await measureView(h, id) };
  const plannedEnd = r.plannedEndDate === undefined ? row.planned_end_on : r.plannedEndDate;
  if (plannedEnd !== null && plannedEnd < row.start_on) {
    throw unprocessable('Den planlagte slutdato ligger før startdatoen.');
  }
  const changes: Parameters<typeof q.updateMeasure>[3] = {};
  if (r.plannedEndDate !== undefined) changes.planned_end_on = r.plannedEndDate;
  if (r.monthlyCost !== undefined) changes.monthly_cost = r.monthlyCost;
  if (r.provider !== undefined) changes.provider = r.provider;
  const stored = await changeMeasure(h, row, r.version, changes, r.end);
  return stored ? { measure: await measureView(h, id) } : { conflict: await measureView(h, id) };
}

/** GET /api/cases/:id/measures */
export async function listMeasures(h: ActorHandle, caseId: string): Promise<MeasureView[]> {
  await openCase(h, caseId, 'read', { action: 'read', entityType: 'measure', entityId: null });
  return measureViews(h, await q.measuresOfCase(h.tx, caseId));
}
