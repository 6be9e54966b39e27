import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { MeasureCreateRequest, MeasurePatchRequest, MeasureView } from '../../core/api/casework-measures.ts';
import { ConflictBody, ErrorBody, errorResponses, IdParams } from '../../core/api/common.ts';
import { VersionConflictError } from '../../core/errors.ts';
import type { AppDeps } from '../deps.ts';
import { asActor, asActorCreating, requires } from '../route-guard.ts';
import { createMeasure, listMeasures, patchMeasure } from './measures.ts';

const tags = ['casework'];

export function measuresRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/cases/:id/measures',
      {
        preValidation: requires(deps, 'cases:write', { action: 'create', entityType: 'measure', id: 'case' }),
        schema: {
          tags,
          summary: 'Start en indsats fra tilbudsviften; barnets trin genberegnes og en flytning registreres',
          description:
            'Svarer 201 med indsatsen. Trinnet er tilbuddets på den gældende indsatstrappe. En anbringelse ' +
            'kræver forumDecisionRef, et tidsbegrænset tilbud plannedEndDate (ellers 422). Samme ' +
            'idempotencyKey igen giver den samme indsats (200).',
          params: IdParams,
          body: MeasureCreateRequest,
          response: { 201: MeasureView, 200: MeasureView, ...errorResponses, 409: ErrorBody, 422: ErrorBody },
        },
      },
      async (request, reply) =>
        asActorCreating(deps, request, reply, (h) => createMeasure(h, request.params.id, request.body)),
    );

    app.get(
      '/api/cases/:id/measures',
      {
        preValidation: requires(deps, 'cases:read', { action: 'read', entityType: 'measure', id: 'case' }),
        schema: {
          tags,
          summary: 'Sagens indsatser med trin, økonomi og flag for manglende progression (F14)',
          params: IdParams,
          response: { 200: z.array(MeasureView), ...errorResponses },
        },
      },
      async (request) => asActor(deps, request, (h) => listMeasures(h, request.params.id)),
    );

    app.patch(
      '/api/measures/:id',
      {
        preValidation: requires(deps, 'cases:write', {
          action: 'update',
          entityType: 'measure',
          id: 'entity',
        }),
        schema: {
          tags,
          summary: 'Ret eller afslut en indsats (med version); en afslutning kan flytte barnet på trappen',
          description: 'En forældet version giver 409 version_conflict med den aktuelle indsats i `current`.',
          params: IdParams,
          body: MeasurePatchRequest,
          response: { 200: MeasureView, ...errorResponses, 409: ConflictBody, 422: ErrorBody },
        },
      },
      async (request) => {
        const result = await asActor(deps, request, (h) => patchMeasure(h, request.params.id, request.body));
        // Thrown after the commit, so the audit of the read behind `current` is kept.
        if ('conflict' in result) throw new VersionConflictError(result.conflict);
        return result.measure;
      },
    );
  };
}
