import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { EmergencyDecisionRequest, EmergencyDecisionView } from '../../core/api/casework-gate.ts';
import { ErrorBody, errorResponses, IdParams } from '../../core/api/common.ts';
import type { AppDeps } from '../deps.ts';
import { asActorCreating, requires } from '../route-guard.ts';
import { decideEmergency } from './emergency.ts';

const tags = ['forums'];

export function emergencyRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/cases/:id/emergency-decisions',
      {
        preValidation: requires(deps, 'forums:emergency', {
          action: 'create',
          entityType: 'emergency_decision',
          id: 'case',
        }),
        schema: {
          tags,
          summary:
            'Lederens akutafgørelse om anbringelse (skal i Anbringelses- og efterværnsudvalget i tide)',
          description:
            'En leder i sagens distrikt. reachForumBy = decidedOn + kommunens antal dage (som udgangspunkt 7). ' +
            'En anbringelse kan derefter startes med emergencyDecisionId. Samme idempotencyKey igen giver ' +
            'den samme afgørelse (200); en anden anmodning under nøglen 409.',
          params: IdParams,
          body: EmergencyDecisionRequest,
          response: {
            201: EmergencyDecisionView,
            200: EmergencyDecisionView,
            ...errorResponses,
            409: ErrorBody,
            422: ErrorBody,
          },
        },
      },
      async (request, reply) =>
        asActorCreating(deps, request, reply, (h) => decideEmergency(h, request.params.id, request.body)),
    );
  };
}
