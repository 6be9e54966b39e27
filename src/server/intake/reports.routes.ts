import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ErrorBody, errorResponses } from '../../core/api/common.ts';
import { MyReportsResponse, ReportCreatedResponse, ReportCreateRequest } from '../../core/api/intake.ts';
import type { AppDeps } from '../deps.ts';
import { asActor, asActorCreating, requires } from '../route-guard.ts';
import { myReports, registerReport } from './reports.ts';

const tags = ['intake'];

export function reportsRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/reports',
      {
        preValidation: requires(deps, ['reports:create', 'reports:register'], {
          action: 'create',
          entityType: 'report',
        }),
        schema: {
          tags,
          summary:
            'Registrér en underretning (fagperson om barn i egne enheder; Modtagelsen om ethvert barn)',
          description:
            'Svarer 201 med fristerne (ISO 8601 med tidszone). Samme idempotencyKey igen giver den samme ' +
            'underretning (200); nøglen brugt til noget andet giver 409. Kun Modtagelsen må angive receivedAt.',
          body: ReportCreateRequest,
          response: {
            201: ReportCreatedResponse,
            200: ReportCreatedResponse,
            ...errorResponses,
            409: ErrorBody,
          },
        },
      },
      async (request, reply) => asActorCreating(deps, request, reply, (h) => registerReport(h, request.body)),
    );

    app.get(
      '/api/reports/mine',
      {
        schema: {
          tags,
          summary: 'Egne underretninger: status, kvittering (aldrig indhold)',
          response: { 200: MyReportsResponse, ...errorResponses },
        },
      },
      async (request) => asActor(deps, request, (h) => myReports(h)),
    );
  };
}
