import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorBody, errorResponses, IdParams } from '../../core/api/common.ts';
import { DecisionCreateRequest, DecisionSignRequest, DecisionView } from '../../core/api/documents.ts';
import type { AppDeps } from '../deps.ts';
import { asActor, asActorCreating, requires } from '../route-guard.ts';
import { listDecisions, recordDecision, signCaseDecision } from './decisions.ts';

const tags = ['documents'];

export function decisionsRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/cases/:id/decisions',
      {
        preValidation: requires(deps, 'cases:write', {
          action: 'create',
          entityType: 'case_decision',
          id: 'case',
        }),
        schema: {
          tags,
          summary: 'Registrér en afgørelse med lovgrundlag, begrundelse og klagevejledning',
          description:
            'Klagevejledningen er afgørelsestypens, som den er på dagen. En afgørelse, der hviler på en ' +
            'partshøring, afvises før svarfristen, medmindre alle parter har svaret eller givet afkald (422). ' +
            'Samme idempotencyKey igen giver den samme afgørelse (200).',
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

    app.get(
      '/api/cases/:id/decisions',
      {
        preValidation: requires(deps, 'cases:read', {
          action: 'read',
          entityType: 'case_decision',
          id: 'case',
        }),
        schema: {
          tags,
          summary: 'Sagens afgørelser, nyeste først',
          params: IdParams,
          response: { 200: z.array(DecisionView), ...errorResponses },
        },
      },
      async (request) => asActor(deps, request, (h) => listDecisions(h, request.params.id)),
    );

    app.post(
      '/api/decisions/:id/sign',
      {
        preValidation: requires(deps, 'decisions:sign', {
          action: 'sign',
          entityType: 'case_decision',
          id: 'entity',
        }),
        schema: {
          tags,
          summary: 'Anden underskrift på en afgørelse (leder i sagens distrikt)',
          params: IdParams,
          body: DecisionSignRequest,
          response: { 200: DecisionView, ...errorResponses, 409: ErrorBody, 422: ErrorBody },
        },
      },
      async (request) => asActor(deps, request, (h) => signCaseDecision(h, request.params.id)),
    );
  };
}
