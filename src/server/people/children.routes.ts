import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  ChildResponse,
  ChildSearchQuery,
  ChildSearchResponse,
  EmergencyAccessRequest,
  EmergencyAccessResponse,
} from '../../core/api/children.ts';
import { errorResponses, IdParams } from '../../core/api/common.ts';
import type { AppDeps } from '../deps.ts';
import { asActor, requires } from '../route-guard.ts';
import { getChild, requestEmergencyAccess, searchChildren } from './children.ts';

export function childrenRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/children',
      {
        preValidation: requires(deps, 'children:search', { action: 'search', entityType: 'child' }),
        schema: {
          tags: ['people'],
          querystring: ChildSearchQuery,
          response: { 200: ChildSearchResponse, ...errorResponses },
        },
      },
      async (request) => ({
        children: await asActor(deps, request, (h) => searchChildren(h, request.query.q)),
      }),
    );

    app.get(
      '/api/children/:id',
      {
        preValidation: requires(deps, 'children:read', { action: 'read', entityType: 'child', id: 'entity' }),
        schema: { tags: ['people'], params: IdParams, response: { 200: ChildResponse, ...errorResponses } },
      },
      async (request) => ({
        child: await asActor(deps, request, (h) => getChild(h, request.params.id)),
      }),
    );

    app.post(
      '/api/children/:id/emergency-access',
      {
        preValidation: requires(deps, 'emergency_access:request', {
          action: 'emergency_access',
          entityType: 'child',
          id: 'entity',
        }),
        schema: {
          tags: ['people'],
          params: IdParams,
          body: EmergencyAccessRequest,
          response: { 201: EmergencyAccessResponse, ...errorResponses },
        },
      },
      async (request, reply) => {
        const result = await asActor(deps, request, (h) =>
          requestEmergencyAccess(h, request.params.id, request.body.reason),
        );
        return reply.status(201).send(result);
      },
    );
  };
}
