import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { CaseDeadlineView } from '../../core/api/casework.ts';
import { errorResponses, IdParams } from '../../core/api/common.ts';
import type { AppDeps } from '../deps.ts';
import { asActor, requires } from '../route-guard.ts';
import { caseDeadlinesView } from './deadlines.ts';

const tags = ['casework'];

export function deadlinesRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/cases/:id/deadlines',
      {
        preValidation: requires(deps, 'cases:read', {
          action: 'read',
          entityType: 'case_deadlines',
          id: 'case',
        }),
        schema: {
          tags,
          summary: 'Sagens frister efter reglerne i domain.md, også de overholdte',
          params: IdParams,
          response: { 200: z.array(CaseDeadlineView), ...errorResponses },
        },
      },
      async (request) => asActor(deps, request, (h) => caseDeadlinesView(h, request.params.id)),
    );
  };
}
