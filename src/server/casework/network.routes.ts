import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  NetworkMemberCreateRequest,
  NetworkMemberPatchRequest,
  NetworkMemberView,
} from '../../core/api/casework-overview.ts';
import { ConflictBody, ErrorBody, errorResponses, IdParams } from '../../core/api/common.ts';
import { VersionConflictError } from '../../core/errors.ts';
import type { AppDeps } from '../deps.ts';
import { asActor, asActorCreating, requires } from '../route-guard.ts';
import { addNetworkMember, changeNetworkMember, listNetwork } from './network.ts';

const tags = ['casework'];

export function networkRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    // ---- network map ----------------------------------------------------------------------------
    app.get(
      '/api/cases/:id/network',
      {
        preValidation: requires(deps, 'cases:read', {
          action: 'read',
          entityType: 'network_member',
          id: 'case',
        }),
        schema: {
          tags,
          summary: 'Netværkskortet: personer omkring barnet (aktive først, også dem der er taget af kortet)',
          params: IdParams,
          response: { 200: z.array(NetworkMemberView), ...errorResponses },
        },
      },
      async (request) => asActor(deps, request, (h) => listNetwork(h, request.params.id)),
    );

    app.post(
      '/api/cases/:id/network',
      {
        preValidation: requires(deps, 'cases:network_write', {
          action: 'create',
          entityType: 'network_member',
          id: 'case',
        }),
        schema: {
          tags,
          summary: 'Tilføj en person til netværkskortet (sagsbehandler eller familieplejekonsulent på sagen)',
          description: 'Samme idempotencyKey igen giver den samme person (200).',
          params: IdParams,
          body: NetworkMemberCreateRequest,
          response: { 201: NetworkMemberView, 200: NetworkMemberView, ...errorResponses, 409: ErrorBody },
        },
      },
      async (request, reply) =>
        asActorCreating(deps, request, reply, (h) => addNetworkMember(h, request.params.id, request.body)),
    );

    app.patch(
      '/api/network-members/:id',
      {
        preValidation: requires(deps, 'cases:network_write', {
          action: 'update',
          entityType: 'network_member',
          id: 'entity',
        }),
        schema: {
          tags,
          summary: 'Ret en person på netværkskortet; active: false tager personen af kortet uden at slette',
          description: 'Med version: en forældet version giver 409 version_conflict med den aktuelle udgave.',
          params: IdParams,
          body: NetworkMemberPatchRequest,
          response: { 200: NetworkMemberView, ...errorResponses, 409: ConflictBody },
        },
      },
      async (request) => {
        const result = await asActor(deps, request, (h) =>
          changeNetworkMember(h, request.params.id, request.body),
        );
        if ('conflict' in result) throw new VersionConflictError(result.conflict);
        return result.member;
      },
    );
  };
}
