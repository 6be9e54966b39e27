import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../deps.ts';
import { assessmentsRoutes } from './assessments.routes.ts';
import { assignableUsersRoutes } from './assignable-users.routes.ts';
import { caseDecisionsRoutes } from './case-decisions.routes.ts';
import { casesRoutes } from './cases.routes.ts';
import { chronologyRoutes } from './chronology.routes.ts';
import { conversationsRoutes } from './conversations.routes.ts';
import { deadlinesRoutes } from './deadlines.routes.ts';
import { familyMeetingsRoutes } from './family-meetings.routes.ts';
import { followUpsRoutes } from './follow-ups.routes.ts';
import { journalRoutes } from './journal.routes.ts';
import { ladderRoutes } from './ladder.routes.ts';
import { measureApprovalsRoutes } from './measure-approvals.routes.ts';
import { measuresRoutes } from './measures.routes.ts';
import { mineRoutes } from './mine.routes.ts';
import { networkRoutes } from './network.routes.ts';
import { plansRoutes } from './plans.routes.ts';
import { settingsRoutes } from './settings.routes.ts';
import { supervisionRoutes } from './supervision.routes.ts';

/**
 * Every case-work route (docs/casework.md), registered as one plugin by app.ts: one routes file per use-case file,
 * named after it, so a route is found where its use case is.
 */
export function caseworkRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    await app.register(casesRoutes(deps));
    await app.register(assignableUsersRoutes(deps));
    await app.register(assessmentsRoutes(deps));
    await app.register(conversationsRoutes(deps));
    await app.register(familyMeetingsRoutes(deps));
    await app.register(plansRoutes(deps));
    await app.register(measuresRoutes(deps));
    await app.register(measureApprovalsRoutes(deps));
    await app.register(caseDecisionsRoutes(deps));
    await app.register(ladderRoutes(deps));
    await app.register(followUpsRoutes(deps));
    await app.register(deadlinesRoutes(deps));
    await app.register(networkRoutes(deps));
    await app.register(journalRoutes(deps));
    await app.register(chronologyRoutes(deps));
    await app.register(settingsRoutes(deps));
    await app.register(mineRoutes(deps));
    await app.register(supervisionRoutes(deps));
  };
}
