import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ErrorBody, errorResponses, IdParams } from '../../core/api/common.ts';
import {
  GroupWellbeingResponse,
  MyGroupsResponse,
  WellbeingBatchRequest,
  WellbeingBatchResponse,
} from '../../core/api/detection.ts';
import type { AppDeps } from '../deps.ts';
import { asActor, asActorCreating, requires } from '../route-guard.ts';
import { groupWellbeing, myGroups, saveWellbeing } from './wellbeing.ts';

const tags = ['detection'];

export function wellbeingRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/groups/mine',
      {
        preValidation: requires(deps, 'wellbeing:rate', { action: 'read', entityType: 'own_groups' }),
        schema: {
          tags,
          summary: 'Fagpersonens egne grupper og klasser',
          response: { 200: MyGroupsResponse, ...errorResponses },
        },
      },
      async (request) => asActor(deps, request, (h) => myGroups(h)),
    );

    app.get(
      '/api/groups/:id/wellbeing',
      {
        preValidation: requires(deps, 'wellbeing:rate', {
          action: 'read',
          entityType: 'wellbeing_rating',
          id: 'entity',
        }),
        schema: {
          tags,
          summary: 'Gruppens børn med deres forrige trivselsvurdering',
          params: IdParams,
          response: { 200: GroupWellbeingResponse, ...errorResponses },
        },
      },
      async (request) => asActor(deps, request, (h) => groupWellbeing(h, request.params.id)),
    );

    app.post(
      '/api/groups/:id/wellbeing',
      {
        preValidation: requires(deps, 'wellbeing:rate', {
          action: 'rate',
          entityType: 'wellbeing_rating',
          id: 'entity',
        }),
        schema: {
          tags,
          summary: 'Gem en hel gruppes trivselsvurdering på én gang',
          description:
            'Alt eller intet: et barn uden for gruppen giver 422, og intet gemmes. Samme idempotencyKey igen ' +
            'giver den første runde (200, replayed: true); nøglen brugt til noget andet giver 409.',
          params: IdParams,
          body: WellbeingBatchRequest,
          response: {
            201: WellbeingBatchResponse,
            200: WellbeingBatchResponse,
            ...errorResponses,
            409: ErrorBody,
            422: ErrorBody,
          },
        },
      },
      async (request, reply) =>
        asActorCreating(deps, request, reply, (h) => saveWellbeing(h, request.params.id, request.body)),
    );
  };
}
