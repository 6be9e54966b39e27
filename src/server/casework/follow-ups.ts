import { randomUUID } from 'node:crypto';
import type { FollowUpCreateRequest, FollowUpView } from '../../core/api/casework-measures.ts';
import { todayInCopenhagen } from '../../core/calendar/zone.ts';
import { isMeasureActive } from '../../core/casework/deadlines.ts';
import { AppError, VersionConflictError } from '../../core/errors.ts';
import { ageOn } from '../../core/people.ts';
import type { Rater } from '../../store/schema.ts';
import type { ActorHandle } from '../actor-db.ts';
import { type Created, type CreateOnce, earlierResult, raceWinner } from '../idempotency.ts';
import { type CaseRow, openCase, requireOpen } from './case-access.ts';
import * as fq from './follow-ups.queries.ts';
import { measuresProgress } from './follow-ups-progress.ts';
import { lockChildLadder } from './ladder.queries.ts';
import * as mq from './measures.queries.ts';
import { changeMeasure, measureView } from './measures.ts';

/**
 * Follow-ups (issue #6, docs/casework.md "Follow-ups"): the review of a measure and the plan (first,
 * then regular) with progress ratings per goal and a decision, the supervision visit to a placed
 * child (BL § 156) and the aftercare decision before 18 (BL § 111).
 */

const unprocessable = (message: string) => new AppError('unprocessable', message);

function toView(
  row: fq.FollowUpRow,
  ratings: { goalId: string; rater: Rater; score: number }[],
  progress: boolean | null,
): FollowUpView {
  return {
    id: row.id,
    caseId: row.case_id,
    measureId: row.measure_id,
    kind: row.kind,
    heldOn: row.held_on,
    decision: row.decision,
    nextCadenceWeeks: row.next_cadence_weeks,
    notes: row.notes,
    heldBy: { id: row.held_by, name: row.held_by_name },
    ratings,
    progress,
  };
}

/** The follow-ups as the API shows them, with ratings and progress, in three more queries. */
async function views(h: ActorHandle, rows: fq.FollowUpRow[]): Promise<FollowUpView[]> {
  const ratings = await fq.ratingsOf(
    h.tx,
    rows.map((r) => r.id),
  );
  const measureIds = [...new Set(rows.flatMap((r) => (r.measure_id ? [r.measure_id] : [])))];
  const progress = await measuresProgress(h.tx, measureIds);
  return rows.map((r) =>
    toView(
      r,
      ratings
        .filter((x) => x.follow_up_id === r.id)
        .map((x) => ({ goalId: x.goal_id, rater: x.rater, score: x.score })),
      r.measure_id ? (progress.get(r.measure_id)?.progressByFollowUp.get(r.id) ?? null) : null,
    ),
  );
}

async function viewOf(h: ActorHandle, id: string): Promise<FollowUpView> {
  const row = await fq.followUpById(h.tx, id);
  if (!row) throw new AppError('not_found', 'Opfølgningen findes ikke.');
  return (await views(h, [row]))[0] as FollowUpView;
}

/** A follow-up is the same request when its case, kind and the one who held it are. */
function once(
  h: ActorHandle,
  caseId: string,
  r: FollowUpCreateRequest,
): CreateOnce<fq.FollowUpRow, FollowUpView> {
  return {
    key: r.idempotencyKey,
    byKey: (key) => fq.followUpByKey(h.tx, key),
    sameRequest: (existing) =>
      existing.case_id === caseId && existing.kind === r.kind && existing.held_by === h.actor.userId,
    what: 'en anden opfølgning',
    view: (existing) => viewOf(h, existing.id),
  };
}

/** Checks what the kind needs; returns the measure followed up (if any). */
async function checkKind(h: ActorHandle, c: CaseRow, r: FollowUpCreateRequest) {
  const reviews = r.kind === 'first' || r.kind === 'regular';
  if (reviews && (!r.measureId || !r.decision)) {
    throw unprocessable('En opfølgning på en indsats skal angive indsatsen og beslutningen.');
  }
  if (!reviews && (r.decision || r.nextCadenceWeeks || r.endReason)) {
    throw unprocessable('Beslutning og opfølgningsplan hører til en opfølgning på en indsats.');
  }
  if (r.endReason && r.decision !== 'stop')
    throw unprocessable('En slutårsag hører til beslutningen at stoppe.');
  const measure = r.measureId ? await mq.measureById(h.tx, r.measureId) : undefined;
  if (r.measureId && (!measure || measure.case_id !== c.id)) {
    throw unprocessable('Indsatsen hører ikke til denne sag.');
  }
  if (measure && r.heldOn < measure.start_on)
    throw unprocessable('Opfølgningen ligger før indsatsens start.');
  if (measure && reviews) {
    // One first follow-up per measure, and the regular ones after it: the schedule starts there.
    const hadFirst = (await fq.reviewsOfMeasures(h.tx, [measure.id])).some((f) => f.kind === 'first');
    if (r.kind === 'first' && hadFirst) {
      throw new AppError('conflict', 'Indsatsen har allerede haft sin første opfølgning.');
    }
    if (r.kind === 'regular' && !hadFirst) {
      throw unprocessable('Registrér først den første opfølgning på indsatsen.');
    }
  }
  if (r.kind === 'supervision_visit' || r.kind === 'aftercare') {
    const placements = await fq.placementsOfChild(h.tx, c.child_id);
    const placed = placements.some((m) =>
      isMeasureActive({ startOn: m.start_on, endedOn: m.ended_on }, r.heldOn),
    );
    if (!placed)
      throw unprocessable('Barnet er ikke anbragt på den dato: tilsyn og efterværn gælder anbragte børn.');
  }
  if (r.kind === 'aftercare') {
    const child = await fq.childBirthDate(h.tx, c.child_id);
    if (!child || ageOn(child.birth_date, r.heldOn) < 17) {
      throw unprocessable('Afgørelsen om efterværn træffes for anbragte unge fra 17 år.');
    }
  }
  return measure;
}

async function checkRatings(h: ActorHandle, caseId: string, ratings: FollowUpCreateRequest['ratings']) {
  if (!ratings || ratings.length === 0) return;
  const goals = await mq.goalsOfCase(h.tx, caseId, [...new Set(ratings.map((x) => x.goalId))]);
  if (ratings.some((x) => !goals.has(x.goalId)))
    throw unprocessable('Et af målene hører ikke til en plan i denne sag.');
  const pairs = new Set(ratings.map((x) => `${x.goalId}/${x.rater}`));
  if (pairs.size !== ratings.length)
    throw unprocessable('Hver bedømmer vurderer hvert mål én gang pr. opfølgning.');
}

/** POST /api/cases/:id/follow-ups */
export async function createFollowUp(
  h: ActorHandle,
  caseId: string,
  r: FollowUpCreateRequest,
): Promise<Created<FollowUpView>> {
  const { tx, actor } = h;
  // A supervision visit is network work (the foster-care consultant records it too); every role
  // with 'write' on a case has 'networkWrite' on it (src/core/access/case-policy.ts).
  const right = r.kind === 'supervision_visit' ? 'networkWrite' : 'write';
  const id = randomUUID();
  const { row: c } = await openCase(h, caseId, right, {
    action: 'create',
    entityType: 'follow_up',
    entityId: id,
    details: {
      kind: r.kind,
      measureId: r.measureId ?? null,
      decision: r.decision ?? null,
      idempotencyKey: r.idempotencyKey ?? null,
    },
  });
  const idempotent = once(h, caseId, r);
  const earlier = await earlierResult(idempotent);
  if (earlier) return earlier;
  requireOpen(c);
  // Serialises the child's follow-ups and measure changes, so two "first" follow-ups at once
  // cannot both pass the check below, and a stop's ladder move reads a settled position.
  await lockChildLadder(tx, c.child_id);
  if (r.heldOn > todayInCopenhagen()) throw unprocessable('En opfølgning registreres, når den er holdt.');
  const measure = await checkKind(h, c, r);
  await checkRatings(h, caseId, r.ratings);

  const inserted = await fq.insertFollowUp(tx, {
    id,
    municipality_id: actor.municipalityId,
    case_id: caseId,
    measure_id: r.measureId ?? null,
    kind: r.kind,
    held_on: r.heldOn,
    decision: r.decision ?? null,
    next_cadence_weeks: r.nextCadenceWeeks ?? null,
    notes: r.notes ?? null,
    held_by: actor.userId,
    idempotency_key: r.idempotencyKey ?? null,
  });
  if (!inserted) return raceWinner(idempotent);
  await fq.insertRatings(
    tx,
    (r.ratings ?? []).map((x) => ({
      municipality_id: actor.municipalityId,
      follow_up_id: inserted.id,
      goal_id: x.goalId,
      rater: x.rater,
      score: x.score,
    })),
  );
  if (measure) await applyDecision(h, measure, r);
  return { created: true, body: await viewOf(h, inserted.id) };
}

/**
 * What the follow-up decides for its measure: the schedule from now on (BL § 95: decided at the
 * first follow-up; a later one may revise it) and, for 'stop', the measure ends that day and the
 * ladder records the move. 'step_down' and 'adjust' are recorded only: the caseworker then ends
 * and starts measures, each with its own move.
 */
async function applyDecision(h: ActorHandle, measure: mq.MeasureRow, r: FollowUpCreateRequest) {
  // The measure was read under the child's lock, so its version cannot have moved on; should it
  // have, the whole follow-up is refused rather than half stored.
  let stored = true;
  if (r.nextCadenceWeeks !== undefined && r.decision !== 'stop') {
    const cadence = { follow_up_cadence_weeks: r.nextCadenceWeeks };
    stored = await changeMeasure(h, measure, measure.version, cadence, undefined);
  }
  if (r.decision === 'stop') {
    stored = await changeMeasure(
      h,
      measure,
      measure.version,
      {},
      {
        on: r.heldOn,
        reason: r.endReason ?? 'other',
        note: r.notes?.trim() ? r.notes.trim().slice(0, 2000) : 'Stoppet ved opfølgning.',
      },
    );
  }
  if (!stored) throw new VersionConflictError(await measureView(h, measure.id));
}

/** GET /api/cases/:id/follow-ups */
export async function listFollowUps(h: ActorHandle, caseId: string): Promise<FollowUpView[]> {
  await openCase(h, caseId, 'read', { action: 'read', entityType: 'follow_up', entityId: null });
  return views(h, await fq.followUpsOfCase(h.tx, caseId));
}
