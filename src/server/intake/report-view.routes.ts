import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses, IdParams } from '../../core/api/common.ts';
import { ReportView } from '../../core/api/intake.ts';
import type { AppDeps } from '../deps.ts';
import { asActor, requires } from '../route-guard.ts';
import { readReport } from './report-view.ts';

const tags = ['intake'];

/** A report's content is for those who read reports, and for those who screen them (on call too). */
export const READ_REPORTS = ['reports:read', 'reports:screen'] as const;

export function reportViewRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/reports/:id',
      {
        preValidation: requires(deps, READ_REPORTS, { action: 'read', entityType: 'report', id: 'entity' }),
        schema: {
          tags,
          summary:
            'Én underretning med barnets historik (tidligere underretninger, bekymringer, signaler, åben sag)',
          params: IdParams,
          response: { 200: ReportView, ...errorResponses },
        },
      },
      async (request) => asActor(deps, request, (h) => readReport(h, request.params.id)),
    );
  };
}
