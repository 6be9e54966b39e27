import type {
  NetworkMemberCreateRequest,
  NetworkMemberPatchRequest,
  NetworkMemberView,
} from '../../core/api/casework-overview.ts';
import { AppError } from '../../core/errors.ts';
import type { ActorHandle } from '../actor-db.ts';
import { type Created, createOnce } from '../idempotency.ts';
import { openCase, requireOpen } from './case-access.ts';
import * as q from './network.queries.ts';

/**
 * The network map (netværkskort, issue #6 point 6): persons around the child with relation,
 * closeness and what they can contribute. Written by those assigned to the case (caseworker,
 * foster-care consultant: right `networkWrite`), read by everyone who may read the case. A person
 * is never deleted: `active: false` takes them off the map and keeps the history.
 */

export async function listNetwork(h: ActorHandle, caseId: string): Promise<NetworkMemberView[]> {
  await openCase(h, caseId, 'read', { action: 'read', entityType: 'network_member', entityId: null });
  return (await q.caseNetwork(h.tx, caseId)).map(q.networkMemberView);
}

/**
 * POST /api/cases/:id/network; `created` false for a retry with the same key. A retry is the same
 * person on the same case by the same user (name and relation as sent; the rest may since have
 * been edited).
 */
export async function addNetworkMember(
  h: ActorHandle,
  caseId: string,
  body: NetworkMemberCreateRequest,
): Promise<Created<NetworkMemberView>> {
  return createOnce(
    {
      key: body.idempotencyKey,
      byKey: (key) => q.findNetworkMemberByKey(h.tx, key),
      sameRequest: (row) =>
        row.case_id === caseId &&
        row.created_by === h.actor.userId &&
        row.name === body.name &&
        row.relation === body.relation,
      what: 'en anden person på netværkskortet',
      view: q.networkMemberView,
    },
    (id, keyDetails) =>
      openCase(h, caseId, 'networkWrite', {
        action: 'create',
        entityType: 'network_member',
        entityId: id,
        details: keyDetails,
      }),
    (id, { row }) => {
      requireOpen(row);
      return q.insertNetworkMember(h.tx, {
        municipality_id: h.actor.municipalityId,
        id,
        case_id: caseId,
        name: body.name,
        relation: body.relation,
        closeness: body.closeness,
        contributions: [...new Set(body.contributions)],
        phone: body.phone ?? null,
        notes: body.notes ?? null,
        created_by: h.actor.userId,
        idempotency_key: body.idempotencyKey ?? null,
      });
    },
  );
}

/**
 * A stale version changes nothing and returns `{conflict}` with the current record; the route
 * throws VersionConflictError after the commit, so the audit of the attempt is kept (docs/casework.md).
 */
export async function changeNetworkMember(
  h: ActorHandle,
  id: string,
  body: NetworkMemberPatchRequest,
): Promise<{ member: NetworkMemberView } | { conflict: NetworkMemberView | null }> {
  const member = await q.findNetworkMember(h.tx, id);
  if (!member) throw new AppError('not_found', 'Personen findes ikke på netværkskortet.');
  const changed = Object.keys(body).filter((k) => k !== 'version');
  const { row } = await openCase(h, member.case_id, 'networkWrite', {
    action: 'update',
    entityType: 'network_member',
    entityId: id,
    details: { fields: changed },
  });
  requireOpen(row);
  const { version, contributions, ...rest } = body;
  const updated = await q.updateNetworkMember(h.tx, id, version, {
    ...rest,
    ...(contributions ? { contributions: [...new Set(contributions)] } : {}),
  });
  if (!updated) {
    const current = await q.findNetworkMember(h.tx, id);
    return { conflict: current ? q.networkMemberView(current) : null };
  }
  return { member: q.networkMemberView(updated) };
}
