import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ErrorBody, errorResponses, IdParams } from '../../core/api/common.ts';
import { OnCallRequest, OnCallResponse } from '../../core/api/users.ts';
import { withActor } from '../actor-db.ts';
import { requireActor } from '../context.ts';
import type { AppDeps } from '../deps.ts';
import { setUserOnCall } from './users-on-call.ts';

/** `PUT /api/users/:id/on-call` (docs/intake.md, "On call"). Thin: parse → use case. */
export function usersOnCallRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.put(
      '/api/users/:id/on-call',
      {
        schema: {
          tags: ['access'],
          summary: 'Sæt eller fjern en medarbejders vagt (administrator og leder)',
          description:
            'En medarbejder med vagt kan screene underretninger døgnet rundt. Samme værdi igen ændrer intet (changed: false).',
          params: IdParams,
          body: OnCallRequest,
          response: { 200: OnCallResponse, ...errorResponses, 422: ErrorBody },
        },
      },
      async (request) =>
        withActor(deps.db, requireActor(request), (h) =>
          setUserOnCall(h, request.params.id, request.body.onCall),
        ),
    );
  };
}
