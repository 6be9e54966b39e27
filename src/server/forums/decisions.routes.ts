import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ErrorBody, errorResponses, IdParams } from '../../core/api/common.ts';
import { DecisionCreateRequest, DecisionView } from '../../core/api/forums-agenda.ts';
import type { AppDeps } from '../deps.ts';
import { asActorCreating, requires } from '../route-guard.ts';
import { recordDecision } from './decisions.ts';

const tags = ['forums'];

export function decisionsRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/forum-meetings/:id/decisions',
      {
        preValidation: requires(deps, 'forums:chair', {
          action: 'decide',
          entityType: 'forum_meeting',
          id: 'entity',
        }),
        schema: {
          tags,
          summary: 'Formandens afgørelse på et punkt på mødets dagsorden; skrives i sagens journal',
          description:
            'Punktet (regel og sourceId, eller itemRef fra den pseudonymiserede dagsorden) skal stå på ' +
            'dagsordenen (422). Godkendt: trin ≥ det indstillede; alternativ: et lavere trin; udsat: hvad ' +
            'der mangler; skoletilbud på punkter om skoletilbud. Ét udfald pr. punkt og møde (409); et ' +
            'afsluttet møde er låst (409). Samme idempotencyKey igen: den første afgørelse (200).',
          params: IdParams,
          body: DecisionCreateRequest,
          response: {
            201: DecisionView,
            200: DecisionView,
            ...errorResponses,
            409: ErrorBody,
            422: ErrorBody,
          },
        },
      },
      async (request, reply) =>
        asActorCreating(deps, request, reply, (h) => recordDecision(h, request.params.id, request.body)),
    );
  };
}
