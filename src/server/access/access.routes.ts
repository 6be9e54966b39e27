import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../deps.ts';
import { onCallRoutes } from './on-call.routes.ts';
import { sessionRoutes } from './session.routes.ts';

/**
 * Every access route (docs/architecture.md), registered as one plugin by app.ts: one routes file per use-case file,
 * named after it, so a route is found where its use case is.
 */
export function accessRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    await app.register(sessionRoutes(deps));
    await app.register(onCallRoutes(deps));
  };
}
