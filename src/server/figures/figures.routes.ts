import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import type { FigureId } from '../../core/access/figures-policy.ts';
import { errorResponses } from '../../core/api/common.ts';
import {
  F8Response,
  F9Response,
  F11Response,
  F12Response,
  FigureQuery,
  FR1Response,
  FR2Response,
  FR3Response,
  FR4Response,
} from '../../core/api/figures.ts';
import type { ActorHandle } from '../actor-db.ts';
import type { AppDeps } from '../deps.ts';
import { asActor, requires } from '../route-guard.ts';
import { figureF8 } from './f8.ts';
import { figureF9 } from './f9.ts';
import { figureF11 } from './f11.ts';
import { figureF12 } from './f12.ts';
import { figureFR1, figureFR2, figureFR3, figureFR4 } from './forum-figures.ts';

/**
 * The key figures (docs/figures.md): `GET /api/figures/<id>` with one query format for all.
 * A role the figures policy gives no such figure is refused before the query is validated.
 */
const FIGURES: {
  id: FigureId;
  summary: string;
  response: z.ZodType;
  read: (h: ActorHandle, query: FigureQuery) => Promise<unknown>;
}[] = [
  {
    id: 'F8',
    summary:
      'Nøgletal F8: screening inden for 24 timer og kvittering inden for 6 hverdage, pr. distrikt og måned',
    response: F8Response,
    read: figureF8,
  },
  {
    id: 'F9',
    summary: 'Nøgletal F9: børnefaglige undersøgelser inden for 2 og 4 måneder, pr. distrikt og måned',
    response: F9Response,
    read: figureF9,
  },
  {
    id: 'F11',
    summary: 'Nøgletal F11: sagstal pr. sagsbehandler (gennemsnit, største, andel over målet)',
    response: F11Response,
    read: figureF11,
  },
  {
    id: 'F12',
    summary: 'Nøgletal F12: flytninger ned og op ad trappen pr. kvartal; børn under deres højeste trin',
    response: F12Response,
    read: figureF12,
  },
  {
    id: 'FR1',
    summary:
      'Nøgletal FR1: andel af Det Kreative Råds afgjorte indstillinger med et alternativ på et lavere trin',
    response: FR1Response,
    read: figureFR1,
  },
  {
    id: 'FR2',
    summary: 'Nøgletal FR2: dage fra indstilling til afgørelse (median og 90 %-fraktil)',
    response: FR2Response,
    read: figureFR2,
  },
  {
    id: 'FR3',
    summary: 'Nøgletal FR3: børn i specialiserede tilbud gennemgået i Det Kreative Råd til tiden',
    response: FR3Response,
    read: figureFR3,
  },
  {
    id: 'FR4',
    summary: 'Nøgletal FR4: institutionsanbringelser over 12 måneder (antal og andel)',
    response: FR4Response,
    read: figureFR4,
  },
];

export function figuresRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    for (const figure of FIGURES) {
      app.get(
        `/api/figures/${figure.id}`,
        {
          preValidation: requires(deps, `figures:${figure.id}`, { action: 'read', entityType: 'figure' }),
          schema: {
            tags: ['figures'],
            summary: figure.summary,
            querystring: FigureQuery,
            response: { 200: figure.response, ...errorResponses },
          },
        },
        async (request) => asActor(deps, request, (h) => figure.read(h, request.query)),
      );
    }
  };
}
