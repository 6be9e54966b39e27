import type { FastifyReply, FastifyRequest } from 'fastify';
import { type Permission, permissionsOf } from '../core/access/permissions.ts';
import { ROLES, type Role } from '../core/access/roles.ts';
import { type ActorHandle, DeniedError, withActor } from './actor-db.ts';
import { requireActor } from './context.ts';
import type { AppDeps } from './deps.ts';
import type { Created } from './idempotency.ts';

/**
 * What a refusal is audited as. `id` says what the route's `:id` names, so the denied row is found
 * with the record's own (as the door's refusal would be): the entity itself, or the case, child,
 * district or report whose data the route reads or writes.
 */
export interface GuardEvent {
  action: string;
  entityType: string;
  id?: 'entity' | keyof typeof NAMED_IN_DETAILS;
  /** the route parameter that names the entity, when `:id` names something else */
  entityParam?: string;
}

/** Where the refusal names a record the route's `:id` is not the entity of. */
const NAMED_IN_DETAILS = {
  case: 'caseId',
  child: 'childId',
  district: 'districtId',
  report: 'reportId',
} as const;

/**
 * Authorisation before validation (issue #11, item 2): a route that a role may never call says so
 * with the permission it needs (any of several, where the body decides which right applies), and a
 * caller without it gets 403 — audited as denied — before the body is even validated, so a refused
 * caller learns nothing about what the route expects. It runs as the route's `preValidation` hook.
 * The widest permissions a role can hold count (those a shift of the on-call rota adds too): the
 * guard refuses only what the use case would always refuse. Record-level checks (this child, this
 * case) stay in the use cases' doors.
 */
/** Per role, the widest permissions it can hold (on call included): computed once, read per request. */
const WIDEST: ReadonlyMap<Role, ReadonlySet<Permission>> = new Map(
  ROLES.map((role) => [role, new Set(permissionsOf(role, true))]),
);

export function requires(
  deps: AppDeps,
  permission: Permission | readonly Permission[],
  event: GuardEvent,
): (request: FastifyRequest) => Promise<void> {
  const wanted: readonly Permission[] = typeof permission === 'string' ? [permission] : permission;
  return async (request) => {
    const actor = requireActor(request);
    const held = WIDEST.get(actor.role);
    if (held && wanted.some((p) => held.has(p))) return;
    const params = (request.params ?? {}) as Record<string, unknown>;
    const param = (name: string) => (typeof params[name] === 'string' ? (params[name] as string) : null);
    const named = param('id');
    await withActor(deps.db, actor, async () => {
      throw new DeniedError({
        action: event.action,
        entityType: event.entityType,
        entityId: event.entityParam ? param(event.entityParam) : event.id === 'entity' ? named : null,
        details: {
          permission,
          route: request.routeOptions.url,
          ...(event.id && event.id !== 'entity' && named ? { [NAMED_IN_DETAILS[event.id]]: named } : {}),
        },
      });
    });
  };
}

/** A route's use case in one transaction as the signed-in user (401 when there is none). */
export function asActor<T>(
  deps: Pick<AppDeps, 'db'>,
  request: FastifyRequest,
  work: (h: ActorHandle) => Promise<T>,
): Promise<T> {
  return withActor(deps.db, requireActor(request), work);
}

/**
 * Runs a create as the user and answers as every create does: 201 with the new record, or 200 with
 * the first one when the request was a retry of the same idempotency key.
 */
export async function asActorCreating<T>(
  deps: Pick<AppDeps, 'db'>,
  request: FastifyRequest,
  reply: FastifyReply,
  work: (h: ActorHandle) => Promise<Created<T>>,
) {
  const result = await withActor(deps.db, requireActor(request), work);
  return reply.status(result.created ? 201 : 200).send(result.body);
}
