import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AssignableUsersQuery, AssignableUsersResponse } from '../../core/api/casework-cases.ts';
import { errorResponses } from '../../core/api/common.ts';
import type { AppDeps } from '../deps.ts';
import { asActor, requires } from '../route-guard.ts';
import { assignableUsers } from './assignable-users.ts';

const tags = ['casework'];

export function assignableUsersRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/casework/assignable-users',
      {
        preValidation: requires(deps, 'cases:assign', { action: 'read', entityType: 'assignable_users' }),
        schema: {
          tags,
          summary: 'Hvem lederen kan tildele som rådgiver, plejefamiliekonsulent eller kontaktperson',
          description:
            'Aktive brugere med en rolle, der kan have ansvaret, i egen kommune: navn og distrikter. Kun leder.',
          querystring: AssignableUsersQuery,
          response: { 200: AssignableUsersResponse, ...errorResponses },
        },
      },
      async (request) => asActor(deps, request, (h) => assignableUsers(h, request.query)),
    );
  };
}
