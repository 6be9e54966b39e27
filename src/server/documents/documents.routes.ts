import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../deps.ts';
import { consultationsRoutes } from './consultations.routes.ts';
import { decisionsRoutes } from './decisions.routes.ts';
import { documentSettingsRoutes } from './document-settings.routes.ts';
import { lettersRoutes } from './letters.routes.ts';

/**
 * Every documents route (docs/documents.md "API"), registered as one plugin by app.ts: one routes
 * file per use-case file, named after it.
 */
export function documentsRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    await app.register(decisionsRoutes(deps));
    await app.register(consultationsRoutes(deps));
    await app.register(lettersRoutes(deps));
    await app.register(documentSettingsRoutes(deps));
  };
}
