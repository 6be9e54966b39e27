import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../deps.ts';
import { casesRoutes } from './cases.routes.ts';
import { measuresRoutes } from './measures.routes.ts';
import { overviewRoutes } from './overview.routes.ts';

/**
 * Every case-work route (docs/casework.md), registered as one plugin by app.ts:
 * the case, assessment and plan (cases.routes.ts); measures, the ladder and follow-ups
 * (measures.routes.ts); network, journal, chronology, "Mit overblik", supervision
 * (overview.routes.ts).
 */
export function caseworkRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    await app.register(casesRoutes(deps));
    await app.register(measuresRoutes(deps));
    await app.register(overviewRoutes(deps));
  };
}
