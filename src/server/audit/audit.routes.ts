import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AuditQuery, AuditResponse } from '../../core/api/audit.ts';
import { errorResponses } from '../../core/api/common.ts';
import type { AppDeps } from '../deps.ts';
import { asActor, requires } from '../route-guard.ts';
import { searchAudit } from './audit.ts';

export function auditRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/audit',
      {
        preValidation: requires(deps, 'audit:read', { action: 'search', entityType: 'audit_log' }),
        schema: {
          tags: ['audit'],
          querystring: AuditQuery,
          response: { 200: AuditResponse, ...errorResponses },
        },
      },
      async (request) => ({
        rows: await asActor(deps, request, (h) => searchAudit(h, request.query)),
      }),
    );
  };
}
