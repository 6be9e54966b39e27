import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../deps.ts';
import { analysisRoutes } from './analysis.routes.ts';
import { ladderRoutes } from './ladder.routes.ts';
import { offerImportRoutes } from './offer-import.routes.ts';
import { offersRoutes } from './offers.routes.ts';

/**
 * Every catalog route (docs/catalog.md), registered as one plugin by app.ts: one routes file per use-case file,
 * named after it, so a route is found where its use case is.
 */
export function catalogRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    await app.register(ladderRoutes(deps));
    await app.register(offersRoutes(deps));
    await app.register(offerImportRoutes(deps));
    await app.register(analysisRoutes(deps));
  };
}
