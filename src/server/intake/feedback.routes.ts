import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ErrorBody, errorResponses, IdParams } from '../../core/api/common.ts';
import { FeedbackRequest, FeedbackResponse } from '../../core/api/intake.ts';
import type { AppDeps } from '../deps.ts';
import { asActor, requires } from '../route-guard.ts';
import { sendFeedback } from './feedback.ts';

const tags = ['intake'];

export function feedbackRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/reports/:id/feedback',
      {
        preValidation: requires(deps, 'receipts:send', {
          action: 'feedback',
          entityType: 'report',
          id: 'entity',
        }),
        schema: {
          tags,
          summary:
            'Tilbagemelding til en fagperson: er der iværksat undersøgelse eller foranstaltning (BL § 137)',
          params: IdParams,
          body: FeedbackRequest,
          response: { 201: FeedbackResponse, ...errorResponses, 409: ErrorBody, 422: ErrorBody },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await asActor(deps, request, (h) => sendFeedback(h, request.params.id))),
    );
  };
}
