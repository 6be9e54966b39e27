import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../deps.ts';
import { attachmentsRoutes } from './attachments.routes.ts';
import { feedbackRoutes } from './feedback.routes.ts';
import { meetingsRoutes } from './meetings.routes.ts';
import { minutesRoutes } from './minutes.routes.ts';
import { queueRoutes } from './queue.routes.ts';
import { reportViewRoutes } from './report-view.routes.ts';
import { reportsRoutes } from './reports.routes.ts';
import { screeningRoutes } from './screening.routes.ts';
import { settingsRoutes } from './settings.routes.ts';
import { supervisionRoutes } from './supervision.routes.ts';

/**
 * Every intake route (docs/intake.md), registered as one plugin by app.ts: one routes file per
 * use-case file, named after it, so a route is found where its use case is.
 */
export function intakeRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    await app.register(reportsRoutes(deps));
    await app.register(reportViewRoutes(deps));
    await app.register(queueRoutes(deps));
    await app.register(screeningRoutes(deps));
    await app.register(supervisionRoutes(deps));
    await app.register(meetingsRoutes(deps));
    await app.register(minutesRoutes(deps));
    await app.register(feedbackRoutes(deps));
    await app.register(settingsRoutes(deps));
    await app.register(attachmentsRoutes(deps));
  };
}
