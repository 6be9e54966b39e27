import type { ChildConcernsResponse } from '../../core/api/detection-queue.ts';
import { todayInCopenhagen } from '../../core/calendar/zone.ts';
import { copenhagenDate } from '../../core/detection/dates.ts';
import { timeToFirstSupport } from '../../core/detection/queue.ts';
import { AppError } from '../../core/errors.ts';
import { ageOn } from '../../core/people.ts';
import type { ActorHandle } from '../actor-db.ts';
import { hasChildRight, readAuditFields, requireChildRight } from './access.ts';
import { concernView } from './concern-view.ts';
import * as concerns from './concerns.queries.ts';
import { currentFollow } from './follow.queries.ts';
import { followView } from './follow.ts';
import { childBasics } from './guide.queries.ts';
import { ratingView, signalSummary } from './signal-view.ts';
import * as signals from './signals.queries.ts';

/**
 * A child's detection record: every concern (with corrections), wellbeing rating and signal,
 * whether the child is followed as known to preventive work, and figure F3. Others' content, so
 * only for those who may read the child's concerns (detection-policy.ts); every read is audited,
 * flagged when under emergency access.
 */
export async function childRecord(h: ActorHandle, childId: string): Promise<ChildConcernsResponse> {
  const { tx, actor } = h;
  const attempt = { action: 'read_concerns', entityType: 'child', entityId: childId };
  const decision = await requireChildRight(h, childId, 'concerns_read', attempt);
  const child = await childBasics(tx, childId);
  if (!child) throw new AppError('not_found', 'Barnet findes ikke.');
  const [concernRows, ratingRows, signalRows, follow, mayAct] = await Promise.all([
    concerns.concernsOfChild(tx, childId),
    signals.ratingsWhere(tx, { childId }),
    signals.signalsOfChild(tx, childId),
    currentFollow(tx, childId),
    hasChildRight(h, childId, 'signal_act'),
  ]);
  const corrections = await concerns.correctionsOf(
    tx,
    concernRows.map((c) => c.id),
  );
  const fields = await readAuditFields(h, childId, decision);
  await h.audit({
    ...attempt,
    ...fields,
    details: { ...fields.details, concernIds: concernRows.map((c) => c.id) },
  });
  const time = timeToFirstSupport(
    signalRows.map((s) => ({
      raisedOn: copenhagenDate(s.raised_at),
      outcome: s.outcome,
      outcomeOn: s.outcome_on,
    })),
  );
  return {
    child: {
      id: child.id,
      firstName: child.first_name,
      lastName: child.last_name,
      birthDate: child.birth_date,
      age: ageOn(child.birth_date, todayInCopenhagen()),
      district: { id: child.district_id, name: child.district_name },
    },
    concerns: concernRows.map((row) => concernView(row, corrections, actor.userId)),
    ratings: ratingRows.map((r) => ratingView(r, actor.userId, true)),
    signals: signalRows.map((s) => signalSummary(s, mayAct)),
    preventiveFollow: follow ? followView(follow) : null,
    timeToSupport: time,
    access: { via: decision.via, emergency: decision.emergency },
  };
}
