import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  AssessmentCreateRequest,
  AssessmentPatchRequest,
  AssessmentSuggestionsParams,
  AssessmentSuggestionsResponse,
  AssessmentView,
} from '../../core/api/casework-assessment.ts';
import { ConflictBody, ErrorBody, errorResponses, IdParams } from '../../core/api/common.ts';
import { VersionConflictError } from '../../core/errors.ts';
import type { AppDeps } from '../deps.ts';
import { asActor, asActorCreating, requires } from '../route-guard.ts';
import { assessmentSuggestions, createAssessment, listAssessments, patchAssessment } from './assessments.ts';

const tags = ['casework'];

export function assessmentsRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/cases/:id/assessments',
      {
        preValidation: requires(deps, 'cases:write', {
          action: 'create',
          entityType: 'assessment',
          id: 'case',
        }),
        schema: {
          tags,
          summary: 'Start en børnefaglig undersøgelse (BL § 20) eller afdækning (BL § 19) på sagen',
          description:
            'Fristen løber fra den dato, kommunen blev opmærksom (standard: sagens dato, ellers oprettelsesdagen): ' +
            '4 måneder, lokalt mål 2 måneder. Kun én igangværende af hver slags pr. sag (ellers 409). Samme ' +
            'idempotencyKey igen giver den samme undersøgelse (200).',
          params: IdParams,
          body: AssessmentCreateRequest,
          response: {
            201: AssessmentView,
            200: AssessmentView,
            ...errorResponses,
            409: ErrorBody,
            422: ErrorBody,
          },
        },
      },
      async (request, reply) =>
        asActorCreating(deps, request, reply, (h) => createAssessment(h, request.params.id, request.body)),
    );

    app.get(
      '/api/cases/:id/assessments',
      {
        preValidation: requires(deps, 'cases:read', { action: 'read', entityType: 'assessment', id: 'case' }),
        schema: {
          tags,
          summary: 'Sagens undersøgelser og afdækninger med frist (4 mdr.) og mål (2 mdr.)',
          params: IdParams,
          response: { 200: z.array(AssessmentView), ...errorResponses },
        },
      },
      async (request) => asActor(deps, request, (h) => listAssessments(h, request.params.id)),
    );

    app.patch(
      '/api/assessments/:id',
      {
        preValidation: requires(deps, 'cases:write', {
          action: 'update',
          entityType: 'assessment',
          id: 'entity',
        }),
        schema: {
          tags,
          summary: 'Ret undersøgelsen: ICS, Signs of Safety, skaleringer, foreløbig vurdering, konklusion',
          description:
            'Angiv den version, du hentede (forældet: 409 med den aktuelle i `current`). Skaleringer lægges til. ' +
            '`completedOn` afslutter undersøgelsen og kræver en konklusion (ellers 422).',
          params: IdParams,
          body: AssessmentPatchRequest,
          response: { 200: AssessmentView, ...errorResponses, 409: ConflictBody, 422: ErrorBody },
        },
      },
      async (request) => {
        const result = await asActor(deps, request, (h) =>
          patchAssessment(h, request.params.id, request.body),
        );
        // Thrown after the commit, so the audit of the read behind `current` is kept.
        if ('conflict' in result) throw new VersionConflictError(result.conflict);
        return result.view;
      },
    );

    app.get(
      '/api/cases/:id/assessments/:assessmentId/suggestions',
      {
        preValidation: requires(deps, 'cases:read', { action: 'read', entityType: 'assessment', id: 'case' }),
        schema: {
          tags,
          summary:
            'Forslag til konklusionen: egnede tilbud efter barnets alder, ICS-områder og nuværende trin',
          description: 'Samme vidensbaserede match som GET /api/offers/match (docs/catalog-analysis.md).',
          params: AssessmentSuggestionsParams,
          response: { 200: AssessmentSuggestionsResponse, ...errorResponses },
        },
      },
      async (request) =>
        asActor(deps, request, (h) =>
          assessmentSuggestions(h, request.params.id, request.params.assessmentId),
        ),
    );
  };
}
