import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses, IdParams } from '../../core/api/common.ts';
import { DetectionSettingsBody, DetectionSettingsResponse } from '../../core/api/detection.ts';
import {
  TransitionCreateRequest,
  TransitionResponse,
  TransitionsResponse,
} from '../../core/api/detection-queue.ts';
import { withActor } from '../actor-db.ts';
import { requireActor } from '../context.ts';
import type { AppDeps } from '../deps.ts';
import { changeDetectionSettings, getDetectionSettings } from './settings.ts';
import { childTransitions, recordTransition } from './transitions.ts';

const tags = ['detection'];

/** Transition conversations and the detection settings. */
export function transitionsRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/transition-conversations',
      {
        schema: {
          tags,
          summary:
            'Registrér en overgangssamtale: hjem → dagtilbud, dagtilbud → skole, skole → ungdomsuddannelse',
          body: TransitionCreateRequest,
          response: { 201: TransitionResponse, ...errorResponses },
        },
      },
      async (request, reply) => {
        const conversation = await withActor(deps.db, requireActor(request), (h) =>
          recordTransition(h, request.body),
        );
        return reply.status(201).send({ conversation });
      },
    );

    app.get(
      '/api/children/:id/transition-conversations',
      {
        schema: {
          tags,
          summary: 'Barnets overgangssamtaler (logges)',
          params: IdParams,
          response: { 200: TransitionsResponse, ...errorResponses },
        },
      },
      async (request) =>
        withActor(deps.db, requireActor(request), (h) => childTransitions(h, request.params.id)),
    );

    app.get(
      '/api/detection/settings',
      {
        schema: {
          tags,
          summary: 'Kommunens regler for opsporing: grænsen for underretningspligt og signalreglerne',
          response: { 200: DetectionSettingsResponse, ...errorResponses },
        },
      },
      async (request) => withActor(deps.db, requireActor(request), (h) => getDetectionSettings(h)),
    );

    app.put(
      '/api/detection/settings',
      {
        schema: {
          tags,
          summary: 'Ret reglerne for opsporing (administrator)',
          body: DetectionSettingsBody,
          response: { 200: DetectionSettingsResponse, ...errorResponses },
        },
      },
      async (request) =>
        withActor(deps.db, requireActor(request), (h) => changeDetectionSettings(h, request.body)),
    );
  };
}
