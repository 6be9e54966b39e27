import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  LadderResponse,
  LadderUpdateRequest,
  LadderUpdateResponse,
  LadderVersionsResponse,
} from '../../core/api/catalog.ts';
import { ErrorBody, errorResponses } from '../../core/api/common.ts';
import type { AppDeps } from '../deps.ts';
import { asActor, requires } from '../route-guard.ts';
import { changeLadder, getLadder, listLadderVersions } from './ladder.ts';

export function ladderRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/ladder',
      {
        preValidation: requires(deps, 'catalog:read', { action: 'read', entityType: 'ladder' }),
        schema: {
          tags: ['catalog'],
          summary: 'Den gældende indsatstrappe (højeste version)',
          response: { 200: LadderResponse, ...errorResponses },
        },
      },
      async (request) => ({
        ladder: await asActor(deps, request, (h) => getLadder(h)),
      }),
    );

    app.get(
      '/api/ladder/versions',
      {
        preValidation: requires(deps, 'catalog:read', { action: 'read', entityType: 'ladder' }),
        schema: {
          tags: ['catalog'],
          summary: 'Alle versioner af indsatstrappen, nyeste først',
          response: { 200: LadderVersionsResponse, ...errorResponses },
        },
      },
      async (request) => ({
        versions: await asActor(deps, request, (h) => listLadderVersions(h)),
      }),
    );

    app.put(
      '/api/ladder',
      {
        preValidation: requires(deps, 'catalog:edit', { action: 'change', entityType: 'ladder' }),
        schema: {
          tags: ['catalog'],
          summary: 'Gem indsatstrappen som en ny version (administrator)',
          description:
            'Trinene i rækkefølge (position = plads i listen). Et trin uden id er nyt; et gældende trin, der ' +
            'udelades, udgår (409, hvis aktive tilbud står på det). Uændret trappe: ingen ny version.',
          body: LadderUpdateRequest,
          response: { 200: LadderUpdateResponse, ...errorResponses, 409: ErrorBody },
        },
      },
      async (request) => asActor(deps, request, (h) => changeLadder(h, request.body)),
    );
  };
}
