import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { MeasurePendingResponse } from '../../core/api/casework-gate.ts';
import { MeasureCreateRequest, MeasurePatchRequest, MeasureView } from '../../core/api/casework-measures.ts';
import { ConflictBody, ErrorBody, errorResponses, IdParams } from '../../core/api/common.ts';
import { VersionConflictError } from '../../core/errors.ts';
import type { AppDeps } from '../deps.ts';
import { asActor, requires } from '../route-guard.ts';
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
            'Svarer 201 med indsatsen. Trinnet er tilbuddets på den gældende indsatstrappe. Et specialiseret ' +
            'trin og enhver anbringelse kræver en godkendende afgørelse fra det mødeforum, reglerne udpeger ' +
            '(forumDecisionId, ellers barnets nyeste dækkende), eller for en anbringelse en leders akutafgørelse ' +
            '(emergencyDecisionId): ellers 422 forum_decision_required med forummets navn. En anbringelse kræver ' +
            'consent og placementReasons, et tidsbegrænset tilbud plannedEndDate (ellers 422). Over ' +
            'beløbsgrænsen for trinnet svarer den 202 med bevillingen, der afventer en leder. Samme ' +
            'idempotencyKey igen giver den samme indsats (200) eller den samme bevilling (202).',
          params: IdParams,
          body: MeasureCreateRequest,
          response: {
            201: MeasureView,
            200: MeasureView,
            202: MeasurePendingResponse,
            ...errorResponses,
            409: ErrorBody,
            422: ErrorBody,
          },
        },
      },
      async (request, reply) => {
        const result = await asActor(deps, request, (h) => createMeasure(h, request.params.id, request.body));
        if ('pending' in result) return reply.status(202).send({ approval: result.pending });
        return reply.status(result.created ? 201 : 200).send(result.body);
      },
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
