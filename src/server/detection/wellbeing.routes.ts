import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ErrorBody, errorResponses, IdParams } from '../../core/api/common.ts';
import {
  GroupWellbeingResponse,
  MyGroupsResponse,
  WellbeingBatchRequest,
  WellbeingBatchResponse,
} from '../../core/api/detection.ts';
import { withActor } from '../actor-db.ts';
import { requireActor } from '../context.ts';
import type { AppDeps } from '../deps.ts';
import { groupWellbeing, myGroups, saveWellbeing } from './wellbeing.ts';

const tags = ['detection'];

export function wellbeingRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/groups/mine',
      {
        schema: {
          tags,
          summary: 'Fagpersonens egne grupper og klasser',
          response: { 200: MyGroupsResponse, ...errorResponses },
        },
      },
      async (request) => withActor(deps.db, requireActor(request), (h) => myGroups(h)),
    );

    app.get(
      '/api/groups/:id/wellbeing',
      {
        schema: {
          tags,
          summary: 'Gruppens børn med deres forrige trivselsvurdering',
          params: IdParams,
          response: { 200: GroupWellbeingResponse, ...errorResponses },
        },
      },
      async (request) =>
        withActor(deps.db, requireActor(request), (h) => groupWellbeing(h, request.params.id)),
    );

    app.post(
      '/api/groups/:id/wellbeing',
      {
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
      async (request, reply) => {
        const result = await withActor(deps.db, requireActor(request), (h) =>
          saveWellbeing(h, request.params.id, request.body),
        );
        return reply.status(result.created ? 201 : 200).send(result.body);
      },
    );
  };
}
