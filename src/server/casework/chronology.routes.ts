import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ChronologyResponse } from '../../core/api/casework-overview.ts';
import { errorResponses, IdParams } from '../../core/api/common.ts';
import type { AppDeps } from '../deps.ts';
import { asActor, requires } from '../route-guard.ts';
import { caseChronology } from './chronology.ts';

const tags = ['casework'];

export function chronologyRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/cases/:id/chronology',
      {
        preValidation: requires(deps, 'cases:read', {
          action: 'read',
          entityType: 'case_chronology',
          id: 'case',
        }),
        schema: {
          tags,
          summary:
            'Sagens kronologi: underretninger (dato og kilde), beslutninger, undersøgelser, planer, indsatser, trin og opfølgninger',
          params: IdParams,
          response: { 200: ChronologyResponse, ...errorResponses },
        },
      },
      async (request) => asActor(deps, request, (h) => caseChronology(h, request.params.id)),
    );
  };
}
