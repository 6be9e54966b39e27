import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../deps.ts';
import { childrenRoutes } from './children.routes.ts';

/**
 * Every people route (docs/architecture.md), registered as one plugin by app.ts: one routes file per use-case file,
 * named after it, so a route is found where its use case is.
 */
export function peopleRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    await app.register(childrenRoutes(deps));
  };
}
