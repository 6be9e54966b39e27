import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorBody, errorResponses, IdParams } from '../../core/api/common.ts';
import {
  ChildConcernsResponse,
  FollowRequest,
  FollowResponse,
  SignalActionRequest,
  SignalResponse,
  SignalsQuery,
  SignalsResponse,
} from '../../core/api/detection-queue.ts';
import { withActor } from '../actor-db.ts';
import { requireActor } from '../context.ts';
import type { AppDeps } from '../deps.ts';
import { childRecord } from './child-record.ts';
import { startFollowing, stopFollowing } from './follow.ts';
import { actOnSignal, getSignal, listQueue } from './signals.ts';

const tags = ['detection'];

export function signalsRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/signals',
      {
        schema: {
          tags,
          summary: 'Køen af signaler i egne distrikter (forebyggende socialrådgiver; leder læser)',
          description: 'status: open (standard), closed eller all. district: ét af egne distrikter.',
          querystring: SignalsQuery,
          response: { 200: SignalsResponse, ...errorResponses },
        },
      },
      async (request) => withActor(deps.db, requireActor(request), (h) => listQueue(h, request.query)),
    );

    app.get(
      '/api/signals/:id',
      {
        schema: {
          tags,
          summary: 'Ét signal med det, der ligger bag, og de daterede skridt',
          params: IdParams,
          response: { 200: SignalResponse, ...errorResponses },
        },
      },
      async (request) => ({
        signal: await withActor(deps.db, requireActor(request), (h) => getSignal(h, request.params.id)),
      }),
    );

    app.post(
      '/api/signals/:id/actions',
      {
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
      async (request, reply) => {
        const result = await withActor(deps.db, requireActor(request), (h) =>
          actOnSignal(h, request.params.id, request.body),
        );
        return reply.status(result.created ? 201 : 200).send(result.body);
      },
    );

    app.get(
      '/api/children/:id/concerns',
      {
        schema: {
          tags,
          summary: 'Barnets bekymringer, trivselsvurderinger og signaler (logges)',
          params: IdParams,
          response: { 200: ChildConcernsResponse, ...errorResponses },
        },
      },
      async (request) => withActor(deps.db, requireActor(request), (h) => childRecord(h, request.params.id)),
    );

    app.post(
      '/api/children/:id/preventive-follow',
      {
        schema: {
          tags,
          summary: 'Følg barnet som kendt i det forebyggende arbejde, uden sag',
          params: IdParams,
          body: FollowRequest,
          response: { 201: FollowResponse, 200: FollowResponse, ...errorResponses },
        },
      },
      async (request, reply) => {
        const result = await withActor(deps.db, requireActor(request), (h) =>
          startFollowing(h, request.params.id, request.body ?? {}),
        );
        return reply.status(result.created ? 201 : 200).send(result.body);
      },
    );

    app.delete(
      '/api/children/:id/preventive-follow',
      {
        schema: {
          tags,
          summary: 'Stop med at følge barnet',
          params: IdParams,
          response: { 204: z.null().describe('Intet indhold'), ...errorResponses },
        },
      },
      async (request, reply) => {
        await withActor(deps.db, requireActor(request), (h) => stopFollowing(h, request.params.id));
        return reply.status(204).send(null);
      },
    );
  };
}
