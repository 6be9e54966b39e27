import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ErrorBody, errorResponses, IdParams } from '../../core/api/common.ts';
import {
  ForumCreateRequest,
  ForumListResponse,
  ForumView,
  MemberAddRequest,
  MemberView,
} from '../../core/api/forums.ts';
import type { AppDeps } from '../deps.ts';
import { asActor, asActorCreating, requires } from '../route-guard.ts';
import { addMember, createForum, listForums } from './setup.ts';

const tags = ['forums'];

export function setupRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/forums',
      {
        preValidation: requires(deps, ['forums:member', 'forums:manage'], {
          action: 'read',
          entityType: 'forum',
        }),
        schema: {
          tags,
          summary: 'Kommunens mødefora med medlemmer og mødeplan (ingen oplysninger om børn)',
          response: { 200: ForumListResponse, ...errorResponses },
        },
      },
      async (request) => asActor(deps, request, (h) => listForums(h)),
    );

    app.post(
      '/api/forums',
      {
        preValidation: requires(deps, 'forums:manage', { action: 'create', entityType: 'forum' }),
        schema: {
          tags,
          summary:
            'Opret et mødeforum (administrator; en leder Det Kreative Råd i egne distrikter). Samme nøgle igen: det samme forum, 200',
          body: ForumCreateRequest,
          response: { 201: ForumView, 200: ForumView, ...errorResponses, 409: ErrorBody },
        },
      },
      async (request, reply) => asActorCreating(deps, request, reply, (h) => createForum(h, request.body)),
    );

    app.post(
      '/api/forums/:id/members',
      {
        preValidation: requires(deps, 'forums:manage', {
          action: 'add_member',
          entityType: 'forum',
          id: 'entity',
        }),
        schema: {
          tags,
          summary:
            'Tilføj et medlem: en bruger (evt. formand, en leder) eller en ekstern deltager med navn og rolle',
          params: IdParams,
          body: MemberAddRequest,
          response: { 201: MemberView, 200: MemberView, ...errorResponses, 409: ErrorBody, 422: ErrorBody },
        },
      },
      async (request, reply) =>
        asActorCreating(deps, request, reply, (h) => addMember(h, request.params.id, request.body)),
    );
  };
}
