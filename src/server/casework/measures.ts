import { randomUUID } from 'node:crypto';
import type {
  MeasureCreateRequest,
  MeasurePatchRequest,
  MeasureView,
} from '../../core/api/casework-measures.ts';
import { offerAgeFit } from '../../core/casework/age-fit.ts';
import type { MeasureTrack } from '../../core/casework/deadlines.ts';
import { AppError } from '../../core/errors.ts';
import type { MeasureEndReason } from '../../store/schema.ts';
import type { ActorHandle } from '../actor-db.ts';
import { type Created, type CreateOnce, earlierResult, raceWinner } from '../idempotency.ts';
import { openCase, requireOpen } from './case-access.ts';
import { childBirthDate } from './follow-ups.queries.ts';
import { measuresProgress } from './follow-ups-progress.ts';
import { childLadderMeasures, lockChildLadder } from './ladder.queries.ts';
import { recordLadderChange } from './ladder.ts';
import * as q from './measures.queries.ts';

/**
 * Measures on the ladder (issue #6, docs/casework.md "Measures and the ladder"): start one from the
 * catalog, change or end it, list a case's. Each start and end recomputes the child's position and
 * records the move in the same transaction (ladder.ts).
 */

/**
 * The measure's track, from its step on the ladder in force: a step of category placement is a
 * placement; a step on the track "Tæt på familien" (`family`, position 3 on the default ladder) is
 * home-based; every other step (1–2, "Tidlig og tæt på", or a municipality's own preventive step
 * on the early track) is early. The follow-up cadence and plan rules run by it.
 */
export function trackOf(step: { category: string; track: string }): MeasureTrack {
  if (step.category === 'placement') return 'placement';
  if (step.track === 'family') return 'home';
  return 'early';
}

export function toMeasureView(row: q.MeasureRow, noProgressFlag: boolean): MeasureView {
  return {
    id: row.id,
    caseId: row.case_id,
    version: row.version,
    offer: { id: row.offer_id, name: row.offer_name },
    step: {
      id: row.step_id,
      position: row.step_position,
      name: row.step_name ?? `Trin ${row.step_position}`,
    },
    track: row.track,
    startOn: row.start_on,
    plannedEndOn: row.planned_end_on,
    endedOn: row.ended_on,
    endReason: row.end_reason,
    legalBasis: row.legal_basis,
    provider: row.provider,
    monthlyCost: row.monthly_cost === null ? null : Number(row.monthly_cost),
    forumDecisionRef: row.forum_decision_ref,
    followUpCadenceWeeks: row.follow_up_cadence_weeks,
    noProgressFlag,
  };
}

/** One measure as the API shows it (no access check: the caller went through openCase). */
export async function measureView(h: ActorHandle, id: string): Promise<MeasureView> {
  const row = await q.measureById(h.tx, id);
  if (!row) throw new AppError('not_found', 'Indsatsen findes ikke.');
  const progress = await measuresProgress(h.tx, [id]);
  return toMeasureView(row, progress.get(id)?.noProgressFlag ?? false);
}

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

/**
 * The offer's age range against the child's age on the start date (age-fit.ts): 422 naming both,
 * except a continuation of a running measure of the same offer up to the 23rd birthday.
 */
async function requireAgeFit(
  h: ActorHandle,
  caseId: string,
  childId: string,
  offer: { id: string; age_min: number; age_max: number },
  startOn: string,
): Promise<void> {
  const child = await childBirthDate(h.tx, childId);
  if (!child) throw unprocessable('Barnet findes ikke.');
  const range = { ageMin: offer.age_min, ageMax: offer.age_max };
  const plain = offerAgeFit(range, child.birth_date, startOn, false);
  if (plain.fits) return;
  // Over the limit (not under it), a running measure of the same offer may continue: the query
  // runs only then.
  const continuing = plain.age > offer.age_max && (await q.continuesOffer(h.tx, caseId, offer.id, startOn));
  const fit = continuing ? offerAgeFit(range, child.birth_date, startOn, true) : plain;
  if (!fit.fits) throw unprocessable(fit.message);
}

/** POST /api/cases/:id/measures */
export async function createMeasure(
  h: ActorHandle,
  caseId: string,
  r: MeasureCreateRequest,
): Promise<Created<MeasureView>> {
  const { tx, actor } = h;
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
  requireOpen(c);

  const offer = await q.offerInForce(tx, r.offerId);
  if (offer?.status !== 'active')
    throw unprocessable('Tilbuddet findes ikke i kommunens aktive tilbudsvifte.');
  if (offer.ladder_version_id === null || offer.step_position === null || offer.step_category === null) {
    throw unprocessable('Tilbuddets trin findes ikke på den gældende indsatstrappe.');
  }
  await requireAgeFit(h, caseId, c.child_id, offer, r.startDate);
  const track = trackOf({ category: offer.step_category, track: offer.step_track ?? '' });
  if (track === 'placement' && !r.forumDecisionRef) {
    throw unprocessable(
      'En anbringelse kræver en henvisning til beslutningen i mødeforummet (fx anbringelsesudvalget).',
    );
  }
  if (offer.time_limited && !r.plannedEndDate) {
    throw unprocessable('Tilbuddet er tidsbegrænset: angiv den planlagte slutdato.');
  }
  if (r.plannedEndDate && r.plannedEndDate < r.startDate) {
    throw unprocessable('Den planlagte slutdato ligger før startdatoen.');
  }
  const legalBasis = r.legalBasis ?? offer.legal_basis;
  if (!legalBasis) throw unprocessable('Angiv lovgrundlaget: tilbuddet har intet i tilbudsviften.');
  const goalIds = [...new Set(r.goalIds ?? [])];
  const goals = await q.goalsOfCase(tx, caseId, goalIds);
  if (goals.size !== goalIds.length) throw unprocessable('Et af målene hører ikke til en plan i denne sag.');

  await lockChildLadder(tx, c.child_id);
  const before = await childLadderMeasures(tx, c.child_id);
  const inserted = await q.insertMeasure(tx, {
    id,
    municipality_id: actor.municipalityId,
    case_id: caseId,
    child_id: c.child_id,
    offer_id: offer.id,
    step_id: offer.step_id,
    step_position: offer.step_position,
    ladder_version_id: offer.ladder_version_id,
    track,
    start_on: r.startDate,
    planned_end_on: r.plannedEndDate ?? null,
    legal_basis: legalBasis,
    provider: r.provider ?? offer.provider_name,
    monthly_cost: r.monthlyCost ?? (offer.cost_unit === 'month' ? offer.unit_cost : null),
    forum_decision_ref: r.forumDecisionRef ?? null,
    created_by: actor.userId,
    idempotency_key: r.idempotencyKey ?? null,
  });
  if (!inserted) return raceWinner(idempotent);
  await q.linkGoals(tx, actor.municipalityId, inserted.id, goalIds);
  await recordLadderChange(h, {
    childId: c.child_id,
    caseId,
    on: r.startDate,
    before,
    after: [...before, { stepPosition: offer.step_position, startOn: r.startDate, endedOn: null }],
    reason: r.reason,
    forumDecisionRef: r.forumDecisionRef ?? null,
    measureId: inserted.id,
  });
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
  const rows = await q.measuresOfCase(h.tx, caseId);
  const progress = await measuresProgress(
    h.tx,
    rows.map((r) => r.id),
  );
  return rows.map((r) => toMeasureView(r, progress.get(r.id)?.noProgressFlag ?? false));
}
