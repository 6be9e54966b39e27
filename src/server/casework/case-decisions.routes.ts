import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { CaseForumDecisionsResponse } from '../../core/api/casework-gate.ts';
import { errorResponses, IdParams } from '../../core/api/common.ts';
import type { AppDeps } from '../deps.ts';
import { asActor, requires } from '../route-guard.ts';
import { caseDecisions } from './case-decisions.ts';

const tags = ['casework'];

export function caseDecisionsRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/cases/:id/forum-decisions',
      {
        preValidation: requires(deps, 'cases:read', {
          action: 'read',
          entityType: 'forum_decision',
          id: 'case',
        }),
        schema: {
          tags,
          summary: 'Mødeforaenes afgørelser og lederens akutafgørelser i sagen, nyeste først',
          description:
            'Hver afgørelse med forum, regel, udfald, trin, tilbud, gyldighed og begrundelse; bruges af ' +
            'indsatsformularens valg af afgørelse og sagens kronologi.',
          params: IdParams,
          response: { 200: CaseForumDecisionsResponse, ...errorResponses },
        },
      },
      async (request) => asActor(deps, request, (h) => caseDecisions(h, request.params.id)),
    );
  };
}
