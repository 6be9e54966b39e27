import type { FastifyRequest } from 'fastify';
import { type Permission, permissionsOf } from '../core/access/permissions.ts';
import { type ActorHandle, DeniedError, withActor } from './actor-db.ts';
import { requireActor } from './context.ts';
import type { AppDeps } from './deps.ts';

/**
 * Authorisation before validation (issue #11, item 2): a route that a role may never call says so
 * with the permission it needs, and a caller without it gets 403 — audited as denied — before the
 * body is even validated, so a refused caller learns nothing about what the route expects. It runs
 * as the route's `preValidation` hook. Record-level checks (this child, this case) stay in the use
 * cases' doors.
 */
export function requires(
  deps: AppDeps,
  permission: Permission,
  event: { action: string; entityType: string },
): (request: FastifyRequest) => Promise<void> {
  return async (request) => {
    const actor = requireActor(request);
    if (permissionsOf(actor.role).includes(permission)) return;
    await withActor(deps.db, actor, async () => {
      throw new DeniedError({
        ...event,
        entityId: null,
        details: { permission, route: request.routeOptions.url },
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
