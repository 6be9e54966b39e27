import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../deps.ts';
import { agendaRoutes } from './agenda.routes.ts';
import { decisionsRoutes } from './decisions.routes.ts';
import { emergencyRoutes } from './emergency.routes.ts';
import { meetingsRoutes } from './meetings.routes.ts';
import { proposalsRoutes } from './proposals.routes.ts';
import { forumSettingsRoutes } from './settings.routes.ts';
import { setupRoutes } from './setup.routes.ts';

/**
 * Every forum route (docs/forums.md "API"), registered as one plugin by app.ts: one routes file per
 * use-case file, named after it.
 */
export function forumsRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    await app.register(setupRoutes(deps));
    await app.register(meetingsRoutes(deps));
    await app.register(emergencyRoutes(deps));
    await app.register(forumSettingsRoutes(deps));
    await app.register(proposalsRoutes(deps));
    await app.register(agendaRoutes(deps));
    await app.register(decisionsRoutes(deps));
  };
}
