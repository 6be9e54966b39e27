import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses } from '../../core/api/common.ts';
import { GuideQuery, GuideView } from '../../core/api/detection.ts';
import type { AppDeps } from '../deps.ts';
import { asActor, requires } from '../route-guard.ts';
import { getGuide } from './guide.ts';

const tags = ['detection'];

export function guideRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/guide',
      {
        preValidation: requires(deps, 'guide:read', { action: 'read', entityType: 'guide' }),
        schema: {
          tags,
          summary:
            'Handleguiden for et barn på et niveau: hvad du gør nu, hvem du kontakter, tilbud på trin 1–2',
          description:
            'areas og riskFactors er kommaseparerede koder. mustReport er true under kommunens grænse, eller når ' +
            'risikofaktoren vold er valgt (teksten vurderes, når bekymringen gemmes).',
          querystring: GuideQuery,
          response: { 200: GuideView, ...errorResponses },
        },
      },
      async (request) => asActor(deps, request, (h) => getGuide(h, request.query)),
    );
  };
}
