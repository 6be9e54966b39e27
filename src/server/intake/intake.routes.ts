import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ErrorBody, errorResponses, IdParams } from '../../core/api/common.ts';
import {
  MyReportsResponse,
  QueueResponse,
  ReceiptRequest,
  ReceiptResponse,
  ReportCreatedResponse,
  ReportCreateRequest,
  ReportView,
  ScreeningRequest,
  ScreeningResponse,
  SupervisionResponse,
} from '../../core/api/intake.ts';
import { withActor } from '../actor-db.ts';
import { requireActor } from '../context.ts';
import type { AppDeps } from '../deps.ts';
import { meetingsRoutes } from './meetings.routes.ts';
import { intakeQueue } from './queue.ts';
import { readReport } from './report-view.ts';
import { myReports, registerReport } from './reports.ts';
import { screenReport, sendReceipt } from './screening.ts';
import { intakeSupervision } from './supervision.ts';

const tags = ['intake'];

/** Every intake route (docs/intake.md), registered as one plugin by app.ts. Thin: parse → use case. */
export function intakeRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    await app.register(meetingsRoutes(deps));
    app.post(
      '/api/reports',
      {
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
      async (request, reply) => {
        const result = await withActor(deps.db, requireActor(request), (h) =>
          registerReport(h, request.body),
        );
        return reply.status(result.created ? 201 : 200).send(result.body);
      },
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
      async (request) => withActor(deps.db, requireActor(request), (h) => myReports(h)),
    );

    app.get(
      '/api/reports/:id',
      {
        schema: {
          tags,
          summary:
            'Én underretning med barnets historik (tidligere underretninger, bekymringer, signaler, åben sag)',
          params: IdParams,
          response: { 200: ReportView, ...errorResponses },
        },
      },
      async (request) => withActor(deps.db, requireActor(request), (h) => readReport(h, request.params.id)),
    );

    app.get(
      '/api/intake/queue',
      {
        schema: {
          tags,
          summary:
            'Modtagelsens kø: uscreenede underretninger (akutte først, mindst tid tilbage) og skyldige kvitteringer',
          response: { 200: QueueResponse, ...errorResponses },
        },
      },
      async (request) => withActor(deps.db, requireActor(request), (h) => intakeQueue(h)),
    );

    app.post(
      '/api/reports/:id/screening',
      {
        schema: {
          tags,
          summary: 'Screen en underretning (inden for 24 timer)',
          params: IdParams,
          body: ScreeningRequest,
          response: { 201: ScreeningResponse, ...errorResponses, 409: ErrorBody },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(
            await withActor(deps.db, requireActor(request), (h) =>
              screenReport(h, request.params.id, request.body),
            ),
          ),
    );

    app.post(
      '/api/reports/:id/receipt',
      {
        schema: {
          tags,
          summary: 'Send kvittering til en fagperson, der har underrettet (inden for 6 hverdage)',
          params: IdParams,
          body: ReceiptRequest,
          response: { 201: ReceiptResponse, ...errorResponses, 409: ErrorBody, 422: ErrorBody },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(
            await withActor(deps.db, requireActor(request), (h) =>
              sendReceipt(h, request.params.id, request.body.channel),
            ),
          ),
    );

    app.get(
      '/api/supervision/intake',
      {
        schema: {
          tags,
          summary:
            'Ledelsestilsyn nu: screeninger og kvitteringer over fristen eller med frist inden for 24 timer',
          response: { 200: SupervisionResponse, ...errorResponses },
        },
      },
      async (request) => withActor(deps.db, requireActor(request), (h) => intakeSupervision(h)),
    );
  };
}
