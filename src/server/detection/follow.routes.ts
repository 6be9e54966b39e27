import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses, IdParams } from '../../core/api/common.ts';
import { FollowRequest, FollowResponse } from '../../core/api/detection-queue.ts';
import type { AppDeps } from '../deps.ts';
import { asActor, asActorCreating, requires } from '../route-guard.ts';
import { startFollowing, stopFollowing } from './follow.ts';

const tags = ['detection'];

export function followRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/children/:id/preventive-follow',
      {
        preValidation: requires(deps, 'preventive_follow:manage', {
          action: 'create',
          entityType: 'preventive_follow',
          id: 'child',
        }),
        schema: {
          tags,
          summary: 'Følg barnet som kendt i det forebyggende arbejde, uden sag',
          params: IdParams,
          body: FollowRequest,
          response: { 201: FollowResponse, 200: FollowResponse, ...errorResponses },
        },
      },
      async (request, reply) =>
        asActorCreating(deps, request, reply, (h) =>
          startFollowing(h, request.params.id, request.body ?? {}),
        ),
    );

    app.delete(
      '/api/children/:id/preventive-follow',
      {
        preValidation: requires(deps, 'preventive_follow:manage', {
          action: 'delete',
          entityType: 'preventive_follow',
          id: 'child',
        }),
        schema: {
          tags,
          summary: 'Stop med at følge barnet',
          params: IdParams,
          response: { 204: z.null().describe('Intet indhold'), ...errorResponses },
        },
      },
      async (request, reply) => {
        await asActor(deps, request, (h) => stopFollowing(h, request.params.id));
        return reply.status(204).send(null);
      },
    );
  };
}
