import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { CaseloadView, MyCasesResponse } from '../../core/api/casework-overview.ts';
import { errorResponses } from '../../core/api/common.ts';
import type { AppDeps } from '../deps.ts';
import { asActor, requires } from '../route-guard.ts';
import { myCaseload, myCases } from './mine.ts';

const tags = ['casework'];

export function mineRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    // ---- "Mit overblik" and the leader's supervision ---------------------------------------------
    app.get(
      '/api/cases/mine',
      {
        preValidation: requires(deps, 'cases:own_overview', { action: 'read', entityType: 'case_overview' }),
        schema: {
          tags,
          summary: 'Mit overblik: egne åbne sager med næste frist, overskredne først, og stille sager',
          description:
            'Sager, hvor man er sagsbehandler, familieplejekonsulent eller kontaktperson. quietSince er datoen ' +
            'for seneste kontakt (eller oprettelse), når den er ældre end grænsen for stille sager.',
          response: { 200: MyCasesResponse, ...errorResponses },
        },
      },
      async (request) => asActor(deps, request, (h) => myCases(h)),
    );

    app.get(
      '/api/cases/mine/caseload',
      {
        preValidation: requires(deps, 'cases:own_overview', { action: 'read', entityType: 'caseload' }),
        schema: {
          tags,
          summary: 'Eget sagstal mod målet (som udgangspunkt 20)',
          response: { 200: CaseloadView, ...errorResponses },
        },
      },
      async (request) => asActor(deps, request, (h) => myCaseload(h)),
    );
  };
}
