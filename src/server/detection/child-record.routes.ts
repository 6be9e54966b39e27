import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses, IdParams } from '../../core/api/common.ts';
import { ChildConcernsResponse } from '../../core/api/detection-queue.ts';
import type { AppDeps } from '../deps.ts';
import { asActor, requires } from '../route-guard.ts';
import { childRecord } from './child-record.ts';

const tags = ['detection'];

export function childRecordRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/children/:id/concerns',
      {
        preValidation: requires(deps, 'concerns:read', {
          action: 'read',
          entityType: 'concern',
          id: 'child',
        }),
        schema: {
          tags,
          summary: 'Barnets bekymringer, trivselsvurderinger og signaler (logges)',
          params: IdParams,
          response: { 200: ChildConcernsResponse, ...errorResponses },
        },
      },
      async (request) => asActor(deps, request, (h) => childRecord(h, request.params.id)),
    );
  };
}
