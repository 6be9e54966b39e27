import { policyOf } from '../../core/access/detection-policy.ts';
import type {
  ConcernCorrectionRequest,
  ConcernCreateRequest,
  ConcernEditRequest,
  ConcernReadResponse,
  ConcernView,
  ConcernWithGuideResponse,
  MyConcernsResponse,
} from '../../core/api/detection.ts';
import { CONCERN_STATUS_LABELS, mayCorrectConcern, mayEditConcern } from '../../core/detection/concern.ts';
import { inListOrder, PROTECTIVE_FACTORS, RISK_FACTORS } from '../../core/detection/factors.ts';
import { AppError } from '../../core/errors.ts';
import { type ActorHandle, DeniedError } from '../actor-db.ts';
import { type Created, type CreateOnce, earlierResult, raceWinner, requestHash } from '../idempotency.ts';
import { readAuditFields, requireChildRight } from './access.ts';
import { concernTexts, concernView } from './concern-view.ts';
import * as q from './concerns.queries.ts';
import { childBasics } from './guide.queries.ts';
import { guideForChild } from './guide.ts';
import { lockChildren } from './locks.ts';
import { type RaisedSignal, raiseSignals } from './raise.ts';
import { loadDetectionSettings } from './settings.queries.ts';

/** Use cases of a concern: register, edit (author, before anyone acts), correct, read, the author's own list. */

const NOT_FOUND = 'Bekymringen findes ikke.';
const LOCKED =
  'Bekymringen er taget op af en forebyggende socialrådgiver og kan ikke længere redigeres. Tilføj en rettelse i stedet.';

function hashOf(authorId: string, r: ConcernCreateRequest): string {
  const content = {
    authorId,
    childId: r.childId,
    level: r.level,
    areas: [...r.areas].sort((a, b) => (a.area < b.area ? -1 : 1)),
    riskFactors: inListOrder(RISK_FACTORS, r.riskFactors),
    protectiveFactors: inListOrder(PROTECTIVE_FACTORS, r.protectiveFactors),
    parentsInformed: r.parentsInformed,
  };
  return requestHash(content);
}

/** The concern as its reader sees it, with the guide its level, factors and texts give. */
async function withGuide(h: ActorHandle, id: string): Promise<ConcernWithGuideResponse> {
  const row = await q.findConcern(h.tx, id);
  if (!row) throw new AppError('not_found', NOT_FOUND);
  const corrections = await q.correctionsOf(h.tx, [id]);
  const child = await childBasics(h.tx, row.child_id);
  if (!child) throw new AppError('not_found', 'Barnet findes ikke.');
  const view = concernView(row, corrections, h.actor.userId);
  const guide = await guideForChild(h, child, {
    level: row.level,
    areas: view.areas.map((a) => a.area),
    riskFactors: inListOrder(RISK_FACTORS, row.risk_factors),
    parentsInformed: row.parents_informed,
    texts: concernTexts(row, corrections),
  });
  return { ...view, guide };
}

/** A concern is the same request when its author and the hash of its content are. */
function once(
  h: ActorHandle,
  key: string | undefined,
  hash: string | null,
): CreateOnce<q.ConcernByKey, ConcernWithGuideResponse> {
  return {
    key,
    byKey: (k) => q.findConcernByKey(h.tx, k),
    sameRequest: (found) => found.author_id === h.actor.userId && found.request_hash === hash,
    what: 'en anden bekymring',
    view: (found) => withGuide(h, found.id),
  };
}

export async function registerConcern(
  h: ActorHandle,
  r: ConcernCreateRequest,
): Promise<Created<ConcernWithGuideResponse>> {
  const { tx, actor } = h;
  await requireChildRight(h, r.childId, 'concern_create', {
    action: 'create',
    entityType: 'concern',
    entityId: null,
    details: { childId: r.childId },
  });
  const hash = r.idempotencyKey ? hashOf(actor.userId, r) : null;
  const idempotent = once(h, r.idempotencyKey, hash);
  const earlier = await earlierResult(idempotent);
  if (earlier) return earlier;
  await lockChildren(tx, actor.municipalityId, [r.childId]);
  const id = await q.insertConcern(tx, {
    municipalityId: actor.municipalityId,
    childId: r.childId,
    authorId: actor.userId,
    unitId: actor.role === 'professional' ? await q.unitThrough(tx, r.childId, actor.unitIds) : null,
    level: r.level,
    areas: r.areas,
    riskFactors: inListOrder(RISK_FACTORS, r.riskFactors),
    protectiveFactors: inListOrder(PROTECTIVE_FACTORS, r.protectiveFactors),
    parentsInformed: r.parentsInformed,
    idempotencyKey: r.idempotencyKey ?? null,
    requestHash: hash,
  });
  if (!id) return raceWinner(idempotent);
  const { settings } = await loadDetectionSettings(tx, actor.municipalityId);
  const signals = await raiseSignals(h, new Map([[r.childId, [{ kind: 'concern', id }]]]), settings);
  await h.audit({
    action: 'create',
    entityType: 'concern',
    entityId: id,
    details: { childId: r.childId, level: r.level, signals },
  });
  return { created: true, body: await withGuide(h, id) };
}

export async function editConcern(
  h: ActorHandle,
  id: string,
  r: ConcernEditRequest,
): Promise<ConcernWithGuideResponse> {
  const { tx, actor } = h;
  const row = await q.findConcern(tx, id);
  if (!row) throw new AppError('not_found', NOT_FOUND);
  const attempt = {
    action: 'update',
    entityType: 'concern',
    entityId: id,
    details: { childId: row.child_id },
  };
  if (row.author_id !== actor.userId) throw new DeniedError(attempt);
  if (!mayEditConcern({ authorId: row.author_id, lockedAt: row.locked_at }, actor.userId)) {
    throw new AppError('conflict', LOCKED);
  }
  await lockChildren(tx, actor.municipalityId, [row.child_id]);
  const changed = await q.updateUnlockedConcern(tx, id, actor.userId, {
    level: r.level,
    areas: r.areas,
    riskFactors: r.riskFactors && inListOrder(RISK_FACTORS, r.riskFactors),
    protectiveFactors: r.protectiveFactors && inListOrder(PROTECTIVE_FACTORS, r.protectiveFactors),
    parentsInformed: r.parentsInformed,
  });
  if (!changed) throw new AppError('conflict', LOCKED);
  const signals =
    r.level !== undefined && r.level !== row.level
      ? await raiseSignals(
          h,
          new Map([[row.child_id, [{ kind: 'concern', id }]]]),
          (await loadDetectionSettings(tx, actor.municipalityId)).settings,
        )
      : [];
  await h.audit({
    ...attempt,
    // Which fields changed, not their content: the audit log holds no free text of a concern.
    details: {
      ...attempt.details,
      fields: Object.keys(r).filter((k) => r[k as keyof typeof r] !== undefined),
      signals,
    },
  });
  return withGuide(h, id);
}

export async function correctConcern(
  h: ActorHandle,
  id: string,
  r: ConcernCorrectionRequest,
): Promise<ConcernView> {
  const { tx, actor } = h;
  const row = await q.findConcern(tx, id);
  if (!row) throw new AppError('not_found', NOT_FOUND);
  const attempt = {
    action: 'correct',
    entityType: 'concern',
    entityId: id,
    details: { childId: row.child_id },
  };
  if (!mayCorrectConcern({ authorId: row.author_id, lockedAt: row.locked_at }, actor.userId)) {
    throw new DeniedError(attempt);
  }
  await lockChildren(tx, actor.municipalityId, [row.child_id]);
  const levelChanged = r.level !== undefined && r.level !== row.level;
  const correction = await q.insertCorrection(tx, {
    municipalityId: actor.municipalityId,
    concernId: id,
    authorId: actor.userId,
    text: r.text,
    levelBefore: levelChanged ? row.level : null,
    level: levelChanged ? (r.level as number) : null,
  });
  let signals: RaisedSignal[] = [];
  if (levelChanged) {
    await q.setConcernLevel(tx, id, r.level as number);
    const { settings } = await loadDetectionSettings(tx, actor.municipalityId);
    signals = await raiseSignals(h, new Map([[row.child_id, [{ kind: 'concern', id }]]]), settings);
  }
  await h.audit({
    ...attempt,
    details: { ...attempt.details, correctionId: correction.id, levelChanged, signals },
  });
  const updated = await q.findConcern(tx, id);
  if (!updated) throw new AppError('not_found', NOT_FOUND);
  return concernView(updated, await q.correctionsOf(tx, [id]), actor.userId);
}

/**
 * Its author reads it always, with the guide (a duty to report found in the texts must not vanish
 * on a later visit); others as they may read the child's concerns, without the guide.
 */
export async function getConcern(h: ActorHandle, id: string): Promise<ConcernReadResponse> {
  const { tx, actor } = h;
  const row = await q.findConcern(tx, id);
  if (!row) throw new AppError('not_found', NOT_FOUND);
  const attempt = { action: 'read', entityType: 'concern', entityId: id, details: { childId: row.child_id } };
  let fields: { emergency: boolean; reason: string | null; details: Record<string, unknown> } = {
    emergency: false,
    reason: null,
    details: { via: 'author' },
  };
  if (row.author_id !== actor.userId) {
    const decision = await requireChildRight(h, row.child_id, 'concerns_read', attempt);
    fields = await readAuditFields(h, row.child_id, decision);
  }
  await h.audit({ ...attempt, ...fields, details: { ...attempt.details, ...fields.details } });
  if (row.author_id === actor.userId) return withGuide(h, id);
  return concernView(row, await q.correctionsOf(tx, [id]), actor.userId);
}

/** Feedback to the professional: their own submissions with status only. */
export async function myConcerns(h: ActorHandle): Promise<MyConcernsResponse> {
  const { tx, actor } = h;
  if ((policyOf(actor.role)?.child.concern_create ?? []).length === 0) {
    throw new DeniedError({ action: 'read', entityType: 'own_concerns', entityId: null });
  }
  const rows = await q.concernsByAuthor(tx, actor.userId);
  await h.audit({
    action: 'read',
    entityType: 'own_concerns',
    entityId: null,
    details: { count: rows.length },
  });
  return {
    concerns: rows.map((r) => ({
      id: r.id,
      child: { id: r.child_id, firstName: r.first_name, lastName: r.last_name },
      level: r.level,
      createdAt: r.created_at.toISOString(),
      status: r.status,
      statusLabel: CONCERN_STATUS_LABELS[r.status],
      editable: r.locked_at === null,
    })),
  };
}
