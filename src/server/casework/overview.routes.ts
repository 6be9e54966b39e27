import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { F9Response, F11Response, F12Response, FigureQuery } from '../../core/api/casework-overview.ts';
import { errorResponses } from '../../core/api/common.ts';
import type { AppDeps } from '../deps.ts';
import { asActor } from '../route-guard.ts';
import { figureF9, figureF11, figureF12 } from './figures.ts';

export function overviewRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    // ---- figures F9, F11, F12 --------------------------------------------------------------------
    const figure = { tags: ['figures'], querystring: FigureQuery };

    app.get(
      '/api/figures/F9',
      {
        schema: {
          ...figure,
          summary: 'Nøgletal F9: børnefaglige undersøgelser inden for 2 og 4 måneder, pr. distrikt og måned',
          response: { 200: F9Response, ...errorResponses },
        },
      },
      async (request) => asActor(deps, request, (h) => figureF9(h, request.query)),
    );

    app.get(
      '/api/figures/F11',
      {
        schema: {
          ...figure,
          summary: 'Nøgletal F11: sagstal pr. sagsbehandler (gennemsnit, største, andel over målet)',
          response: { 200: F11Response, ...errorResponses },
        },
      },
      async (request) => asActor(deps, request, (h) => figureF11(h, request.query)),
    );

    app.get(
      '/api/figures/F12',
      {
        schema: {
          ...figure,
          summary: 'Nøgletal F12: flytninger ned og op ad trappen pr. kvartal; børn under deres højeste trin',
          response: { 200: F12Response, ...errorResponses },
        },
      },
      async (request) => asActor(deps, request, (h) => figureF12(h, request.query)),
    );
  };
}
