import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { FollowUpCreateRequest, FollowUpView } from '../../core/api/casework-measures.ts';
import { ConflictBody, ErrorBody, errorResponses, IdParams } from '../../core/api/common.ts';
import type { AppDeps } from '../deps.ts';
import { asActor, asActorCreating, requires } from '../route-guard.ts';
import { createFollowUp, listFollowUps } from './follow-ups.ts';

const tags = ['casework'];

export function followUpsRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/cases/:id/follow-ups',
      {
        preValidation: requires(deps, 'cases:network_write', {
          action: 'create',
          entityType: 'follow_up',
          id: 'case',
        }),
        schema: {
          tags,
          summary: 'Registrér en opfølgning, et tilsynsbesøg eller afgørelsen om efterværn',
          description:
            'Opfølgninger (first/regular) angiver indsats og beslutning; progressionsvurderinger pr. mål ' +
            '0–10. Beslutningen stop afslutter indsatsen samme dag. Samme idempotencyKey igen giver den ' +
            'samme opfølgning (200).',
          params: IdParams,
          body: FollowUpCreateRequest,
          response: {
            201: FollowUpView,
            200: FollowUpView,
            ...errorResponses,
            409: ConflictBody,
            422: ErrorBody,
          },
        },
      },
      async (request, reply) =>
        asActorCreating(deps, request, reply, (h) => createFollowUp(h, request.params.id, request.body)),
    );

    app.get(
      '/api/cases/:id/follow-ups',
      {
        preValidation: requires(deps, 'cases:read', { action: 'read', entityType: 'follow_up', id: 'case' }),
        schema: {
          tags,
          summary: 'Sagens opfølgninger med vurderinger og progression siden den forrige',
          params: IdParams,
          response: { 200: z.array(FollowUpView), ...errorResponses },
        },
      },
      async (request) => asActor(deps, request, (h) => listFollowUps(h, request.params.id)),
    );
  };
}
