import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorBody, errorResponses, IdParams } from '../../core/api/common.ts';
import {
  ConsultationCreateRequest,
  ConsultationReplyRequest,
  ConsultationView,
} from '../../core/api/documents.ts';
import type { AppDeps } from '../deps.ts';
import { asActor, asActorCreating, requires } from '../route-guard.ts';
import { listConsultations, recordConsultationAnswer, sendConsultation } from './consultations.ts';

const tags = ['documents'];

export function consultationsRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/cases/:id/consultations',
      {
        preValidation: requires(deps, 'cases:write', {
          action: 'create',
          entityType: 'consultation',
          id: 'case',
        }),
        schema: {
          tags,
          summary: 'Send en partshøring med svarfrist',
          description:
            'Svarfristen regnes fra den dag i København, partshøringen sendes, efter kommunens regel ' +
            '(standard 14 dage; en frist på en lørdag, søndag eller helligdag flyttes til næste hverdag).',
          params: IdParams,
          body: ConsultationCreateRequest,
          response: {
            201: ConsultationView,
            200: ConsultationView,
            ...errorResponses,
            409: ErrorBody,
            422: ErrorBody,
          },
        },
      },
      async (request, reply) =>
        asActorCreating(deps, request, reply, (h) => sendConsultation(h, request.params.id, request.body)),
    );

    app.post(
      '/api/consultations/:id/reply',
      {
        preValidation: requires(deps, 'cases:write', {
          action: 'update',
          entityType: 'consultation',
          id: 'entity',
        }),
        schema: {
          tags,
          summary: 'Registrér en parts svar eller afkald',
          description: 'Én gang pr. part; det samme svar igen giver 200, et andet 409.',
          params: IdParams,
          body: ConsultationReplyRequest,
          response: {
            201: ConsultationView,
            200: ConsultationView,
            ...errorResponses,
            409: ErrorBody,
            422: ErrorBody,
          },
        },
      },
      async (request, reply) =>
        asActorCreating(deps, request, reply, (h) =>
          recordConsultationAnswer(h, request.params.id, request.body),
        ),
    );

    app.get(
      '/api/cases/:id/consultations',
      {
        preValidation: requires(deps, 'cases:read', {
          action: 'read',
          entityType: 'consultation',
          id: 'case',
        }),
        schema: {
          tags,
          summary: 'Sagens partshøringer med svar og frister',
          params: IdParams,
          response: { 200: z.array(ConsultationView), ...errorResponses },
        },
      },
      async (request) => asActor(deps, request, (h) => listConsultations(h, request.params.id)),
    );
  };
}
