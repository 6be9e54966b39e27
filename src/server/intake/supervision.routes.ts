import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses } from '../../core/api/common.ts';
import { SupervisionResponse } from '../../core/api/intake.ts';
import type { AppDeps } from '../deps.ts';
import { asActor, requires } from '../route-guard.ts';
import { intakeSupervision } from './supervision.ts';

const tags = ['intake'];

export function supervisionRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/supervision/intake',
      {
        preValidation: requires(deps, 'intake_supervision:read', {
          action: 'read',
          entityType: 'intake_supervision',
        }),
        schema: {
          tags,
          summary:
            'Ledelsestilsyn nu: screeninger og kvitteringer over fristen eller med frist inden for 24 timer',
          response: { 200: SupervisionResponse, ...errorResponses },
        },
      },
      async (request) => asActor(deps, request, (h) => intakeSupervision(h)),
    );
  };
}
