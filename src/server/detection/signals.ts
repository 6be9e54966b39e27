import { decideDetection, mayReadQueue, policyOf } from '../../core/access/detection-policy.ts';
import type { SignalActionRequest, SignalDetail, SignalsQuery } from '../../core/api/detection-queue.ts';
import { todayInCopenhagen } from '../../core/calendar/zone.ts';
import { copenhagenDate } from '../../core/detection/dates.ts';
import {
  actionDateProblem,
  decideAction,
  EARLY_OFFER_MAX_STEP,
  OUTCOME_LABELS,
  SIGNAL_ACTION_LABELS,
  type SignalAction,
} from '../../core/detection/queue.ts';
import { bandOf } from '../../core/detection/scale.ts';
import { AppError } from '../../core/errors.ts';
import { type ActorHandle, DeniedError } from '../actor-db.ts';
import { loadCurrentLadder } from '../catalog/ladder.queries.ts';
import { findOffer } from '../catalog/offers.queries.ts';
import type { Created } from '../idempotency.ts';
import { childFacts } from '../people/children.queries.ts';
import { requireChildRight } from './access.ts';
import { lockChildren } from './locks.ts';
import { ratingView, signalSummary } from './signal-view.ts';
import * as q from './signals.queries.ts';

/**
 * The preventive worker's queue: the signals of the children in one's own districts, one
 * signal with what lies behind it, and the dated steps taken on it. Leaders read the queue of
 * their districts; only preventive workers act (detection-policy.ts).
 */

const NOT_FOUND = 'Signalet findes ikke.';

/** May act = the policy's signal right holds for the signal's child (own districts). */
async function mayActOn(h: ActorHandle, childId: string): Promise<boolean> {
  const facts = await childFacts(h.tx, h.actor, childId);
  return facts !== undefined && decideDetection(h.actor.role, 'signal_act', facts).allowed;
}

export async function listQueue(h: ActorHandle, query: SignalsQuery) {
  const { tx, actor } = h;
  const attempt = { action: 'read', entityType: 'signal_queue', entityId: query.district ?? null };
  if (!mayReadQueue(actor.role)) throw new DeniedError(attempt);
  if (query.district && !actor.districtIds.includes(query.district)) throw new DeniedError(attempt);
  const districts = query.district ? [query.district] : actor.districtIds;
  const rows = districts.length > 0 ? await q.signalsInDistricts(tx, districts, query.status ?? 'open') : [];
  // Everything listed lies in the reader's own districts: the right holds if own districts grant it.
  const canAct = (policyOf(actor.role)?.child.signal_act ?? []).includes('own_districts');
  await h.audit({
    ...attempt,
    details: {
      districts,
      signalIds: rows.map((r) => r.id),
      childIds: [...new Set(rows.map((r) => r.child_id))],
    },
  });
  return { signals: rows.map((r) => signalSummary(r, canAct)) };
}

async function detail(h: ActorHandle, row: q.SignalRow, mayAct: boolean): Promise<SignalDetail> {
  const [triggers, concerns, ratings, actions] = await Promise.all([
    q.triggersOf(h.tx, row.id),
    q.concernsOfSignal(h.tx, row.id),
    q.ratingsWhere(h.tx, { signalId: row.id }),
    q.actionsOf(h.tx, row.id),
  ]);
  return {
    ...signalSummary(row, mayAct),
    triggers: triggers.map((t) => ({ explanation: t.explanation, at: t.created_at.toISOString() })),
    concerns: concerns.map((c) => ({
      id: c.id,
      level: c.level,
      band: bandOf(c.level),
      createdAt: c.created_at.toISOString(),
      author: { id: c.author_id, name: c.author_name, title: c.author_title, phone: c.author_phone },
      unit: c.unit_id ? { id: c.unit_id, name: c.unit_name ?? '', kind: c.unit_kind ?? '' } : null,
    })),
    ratings: ratings.map((r) => ratingView(r, h.actor.userId, true)),
    actions: actions.map((a) => ({
      id: a.id,
      kind: a.kind,
      kindLabel: SIGNAL_ACTION_LABELS[a.kind],
      at: a.at.toISOString(),
      date: a.on_date,
      note: a.note,
      outcome: a.outcome,
      outcomeLabel: a.outcome ? OUTCOME_LABELS[a.outcome] : null,
      offer: a.offer_id ? { id: a.offer_id, name: a.offer_name ?? '' } : null,
      by: { id: a.user_id, name: a.display_name, title: a.title },
    })),
  };
}

/** A signal is read by those who read the queue of the child's district. */
export async function getSignal(h: ActorHandle, id: string): Promise<SignalDetail> {
  const row = await q.findSignal(h.tx, id);
  if (!row) throw new AppError('not_found', NOT_FOUND);
  const attempt = { action: 'read', entityType: 'signal', entityId: id, details: { childId: row.child_id } };
  if (!mayReadQueue(h.actor.role) || !h.actor.districtIds.includes(row.district_id))
    throw new DeniedError(attempt);
  const view = await detail(h, row, await mayActOn(h, row.child_id));
  await h.audit(attempt);
  return view;
}

async function checkEarlyOffer(h: ActorHandle, offerId: string): Promise<void> {
  const [offer, ladder] = await Promise.all([
    findOffer(h.tx, h.actor.municipalityId, offerId),
    loadCurrentLadder(h.tx, h.actor.municipalityId),
  ]);
  if (!offer) throw new AppError('not_found', 'Tilbuddet findes ikke.');
  const position = ladder.steps.find((s) => s.id === offer.stepId)?.position;
  if (offer.status !== 'active' || position === undefined || position > EARLY_OFFER_MAX_STEP) {
    throw new AppError(
      'unprocessable',
      `En tidlig indsats skal være et aktivt tilbud på trin 1–${EARLY_OFFER_MAX_STEP} af indsatstrappen.`,
    );
  }
}

function actionOf(request: SignalActionRequest, today: string): SignalAction {
  switch (request.kind) {
    case 'acknowledge':
      return { kind: 'acknowledge' };
    case 'contact':
      return { kind: 'contact', date: request.date ?? today };
    case 'outcome':
      return {
        kind: 'outcome',
        outcome: request.outcome,
        offerId: request.offerId ?? null,
        date: request.date ?? today,
      };
  }
}

/** One dated step on a signal. Re-doing what is done changes nothing (created: false); a contradiction is a 409. */
export async function actOnSignal(
  h: ActorHandle,
  id: string,
  request: SignalActionRequest,
): Promise<Created<{ signal: SignalDetail }>> {
  const { tx, actor } = h;
  const found = await q.findSignal(tx, id);
  if (!found) throw new AppError('not_found', NOT_FOUND);
  const attempt = {
    action: request.kind,
    entityType: 'signal',
    entityId: id,
    details: { childId: found.child_id },
  };
  await requireChildRight(h, found.child_id, 'signal_act', attempt);
  await lockChildren(tx, actor.municipalityId, [found.child_id]);
  const row = (await q.findSignal(tx, id)) as q.SignalRow;

  const today = todayInCopenhagen();
  const action = actionOf(request, today);
  if (action.kind === 'outcome') {
    if (action.outcome === 'early_offer' && !action.offerId) {
      throw new AppError('invalid_input', 'Vælg tilbuddet fra tilbudsviften for en tidlig indsats.');
    }
    if (action.outcome !== 'early_offer' && action.offerId) {
      throw new AppError('invalid_input', 'Et tilbud hører kun til udfaldet «tidlig indsats».');
    }
  }
  if (action.kind !== 'acknowledge') {
    const problem = actionDateProblem(action.date, copenhagenDate(row.raised_at), today);
    if (problem) throw new AppError('invalid_input', problem);
  }
  const decision = decideAction({ status: row.status, outcome: row.outcome, offerId: row.offer_id }, action);
  if (decision.kind === 'conflict') throw new AppError('conflict', decision.message);
  if (decision.kind === 'no_op') {
    await h.audit({ ...attempt, details: { ...attempt.details, noOp: true } });
    return { created: false, body: { signal: await detail(h, row, true) } };
  }
  if (action.kind === 'outcome' && action.offerId) await checkEarlyOffer(h, action.offerId);

  const step: q.NewAction = {
    municipalityId: actor.municipalityId,
    signalId: id,
    kind: action.kind,
    actorId: actor.userId,
    date: action.kind === 'acknowledge' ? today : action.date,
    note: request.note ?? null,
    outcome: action.kind === 'outcome' ? action.outcome : null,
    offerId: action.kind === 'outcome' ? action.offerId : null,
  };
  await q.insertAction(tx, step);
  await q.advanceSignal(tx, id, decision.status, step);
  await q.updateConcernsOfSignal(tx, id, decision.status === 'closed');
  await h.audit({
    ...attempt,
    details: {
      ...attempt.details,
      status: decision.status,
      date: step.date,
      outcome: step.outcome,
      offerId: step.offerId,
    },
  });
  const after = (await q.findSignal(tx, id)) as q.SignalRow;
  return { created: true, body: { signal: await detail(h, after, true) } };
}
