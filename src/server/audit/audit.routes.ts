import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AuditQuery, AuditResponse } from '../../core/api/audit.ts';
import { errorResponses } from '../../core/api/common.ts';
import { withActor } from '../actor-db.ts';
import { requireActor } from '../context.ts';
import type { AppDeps } from '../deps.ts';
import { searchAudit } from './audit.ts';

export function auditRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/audit',
      {
        schema: {
          tags: ['audit'],
          querystring: AuditQuery,
          response: { 200: AuditResponse, ...errorResponses },
        },
      },
      async (request) => ({
        rows: await withActor(deps.db, requireActor(request), (h) => searchAudit(h, request.query)),
      }),
    );
  };
}
