import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  MeasureApprovalAnswer,
  MeasureApprovalResult,
  MeasureApprovalView,
} from '../../core/api/casework-gate.ts';
import { ErrorBody, errorResponses, IdParams } from '../../core/api/common.ts';
import type { AppDeps } from '../deps.ts';
import { asActor, requires } from '../route-guard.ts';
import { answerApproval, caseApprovals, myPendingApprovals } from './measure-approvals.ts';

const tags = ['casework'];

export function measureApprovalsRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/measures/:id/approval',
      {
        preValidation: requires(deps, 'measures:approve', {
          action: 'update',
          entityType: 'measure_approval',
          id: 'entity',
        }),
        schema: {
          tags,
          summary: 'Bevil eller afvis en indsats over beløbsgrænsen (leder i sagens distrikt)',
          description:
            'Indsatsen (:id er det id, den får) startes fra den gemte anmodning, når den bevilges; ' +
            'mødeforummets afgørelse kontrolleres igen. En afvisning kræver en begrundelse (422). ' +
            'En bevilling, der ikke afventer, giver 409.',
          params: IdParams,
          body: MeasureApprovalAnswer,
          response: { 200: MeasureApprovalResult, ...errorResponses, 409: ErrorBody, 422: ErrorBody },
        },
      },
      async (request) => asActor(deps, request, (h) => answerApproval(h, request.params.id, request.body)),
    );

    app.get(
      '/api/cases/:id/measure-approvals',
      {
        preValidation: requires(deps, 'cases:read', {
          action: 'read',
          entityType: 'measure_approval',
          id: 'case',
        }),
        schema: {
          tags,
          summary: 'Sagens indsatser, der afventer eller har fået afslag på bevilling',
          params: IdParams,
          response: { 200: z.array(MeasureApprovalView), ...errorResponses },
        },
      },
      async (request) => asActor(deps, request, (h) => caseApprovals(h, request.params.id)),
    );

    app.get(
      '/api/cases/mine/approvals',
      {
        preValidation: requires(deps, 'cases:own_overview', { action: 'read', entityType: 'case_overview' }),
        schema: {
          tags,
          summary: 'Mit overblik: de indsatser, man selv har sat i gang, som afventer en leders bevilling',
          response: { 200: z.array(MeasureApprovalView), ...errorResponses },
        },
      },
      async (request) => asActor(deps, request, (h) => myPendingApprovals(h)),
    );
  };
}
