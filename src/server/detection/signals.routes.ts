import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ErrorBody, errorResponses, IdParams } from '../../core/api/common.ts';
import {
  SignalActionRequest,
  SignalResponse,
  SignalsQuery,
  SignalsResponse,
} from '../../core/api/detection-queue.ts';
import type { AppDeps } from '../deps.ts';
import { asActor, asActorCreating, requires } from '../route-guard.ts';
import { actOnSignal, getSignal, listQueue } from './signals.ts';

const tags = ['detection'];

export function signalsRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/signals',
      {
        preValidation: requires(deps, 'signals:read', { action: 'read', entityType: 'signal' }),
        schema: {
          tags,
          summary: 'Køen af signaler i egne distrikter (forebyggende socialrådgiver; leder læser)',
          description: 'status: open (standard), closed eller all. district: ét af egne distrikter.',
          querystring: SignalsQuery,
          response: { 200: SignalsResponse, ...errorResponses },
        },
      },
      async (request) => asActor(deps, request, (h) => listQueue(h, request.query)),
    );

    app.get(
      '/api/signals/:id',
      {
        preValidation: requires(deps, 'signals:read', { action: 'read', entityType: 'signal', id: 'entity' }),
        schema: {
          tags,
          summary: 'Ét signal med det, der ligger bag, og de daterede skridt',
          params: IdParams,
          response: { 200: SignalResponse, ...errorResponses },
        },
      },
      async (request) => ({
        signal: await asActor(deps, request, (h) => getSignal(h, request.params.id)),
      }),
    );

    app.post(
      '/api/signals/:id/actions',
      {
        preValidation: requires(deps, 'signals:act', { action: 'act', entityType: 'signal', id: 'entity' }),
        schema: {
          tags,
          summary:
            'Et dateret skridt: set, kontakt (dato) eller afslutning (almenområdet, tidlig indsats, underretning)',
          description:
            'Det samme skridt igen ændrer intet (200); et andet udfald på et afsluttet signal giver 409.',
          params: IdParams,
          body: SignalActionRequest,
          response: {
            201: SignalResponse,
            200: SignalResponse,
            ...errorResponses,
            409: ErrorBody,
            422: ErrorBody,
          },
        },
      },
      async (request, reply) =>
        asActorCreating(deps, request, reply, (h) => actOnSignal(h, request.params.id, request.body)),
    );
  };
}
