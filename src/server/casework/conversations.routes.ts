import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ChildConversationRequest, ChildConversationView } from '../../core/api/casework-assessment.ts';
import { ErrorBody, errorResponses, IdParams } from '../../core/api/common.ts';
import type { AppDeps } from '../deps.ts';
import { asActor, asActorCreating, requires } from '../route-guard.ts';
import { listChildConversations, recordChildConversation } from './conversations.ts';

const tags = ['casework'];

export function conversationsRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/cases/:id/child-conversations',
      {
        preValidation: requires(deps, 'cases:write', {
          action: 'create',
          entityType: 'child_conversation',
          id: 'case',
        }),
        schema: {
          tags,
          summary: 'Registrér en børnesamtale (BL § 5): dato, form og barnets egne ord',
          description: 'Samme idempotencyKey igen giver den samme børnesamtale (200).',
          params: IdParams,
          body: ChildConversationRequest,
          response: {
            201: ChildConversationView,
            200: ChildConversationView,
            ...errorResponses,
            409: ErrorBody,
            422: ErrorBody,
          },
        },
      },
      async (request, reply) =>
        asActorCreating(deps, request, reply, (h) =>
          recordChildConversation(h, request.params.id, request.body),
        ),
    );

    app.get(
      '/api/cases/:id/child-conversations',
      {
        preValidation: requires(deps, 'cases:read', {
          action: 'read',
          entityType: 'child_conversation',
          id: 'case',
        }),
        schema: {
          tags,
          summary: 'Sagens børnesamtaler, nyeste først',
          params: IdParams,
          response: { 200: z.array(ChildConversationView), ...errorResponses },
        },
      },
      async (request) => asActor(deps, request, (h) => listChildConversations(h, request.params.id)),
    );
  };
}
