import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses, IdParams } from '../../core/api/common.ts';
import {
  TransitionCreateRequest,
  TransitionResponse,
  TransitionsResponse,
} from '../../core/api/detection-queue.ts';
import type { AppDeps } from '../deps.ts';
import { asActor, requires } from '../route-guard.ts';
import { childTransitions, recordTransition } from './transitions.ts';

const tags = ['detection'];

export function transitionsRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/transition-conversations',
      {
        preValidation: requires(deps, 'transitions:create', {
          action: 'create',
          entityType: 'transition_conversation',
        }),
        schema: {
          tags,
          summary:
            'Registrér en overgangssamtale: hjem → dagtilbud, dagtilbud → skole, skole → ungdomsuddannelse',
          body: TransitionCreateRequest,
          response: { 201: TransitionResponse, ...errorResponses },
        },
      },
      async (request, reply) => {
        const conversation = await asActor(deps, request, (h) => recordTransition(h, request.body));
        return reply.status(201).send({ conversation });
      },
    );

    app.get(
      '/api/children/:id/transition-conversations',
      {
        preValidation: requires(deps, 'transitions:read', {
          action: 'read',
          entityType: 'transition_conversation',
          id: 'child',
        }),
        schema: {
          tags,
          summary: 'Barnets overgangssamtaler (logges)',
          params: IdParams,
          response: { 200: TransitionsResponse, ...errorResponses },
        },
      },
      async (request) => asActor(deps, request, (h) => childTransitions(h, request.params.id)),
    );
  };
}
