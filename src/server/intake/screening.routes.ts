import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ErrorBody, errorResponses, IdParams } from '../../core/api/common.ts';
import {
  ReceiptRequest,
  ReceiptResponse,
  ScreeningRequest,
  ScreeningResponse,
} from '../../core/api/intake.ts';
import type { AppDeps } from '../deps.ts';
import { asActor, requires } from '../route-guard.ts';
import { screenReport, sendReceipt } from './screening.ts';

const tags = ['intake'];

export function screeningRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/reports/:id/screening',
      {
        preValidation: requires(deps, 'reports:screen', {
          action: 'screen',
          entityType: 'report',
          id: 'entity',
        }),
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
          .send(await asActor(deps, request, (h) => screenReport(h, request.params.id, request.body))),
    );

    app.post(
      '/api/reports/:id/receipt',
      {
        preValidation: requires(deps, 'receipts:send', {
          action: 'receipt',
          entityType: 'report',
          id: 'entity',
        }),
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
          .send(await asActor(deps, request, (h) => sendReceipt(h, request.params.id, request.body.channel))),
    );
  };
}
