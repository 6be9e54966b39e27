import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { SupervisionGateResponse } from '../../core/api/casework-gate.ts';
import { SupervisionCasesResponse } from '../../core/api/casework-overview.ts';
import { errorResponses } from '../../core/api/common.ts';
import type { AppDeps } from '../deps.ts';
import { asActor, requires } from '../route-guard.ts';
import { caseSupervision } from './supervision.ts';
import { gateSupervision } from './supervision-gate.ts';

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

    app.get(
      '/api/supervision/gate',
      {
        preValidation: requires(deps, 'cases:supervise', { action: 'read', entityType: 'case_supervision' }),
        schema: {
          tags,
          summary:
            'Ledelsestilsyn med mødeforaene: akutanbringelser uden udvalgets afgørelse, lange institutionsophold, indsatser der afventer bevilling',
          response: { 200: SupervisionGateResponse, ...errorResponses },
        },
      },
      async (request) => asActor(deps, request, (h) => gateSupervision(h)),
    );
  };
}
