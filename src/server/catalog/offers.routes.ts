import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  OfferCreateRequest,
  OfferResponse,
  OffersQuery,
  OffersResponse,
  OfferUpdateRequest,
} from '../../core/api/catalog.ts';
import { ErrorBody, errorResponses, IdParams } from '../../core/api/common.ts';
import type { AppDeps } from '../deps.ts';
import { asActor, requires } from '../route-guard.ts';
import { createOffer, getOffer, searchOffers, updateOffer } from './offers.ts';

export function offersRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/offers',
      {
        preValidation: requires(deps, 'catalog:read', { action: 'search', entityType: 'offer' }),
        schema: {
          tags: ['catalog'],
          summary: 'Søg i tilbudsviften (alle medarbejdere)',
          querystring: OffersQuery,
          response: { 200: OffersResponse, ...errorResponses },
        },
      },
      async (request) => ({
        offers: await asActor(deps, request, (h) => searchOffers(h, request.query)),
      }),
    );

    app.get(
      '/api/offers/:id',
      {
        preValidation: requires(deps, 'catalog:read', { action: 'read', entityType: 'offer', id: 'entity' }),
        schema: { tags: ['catalog'], params: IdParams, response: { 200: OfferResponse, ...errorResponses } },
      },
      async (request) => ({
        offer: await asActor(deps, request, (h) => getOffer(h, request.params.id)),
      }),
    );

    app.post(
      '/api/offers',
      {
        preValidation: requires(deps, 'catalog:edit', { action: 'create', entityType: 'offer' }),
        schema: {
          tags: ['catalog'],
          summary: 'Opret et tilbud (administrator)',
          body: OfferCreateRequest,
          response: { 201: OfferResponse, ...errorResponses, 409: ErrorBody },
        },
      },
      async (request, reply) => {
        const offer = await asActor(deps, request, (h) => createOffer(h, request.body));
        return reply.status(201).send({ offer });
      },
    );

    app.patch(
      '/api/offers/:id',
      {
        preValidation: requires(deps, 'catalog:edit', {
          action: 'update',
          entityType: 'offer',
          id: 'entity',
        }),
        schema: {
          tags: ['catalog'],
          summary: 'Ret et tilbud; status "retired" sætter det som udgået (administrator)',
          params: IdParams,
          body: OfferUpdateRequest,
          response: { 200: OfferResponse, ...errorResponses, 409: ErrorBody },
        },
      },
      async (request) => ({
        offer: await asActor(deps, request, (h) => updateOffer(h, request.params.id, request.body)),
      }),
    );
  };
}
