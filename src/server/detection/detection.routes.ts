import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../deps.ts';
import { concernsRoutes } from './concerns.routes.ts';
import { signalsRoutes } from './signals.routes.ts';
import { transitionsRoutes } from './transitions.routes.ts';
import { wellbeingRoutes } from './wellbeing.routes.ts';

/** Every detection route (docs/detection.md), registered as one plugin by app.ts. */
export function detectionRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    await app.register(concernsRoutes(deps));
    await app.register(wellbeingRoutes(deps));
    await app.register(signalsRoutes(deps));
    await app.register(transitionsRoutes(deps));
  };
}
