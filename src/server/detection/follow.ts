import type { FollowRequest, FollowResponse } from '../../core/api/detection-queue.ts';
import { AppError } from '../../core/errors.ts';
import type { ActorHandle } from '../actor-db.ts';
import type { Created } from '../idempotency.ts';
import { requireChildRight } from './access.ts';
import * as q from './follow.queries.ts';
import { lockChildren } from './locks.ts';

/**
 * A preventive worker follows a child as "known to preventive work" without opening a case
 * (figure F2 counts them). Starting twice is the same follow; stopping ends it, dated.
 */

export function followView(row: q.FollowRow): FollowResponse['follow'] {
  return {
    id: row.id,
    since: row.started_at.toISOString(),
    by: { id: row.user_id, name: row.display_name, title: row.title },
    note: row.note,
  };
}

export async function startFollowing(
  h: ActorHandle,
  childId: string,
  request: FollowRequest,
): Promise<Created<FollowResponse>> {
  const { tx, actor } = h;
  const attempt = { action: 'follow_start', entityType: 'child', entityId: childId };
  await requireChildRight(h, childId, 'follow_manage', attempt);
  await lockChildren(tx, actor.municipalityId, [childId]);
  const existing = await q.currentFollow(tx, childId);
  if (existing) return { created: false, body: { follow: followView(existing) } };
  await q.startFollow(tx, {
    municipalityId: actor.municipalityId,
    childId,
    userId: actor.userId,
    note: request.note ?? null,
  });
  await h.audit(attempt);
  const row = await q.currentFollow(tx, childId);
  if (!row) throw new AppError('internal');
  return { created: true, body: { follow: followView(row) } };
}

/**
 * Preventive work decided by a district meeting (docs/intake.md): the child becomes known to
 * preventive work unless it already is. The meeting's own right decides who may call this
 * (intake-policy.ts `meeting`; the caller has checked it) — Front and the family-team caseworker
 * decide with the preventive worker there, so it is not `startFollowing` with its child right.
 */
export async function startFollowingForMeetingDecision(
  h: ActorHandle,
  r: { childId: string; meetingId: string; heldOn: string },
): Promise<{ started: boolean }> {
  const { tx, actor } = h;
  await lockChildren(tx, actor.municipalityId, [r.childId]);
  if (await q.currentFollow(tx, r.childId)) return { started: false };
  await q.startFollow(tx, {
    municipalityId: actor.municipalityId,
    childId: r.childId,
    userId: actor.userId,
    note: `Forebyggende arbejde besluttet på distriktsmøde ${r.heldOn}.`,
  });
  await h.audit({
    action: 'follow_start',
    entityType: 'child',
    entityId: r.childId,
    details: { childId: r.childId, meetingId: r.meetingId },
  });
  return { started: true };
}

export async function stopFollowing(h: ActorHandle, childId: string): Promise<void> {
  const { tx, actor } = h;
  const attempt = { action: 'follow_end', entityType: 'child', entityId: childId };
  await requireChildRight(h, childId, 'follow_manage', attempt);
  await lockChildren(tx, actor.municipalityId, [childId]);
  const ended = await q.endFollow(tx, childId, actor.userId);
  if (!ended) throw new AppError('not_found', 'Barnet følges ikke af det forebyggende arbejde.');
  await h.audit({ ...attempt, details: { followId: ended } });
}
