import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../deps.ts';
import { childRecordRoutes } from './child-record.routes.ts';
import { concernsRoutes } from './concerns.routes.ts';
import { followRoutes } from './follow.routes.ts';
import { guideRoutes } from './guide.routes.ts';
import { settingsRoutes } from './settings.routes.ts';
import { signalsRoutes } from './signals.routes.ts';
import { transitionsRoutes } from './transitions.routes.ts';
import { wellbeingRoutes } from './wellbeing.routes.ts';

/**
 * Every detection route (docs/detection.md), registered as one plugin by app.ts: one routes file per use-case file,
 * named after it, so a route is found where its use case is.
 */
export function detectionRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    await app.register(concernsRoutes(deps));
    await app.register(guideRoutes(deps));
    await app.register(wellbeingRoutes(deps));
    await app.register(signalsRoutes(deps));
    await app.register(childRecordRoutes(deps));
    await app.register(followRoutes(deps));
    await app.register(transitionsRoutes(deps));
    await app.register(settingsRoutes(deps));
  };
}
