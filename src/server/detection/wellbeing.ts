import { mayRateWellbeing } from '../../core/access/detection-policy.ts';
import type {
  GroupWellbeingResponse,
  MyGroupsResponse,
  WellbeingBatchRequest,
  WellbeingBatchResponse,
} from '../../core/api/detection.ts';
import { todayInCopenhagen } from '../../core/calendar/zone.ts';
import type { Trigger } from '../../core/detection/signal-rules.ts';
import {
  batchFingerprint,
  batchProblems,
  describeBatchProblem,
  WELLBEING_COLOR_LABELS,
  WELLBEING_COLORS,
} from '../../core/detection/wellbeing.ts';
import { AppError } from '../../core/errors.ts';
import { type ActorHandle, DeniedError } from '../actor-db.ts';
import { type Created, type CreateOnce, earlierResult, raceWinner, requestHash } from '../idempotency.ts';
import { lockChildren } from './locks.ts';
import { raiseSignals } from './raise.ts';
import { loadDetectionSettings } from './settings.queries.ts';
import * as q from './wellbeing.queries.ts';

/**
 * Use cases of the wellbeing check: a professional's own groups, one group with each child's
 * previous rating, and saving a whole group's ratings at once. Only the professional's own
 * groups (user_group) may be opened or rated; others are refused and audited.
 */

function groupView(g: q.GroupRow) {
  return {
    id: g.id,
    name: g.name,
    unit: { id: g.unit_id, name: g.unit_name, kind: g.unit_kind },
    children: g.children ?? 0,
    lastRatedOn: g.last_rated_on ?? null,
  };
}

export async function myGroups(h: ActorHandle): Promise<MyGroupsResponse> {
  if (!mayRateWellbeing(h.actor.role)) {
    throw new DeniedError({ action: 'read', entityType: 'own_groups', entityId: null });
  }
  const rows = await q.groupsOfUser(h.tx, h.actor.userId);
  return { groups: rows.map(groupView) };
}

/** Passes if the group is one of the actor's own (user_group); refusal (audited) otherwise, 404 if it does not exist. */
async function requireOwnGroup(h: ActorHandle, groupId: string, action: string): Promise<void> {
  const attempt = { action, entityType: 'group_wellbeing', entityId: groupId };
  if (!mayRateWellbeing(h.actor.role)) throw new DeniedError(attempt);
  if (await q.isOwnGroup(h.tx, h.actor.userId, groupId)) return;
  if (!(await q.groupExists(h.tx, groupId))) throw new AppError('not_found', 'Gruppen findes ikke.');
  throw new DeniedError(attempt);
}

export async function groupWellbeing(h: ActorHandle, groupId: string): Promise<GroupWellbeingResponse> {
  await requireOwnGroup(h, groupId, 'read');
  const group = (await q.groupsOfUser(h.tx, h.actor.userId)).find((g) => g.id === groupId) as q.GroupRow;
  const [children, latest, last] = await Promise.all([
    q.childrenOfGroup(h.tx, groupId),
    q.latestRatingsInGroup(h.tx, groupId),
    q.lastRound(h.tx, groupId),
  ]);
  const byChild = new Map(latest.map((r) => [r.child_id, r]));
  await h.audit({
    action: 'read',
    entityType: 'group_wellbeing',
    entityId: groupId,
    details: { childIds: children.map((c) => c.id) },
  });
  return {
    group: groupView(group),
    colors: WELLBEING_COLORS.map((color) => ({ color, label: WELLBEING_COLOR_LABELS[color] })),
    children: children.map((c) => {
      const p = byChild.get(c.id);
      return {
        id: c.id,
        firstName: c.first_name,
        lastName: c.last_name,
        previous: p
          ? {
              color: p.color,
              label: WELLBEING_COLOR_LABELS[p.color],
              ratedOn: p.rated_on,
              // A note is the rater's own working note: shown back to its writer only.
              note: p.rated_by === h.actor.userId ? p.note : null,
            }
          : null,
      };
    }),
    lastRound: last
      ? {
          id: last.id,
          ratedOn: last.rated_on,
          ratedBy: { id: last.user_id, name: last.display_name, title: last.title },
        }
      : null,
  };
}

function hashOf(groupId: string, ratedBy: string, request: WellbeingBatchRequest): string {
  return requestHash(`${ratedBy}\n${batchFingerprint(groupId, request.ratings)}`);
}

/** A round is the same request when the hash of its rater, group and ratings is. */
function once(h: ActorHandle, key: string, hash: string): CreateOnce<q.RoundByKey, WellbeingBatchResponse> {
  return {
    key,
    byKey: (k) => q.roundByKey(h.tx, k),
    sameRequest: (round) => round.request_hash === hash,
    what: 'en anden vurdering',
    view: (round) => ({
      id: round.id,
      groupId: round.group_id,
      ratedOn: round.rated_on,
      ratings: round.ratings ?? 0,
      replayed: true,
    }),
  };
}

/** All ratings of the batch are stored, or none (422 for a child outside the group). */
export async function saveWellbeing(
  h: ActorHandle,
  groupId: string,
  request: WellbeingBatchRequest,
): Promise<Created<WellbeingBatchResponse>> {
  const { tx, actor } = h;
  await requireOwnGroup(h, groupId, 'rate');
  const hash = hashOf(groupId, actor.userId, request);
  const idempotent = once(h, request.idempotencyKey, hash);
  const earlier = await earlierResult(idempotent);
  if (earlier) return earlier;
  const children = await q.childrenOfGroup(tx, groupId);
  const [problem] = batchProblems(request.ratings, new Set(children.map((c) => c.id)));
  if (problem) throw new AppError('unprocessable', describeBatchProblem(problem));

  await lockChildren(
    tx,
    actor.municipalityId,
    request.ratings.map((r) => r.childId),
  );
  const ratedOn = todayInCopenhagen();
  const round = await q.insertRound(tx, {
    municipalityId: actor.municipalityId,
    groupId,
    ratedBy: actor.userId,
    key: request.idempotencyKey,
    hash,
    ratedOn,
  });
  if (!round) return raceWinner(idempotent);
  const rows = await q.insertRatings(
    tx,
    actor.municipalityId,
    { id: round.id, groupId, at: round.created_at },
    [...request.ratings.map((r) => ({ childId: r.childId, color: r.color, note: r.note ?? null }))],
  );
  // Only a red rating can raise a signal (red after yellow).
  const triggers = new Map<string, Trigger[]>();
  for (const r of rows) if (r.color === 'red') triggers.set(r.child_id, [{ kind: 'rating', id: r.id }]);
  const signals =
    triggers.size > 0
      ? await raiseSignals(h, triggers, (await loadDetectionSettings(tx, actor.municipalityId)).settings)
      : [];
  const counts = Object.fromEntries(
    WELLBEING_COLORS.map((c) => [c, rows.filter((r) => r.color === c).length]),
  );
  await h.audit({
    action: 'create',
    entityType: 'wellbeing_round',
    entityId: round.id,
    details: { groupId, childIds: rows.map((r) => r.child_id), counts, signals },
  });
  return { created: true, body: { id: round.id, groupId, ratedOn, ratings: rows.length, replayed: false } };
}
