import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { LadderView } from '../../core/api/casework-measures.ts';
import { errorResponses, IdParams } from '../../core/api/common.ts';
import type { AppDeps } from '../deps.ts';
import { asActor, requires } from '../route-guard.ts';
import { readChildLadder } from './ladder.ts';

const tags = ['casework'];

export function ladderRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/children/:id/ladder',
      {
        preValidation: requires(deps, 'cases:read', { action: 'read', entityType: 'ladder', id: 'child' }),
        schema: {
          tags,
          summary: 'Barnets trin nu, det højeste nogensinde og hver flytning op og ned',
          params: IdParams,
          response: { 200: LadderView, ...errorResponses },
        },
      },
      async (request) => asActor(deps, request, (h) => readChildLadder(h, request.params.id)),
    );
  };
}
