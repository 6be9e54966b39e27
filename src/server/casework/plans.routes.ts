import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { PlanCreateRequest, PlanView } from '../../core/api/casework.ts';
import { ErrorBody, errorResponses, IdParams } from '../../core/api/common.ts';
import { withActor } from '../actor-db.ts';
import { requireActor } from '../context.ts';
import type { AppDeps } from '../deps.ts';
import { createPlan, listPlans } from './plans.ts';

const tags = ['casework'];

/** The child's plan and the youth plan (docs/casework.md "Plans"). */
export function plansRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/cases/:id/plans',
      {
        schema: {
          tags,
          summary:
            'Aftal en barnets plan (BL § 91) eller ungeplan (BL § 108, fra 15 år) med mål og deltagere',
          description:
            'Hvert mål har et ICS-område og kan knyttes til sagens indsatser. Hvem der var med til at aftale ' +
            'planen, skal angives.',
          params: IdParams,
          body: PlanCreateRequest,
          response: { 201: PlanView, ...errorResponses, 409: ErrorBody, 422: ErrorBody },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(
            await withActor(deps.db, requireActor(request), (h) =>
              createPlan(h, request.params.id, request.body),
            ),
          ),
    );

    app.get(
      '/api/cases/:id/plans',
      {
        schema: {
          tags,
          summary: 'Sagens planer med mål, nyeste først',
          params: IdParams,
          response: { 200: z.array(PlanView), ...errorResponses },
        },
      },
      async (request) => withActor(deps.db, requireActor(request), (h) => listPlans(h, request.params.id)),
    );
  };
}
