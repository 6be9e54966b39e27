import type { z } from 'zod';
import { FORUM_POLICY, mayManageForum } from '../../core/access/forums-policy.ts';
import { ROLE_LABELS, type Role } from '../../core/access/roles.ts';
import type { ForumCreateRequest, ForumView, MemberAddRequest, MemberView } from '../../core/api/forums.ts';
import { AppError } from '../../core/errors.ts';
import { FORUM_KIND_LABELS, type ForumKind } from '../../core/forums/kinds.ts';
import { describeRhythm } from '../../core/forums/rhythm.ts';
import { type ActorHandle, DeniedError } from '../actor-db.ts';
import { type Created, type CreateOnce, earlierResult, raceWinner, requestHash } from '../idempotency.ts';
import * as q from './setup.queries.ts';

/**
 * Setting the forums up (docs/forums.md "API"): the municipality's forums with their members and
 * rhythm. The administrator sets up every forum, a leader the councils of its own districts
 * (forums-policy.ts); the list holds no child's data, so everyone who may sit in a forum reads it.
 */

type ForumRow = Awaited<ReturnType<typeof q.forumsWithDistricts>>[number];
type MemberRow = Awaited<ReturnType<typeof q.membersOf>>[number];

function memberView(m: MemberRow): z.infer<typeof MemberView> {
  if (m.user_id === null) {
    return { id: m.id, user: null, name: m.name ?? '', role: m.role_title ?? '', chair: m.chair };
  }
  const name = m.display_name ?? '';
  const role = m.title ?? ROLE_LABELS[m.user_role as Role] ?? '';
  return { id: m.id, user: { id: m.user_id, name }, name, role, chair: m.chair };
}

async function forumViews(h: ActorHandle, rows: ForumRow[]): Promise<ForumView[]> {
  const members = await q.membersOf(
    h.tx,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    kindLabel: FORUM_KIND_LABELS[r.kind],
    district: r.district_id ? { id: r.district_id, name: r.district_name ?? '' } : null,
    name: r.name,
    rhythm: r.rhythm,
    rhythmText: describeRhythm(r.rhythm),
    active: r.active,
    members: members.filter((m) => m.forum_id === r.id).map(memberView),
  }));
}

export async function forumView(h: ActorHandle, id: string): Promise<ForumView> {
  const [view] = await forumViews(h, await q.forumsWithDistricts(h.tx, id));
  if (!view) throw new AppError('not_found', 'Forummet findes ikke.');
  return view;
}

/** May the actor set this forum up: every forum for the admin, its districts' councils for a leader. */
export function mayManage(h: ActorHandle, kind: ForumKind, districtId: string | null): boolean {
  return mayManageForum(h.actor.role, kind, districtId !== null && h.actor.districtIds.includes(districtId));
}

export async function requireForum(h: ActorHandle, id: string) {
  const forum = await q.forum(h.tx, id);
  if (!forum) throw new AppError('not_found', 'Forummet findes ikke.');
  return forum;
}

export async function listForums(h: ActorHandle): Promise<{ forums: ForumView[] }> {
  const policy = FORUM_POLICY[h.actor.role];
  if (!policy.memberRead && policy.manage === null) {
    throw new DeniedError({ action: 'read', entityType: 'forum', entityId: null });
  }
  const forums = await forumViews(h, await q.forumsWithDistricts(h.tx));
  await h.audit({
    action: 'read',
    entityType: 'forum',
    entityId: null,
    details: { forumIds: forums.map((f) => f.id) },
  });
  return { forums };
}

function clashMessage(kind: ForumKind, districtName: string | null): string {
  return districtName === null
    ? `Kommunen har allerede ${FORUM_KIND_LABELS[kind]}.`
    : `Distrikt ${districtName} har allerede ${FORUM_KIND_LABELS[kind]}; der er ét pr. distrikt.`;
}

export async function createForum(
  h: ActorHandle,
  r: z.infer<typeof ForumCreateRequest>,
): Promise<Created<ForumView>> {
  const districtId = r.districtId ?? null;
  if (!mayManage(h, r.kind, districtId)) {
    throw new DeniedError({
      action: 'create',
      entityType: 'forum',
      entityId: null,
      details: { kind: r.kind, districtId },
    });
  }
  const hash = requestHash({ kind: r.kind, districtId, name: r.name, rhythm: r.rhythm });
  const once: CreateOnce<{ id: string; request_hash: string; created_by: string }, ForumView> = {
    key: r.idempotencyKey,
    byKey: (key) => q.forumByKey(h.tx, key),
    sameRequest: (row) => row.request_hash === hash && row.created_by === h.actor.userId,
    what: 'et andet forum',
    view: (row) => forumView(h, row.id),
  };
  const earlier = await earlierResult(once);
  if (earlier) {
    await h.audit({
      action: 'create',
      entityType: 'forum',
      entityId: earlier.body.id,
      details: { idempotencyKey: r.idempotencyKey, retry: true },
    });
    return earlier;
  }
  const district = districtId === null ? null : await q.district(h.tx, districtId);
  if (districtId !== null && !district) throw new AppError('not_found', 'Distriktet findes ikke.');
  const clash = clashMessage(r.kind, district?.name ?? null);
  if (await q.sameKindForum(h.tx, r.kind, districtId)) throw new AppError('conflict', clash);
  const row = await q.insertForum(h.tx, {
    municipality_id: h.actor.municipalityId,
    kind: r.kind,
    district_id: districtId,
    name: r.name,
    rhythm: JSON.stringify(r.rhythm),
    created_by: h.actor.userId,
    idempotency_key: r.idempotencyKey,
    request_hash: hash,
  });
  // Nothing inserted: another request made a forum meanwhile, this one's retry or the clash.
  if (!row) return raceWinner(once, clash);
  await h.audit({
    action: 'create',
    entityType: 'forum',
    entityId: row.id,
    details: { kind: r.kind, districtId, idempotencyKey: r.idempotencyKey },
  });
  return { created: true, body: await forumView(h, row.id) };
}

export async function addMember(
  h: ActorHandle,
  forumId: string,
  r: z.infer<typeof MemberAddRequest>,
): Promise<Created<z.infer<typeof MemberView>>> {
  const forum = await requireForum(h, forumId);
  if (!mayManage(h, forum.kind, forum.district_id)) {
    throw new DeniedError({ action: 'add_member', entityType: 'forum', entityId: forumId });
  }
  const userId = r.userId ?? null;
  const hash = requestHash({ userId, name: r.name ?? null, role: r.role ?? null, chair: r.chair });
  const viewOf = async (id: string) => {
    const member = (await q.membersOf(h.tx, [forumId])).find((m) => m.id === id);
    if (!member) throw new AppError('not_found', 'Medlemmet findes ikke.');
    return memberView(member);
  };
  const once: CreateOnce<
    { id: string; forum_id: string; request_hash: string },
    z.infer<typeof MemberView>
  > = {
    key: r.idempotencyKey,
    byKey: (key) => q.memberByKey(h.tx, key),
    sameRequest: (row) => row.forum_id === forumId && row.request_hash === hash,
    what: 'et andet medlem',
    view: (row) => viewOf(row.id),
  };
  const earlier = await earlierResult(once);
  if (earlier) {
    await h.audit({
      action: 'add_member',
      entityType: 'forum',
      entityId: forumId,
      details: { memberId: earlier.body.id, retry: true },
    });
    return earlier;
  }
  const already = 'Brugeren er allerede medlem af forummet.';
  if (userId !== null) {
    const user = await q.activeUser(h.tx, userId);
    if (!user) throw new AppError('unprocessable', 'Brugeren findes ikke eller er ikke aktiv.');
    const role = user.role as Role;
    if (r.chair && !FORUM_POLICY[role].chair) {
      throw new AppError('unprocessable', 'Formanden skal være en leder.');
    }
    if (await q.memberOfUser(h.tx, forumId, userId)) throw new AppError('conflict', already);
  }
  const row = await q.insertMember(h.tx, {
    municipality_id: h.actor.municipalityId,
    forum_id: forumId,
    user_id: userId,
    name: userId === null ? (r.name ?? null) : null,
    role_title: userId === null ? (r.role ?? null) : null,
    chair: r.chair,
    added_by: h.actor.userId,
    idempotency_key: r.idempotencyKey,
    request_hash: hash,
  });
  if (!row) return raceWinner(once, already);
  await h.audit({
    action: 'add_member',
    entityType: 'forum',
    entityId: forumId,
    details: { memberId: row.id, userId, external: userId === null, chair: r.chair },
  });
  return { created: true, body: await viewOf(row.id) };
}
