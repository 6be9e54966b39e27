import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ErrorBody, errorResponses, IdParams } from '../../core/api/common.ts';
import {
  ConcernCorrectionRequest,
  ConcernCreateRequest,
  ConcernEditRequest,
  ConcernReadResponse,
  ConcernResponse,
  ConcernWithGuideResponse,
  MyConcernsResponse,
} from '../../core/api/detection.ts';
import type { AppDeps } from '../deps.ts';
import { asActor, asActorCreating, requires } from '../route-guard.ts';
import { correctConcern, editConcern, getConcern, myConcerns, registerConcern } from './concerns.ts';

const tags = ['detection'];

export function concernsRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/concerns',
      {
        preValidation: requires(deps, 'concerns:create', { action: 'create', entityType: 'concern' }),
        schema: {
          tags,
          summary:
            'Registrér en bekymring om et barn i egne enheder (fagperson) eller eget distrikt (forebyggende)',
          description:
            'Svarer 201 med bekymringen og handleguiden. Med idempotencyKey giver et gentaget kald den første ' +
            'bekymring (200); samme nøgle til noget andet giver 409.',
          body: ConcernCreateRequest,
          response: {
            201: ConcernWithGuideResponse,
            200: ConcernWithGuideResponse,
            ...errorResponses,
            409: ErrorBody,
          },
        },
      },
      async (request, reply) =>
        asActorCreating(deps, request, reply, (h) => registerConcern(h, request.body)),
    );

    app.get(
      '/api/concerns/mine',
      {
        preValidation: requires(deps, 'concerns:create', { action: 'read', entityType: 'own_concerns' }),
        schema: {
          tags,
          summary: 'Egne indsendte bekymringer med status: modtaget, under behandling, afsluttet',
          response: { 200: MyConcernsResponse, ...errorResponses },
        },
      },
      async (request) => asActor(deps, request, (h) => myConcerns(h)),
    );

    app.get(
      '/api/concerns/:id',
      {
        schema: {
          tags,
          summary: 'Én bekymring (forfatteren, eller den der må læse barnets bekymringer)',
          params: IdParams,
          response: { 200: ConcernReadResponse, ...errorResponses },
        },
      },
      async (request) => asActor(deps, request, (h) => getConcern(h, request.params.id)),
    );

    app.patch(
      '/api/concerns/:id',
      {
        schema: {
          tags,
          summary: 'Ret en bekymring (forfatteren, indtil nogen har handlet på den; derefter 409)',
          params: IdParams,
          body: ConcernEditRequest,
          response: { 200: ConcernWithGuideResponse, ...errorResponses, 409: ErrorBody },
        },
      },
      async (request) => asActor(deps, request, (h) => editConcern(h, request.params.id, request.body)),
    );

    app.post(
      '/api/concerns/:id/corrections',
      {
        schema: {
          tags,
          summary: 'Tilføj en rettelse til en bekymring (forfatteren), evt. med nyt niveau',
          params: IdParams,
          body: ConcernCorrectionRequest,
          response: { 201: ConcernResponse, ...errorResponses },
        },
      },
      async (request, reply) => {
        const view = await asActor(deps, request, (h) => correctConcern(h, request.params.id, request.body));
        return reply.status(201).send(view);
      },
    );
  };
}
