import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses } from '../../core/api/common.ts';
import { QueueResponse } from '../../core/api/intake.ts';
import type { AppDeps } from '../deps.ts';
import { asActor, requires } from '../route-guard.ts';
import { intakeQueue } from './queue.ts';

const tags = ['intake'];

export function queueRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/intake/queue',
      {
        preValidation: requires(deps, 'reports:read', { action: 'read', entityType: 'intake_queue' }),
        schema: {
          tags,
          summary:
            'Modtagelsens kø: uscreenede underretninger (akutte først, mindst tid tilbage) og skyldige kvitteringer',
          response: { 200: QueueResponse, ...errorResponses },
        },
      },
      async (request) => asActor(deps, request, (h) => intakeQueue(h)),
    );
  };
}
