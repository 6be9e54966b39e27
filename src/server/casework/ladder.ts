import type { LadderView } from '../../core/api/casework-measures.ts';
import { todayInCopenhagen } from '../../core/calendar/zone.ts';
import {
  currentPosition,
  highestPosition,
  type LadderMeasure,
  ladderMove,
} from '../../core/casework/ladder.ts';
import { AppError } from '../../core/errors.ts';
import type { ActorHandle } from '../actor-db.ts';
import { loadCurrentLadder } from '../catalog/ladder.queries.ts';
import { openCase } from './case-access.ts';
import { stepName } from './case-view.ts';
import * as q from './ladder.queries.ts';

/**
 * The child's position on the ladder (domain.md; the highest step among active measures, 0 with
 * none) and its moves. A move is recorded when a measure's start or end changes the position on
 * that day, in the same transaction as the change, so F12 counts exactly what happened.
 *
 * The position is evaluated on the day of the change (the measure's start or end date), over
 * every measure of the child in all cases. A same-day swap at one step (start the new measure,
 * then end the old one the same day — the order the work page uses) moves nothing. Ending first
 * and starting later the same day records a move down and one up, which is also what happened in
 * the records between the two requests.
 */

export interface LadderChangeInput {
  childId: string;
  caseId: string;
  /** the day of the start or end */
  on: string;
  before: readonly LadderMeasure[];
  after: readonly LadderMeasure[];
  reason: string;
  forumDecisionRef: string | null;
  measureId: string;
}

/** Inserts the ladder move the change caused, if any; returns it (null when the position held). */
export async function recordLadderChange(h: ActorHandle, c: LadderChangeInput) {
  const from = currentPosition(c.before, c.on);
  const to = currentPosition(c.after, c.on);
  const direction = ladderMove(from, to);
  if (direction === null) return null;
  const row = await q.insertLadderMove(h.tx, {
    municipality_id: h.actor.municipalityId,
    child_id: c.childId,
    case_id: c.caseId,
    measure_id: c.measureId,
    moved_on: c.on,
    from_position: from,
    to_position: to,
    direction,
    reason: c.reason,
    forum_decision_ref: c.forumDecisionRef,
    created_by: h.actor.userId,
  });
  await h.audit({
    action: 'create',
    entityType: 'ladder_move',
    entityId: row.id,
    details: { caseId: c.caseId, childId: c.childId, measureId: c.measureId, from, to, direction },
  });
  return { id: row.id, from, to, direction };
}

/**
 * GET /api/children/:id/ladder. Read through the child's case (the open one, else the latest), so
 * the case policy decides and the read is audited; a child without a case has no ladder (404).
 */
export async function readChildLadder(h: ActorHandle, childId: string): Promise<LadderView> {
  const found = await q.caseOfChild(h.tx, childId);
  if (!found) throw new AppError('not_found', 'Barnet har ingen sag.');
  await openCase(h, found.id, 'read', { action: 'read', entityType: 'ladder', entityId: childId });
  const [measures, moves, ladder] = await Promise.all([
    q.childLadderMeasures(h.tx, childId),
    q.ladderMovesOfChild(h.tx, childId),
    loadCurrentLadder(h.tx, h.actor.municipalityId),
  ]);
  const position = currentPosition(measures, todayInCopenhagen());
  return {
    childId,
    current: { position, name: stepName(ladder, position) },
    highestPosition: highestPosition(measures),
    moves: moves.map((m) => ({
      id: m.id,
      movedOn: m.moved_on,
      fromPosition: m.from_position,
      toPosition: m.to_position,
      direction: m.direction,
      reason: m.reason,
      forumDecisionRef: m.forum_decision_ref,
      measureId: m.measure_id,
    })),
  };
}
