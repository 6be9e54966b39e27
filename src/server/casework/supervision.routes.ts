import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { SupervisionCasesResponse } from '../../core/api/casework-overview.ts';
import { errorResponses } from '../../core/api/common.ts';
import type { AppDeps } from '../deps.ts';
import { asActor, requires } from '../route-guard.ts';
import { caseSupervision } from './supervision.ts';

const tags = ['casework'];

export function supervisionRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/supervision/cases',
      {
        preValidation: requires(deps, 'cases:supervise', { action: 'read', entityType: 'case_supervision' }),
        schema: {
          tags,
          summary:
            'Ledelsestilsyn med sagerne: pr. medarbejder sagstal, overskredne frister og stille sager; sager uden sagsbehandler',
          response: { 200: SupervisionCasesResponse, ...errorResponses },
        },
      },
      async (request) => asActor(deps, request, (h) => caseSupervision(h)),
    );
  };
}
