import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { FamilyMeetingRequest, FamilyMeetingView } from '../../core/api/casework-assessment.ts';
import { ErrorBody, errorResponses, IdParams } from '../../core/api/common.ts';
import type { AppDeps } from '../deps.ts';
import { asActor, asActorCreating, requires } from '../route-guard.ts';
import { listFamilyMeetings, recordFamilyMeeting } from './family-meetings.ts';

const tags = ['casework'];

export function familyMeetingsRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/cases/:id/family-meetings',
      {
        preValidation: requires(deps, 'cases:network_write', {
          action: 'create',
          entityType: 'family_meeting',
          id: 'case',
        }),
        schema: {
          tags,
          summary:
            'Registrér et familiemøde: formål, deltagere og aftaler (rådgiver eller plejefamiliekonsulent)',
          description: 'Samme idempotencyKey igen giver det samme familiemøde (200).',
          params: IdParams,
          body: FamilyMeetingRequest,
          response: {
            201: FamilyMeetingView,
            200: FamilyMeetingView,
            ...errorResponses,
            409: ErrorBody,
            422: ErrorBody,
          },
        },
      },
      async (request, reply) =>
        asActorCreating(deps, request, reply, (h) => recordFamilyMeeting(h, request.params.id, request.body)),
    );

    app.get(
      '/api/cases/:id/family-meetings',
      {
        preValidation: requires(deps, 'cases:read', {
          action: 'read',
          entityType: 'family_meeting',
          id: 'case',
        }),
        schema: {
          tags,
          summary: 'Sagens familiemøder, nyeste først',
          params: IdParams,
          response: { 200: z.array(FamilyMeetingView), ...errorResponses },
        },
      },
      async (request) => asActor(deps, request, (h) => listFamilyMeetings(h, request.params.id)),
    );
  };
}
