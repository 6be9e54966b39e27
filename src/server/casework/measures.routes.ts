import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { CaseDeadlineView } from '../../core/api/casework.ts';
import {
  FollowUpCreateRequest,
  FollowUpView,
  LadderView,
  MeasureCreateRequest,
  MeasurePatchRequest,
  MeasureView,
} from '../../core/api/casework-measures.ts';
import { ConflictBody, ErrorBody, errorResponses, IdParams } from '../../core/api/common.ts';
import { VersionConflictError } from '../../core/errors.ts';
import { withActor } from '../actor-db.ts';
import { requireActor } from '../context.ts';
import type { AppDeps } from '../deps.ts';
import { caseDeadlinesView } from './deadlines.ts';
import { createFollowUp, listFollowUps } from './follow-ups.ts';
import { readChildLadder } from './ladder.ts';
import { createMeasure, listMeasures, patchMeasure } from './measures.ts';

const tags = ['casework'];

/**
 * Measures on the ladder, the child's ladder, follow-ups and the case's deadlines
 * (docs/casework.md). Thin: parse → use case; every use case opens the case through openCase.
 */
export function measuresRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/cases/:id/measures',
      {
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
      async (request, reply) => {
        const result = await withActor(deps.db, requireActor(request), (h) =>
          createMeasure(h, request.params.id, request.body),
        );
        return reply.status(result.created ? 201 : 200).send(result.body);
      },
    );

    app.get(
      '/api/cases/:id/measures',
      {
        schema: {
          tags,
          summary: 'Sagens indsatser med trin, økonomi og flag for manglende progression (F14)',
          params: IdParams,
          response: { 200: z.array(MeasureView), ...errorResponses },
        },
      },
      async (request) => withActor(deps.db, requireActor(request), (h) => listMeasures(h, request.params.id)),
    );

    app.patch(
      '/api/measures/:id',
      {
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
        const result = await withActor(deps.db, requireActor(request), (h) =>
          patchMeasure(h, request.params.id, request.body),
        );
        // Thrown after the commit, so the audit of the read behind `current` is kept.
        if ('conflict' in result) throw new VersionConflictError(result.conflict);
        return result.measure;
      },
    );

    app.get(
      '/api/children/:id/ladder',
      {
        schema: {
          tags,
          summary: 'Barnets trin nu, det højeste nogensinde og hver flytning op og ned',
          params: IdParams,
          response: { 200: LadderView, ...errorResponses },
        },
      },
      async (request) =>
        withActor(deps.db, requireActor(request), (h) => readChildLadder(h, request.params.id)),
    );

    app.post(
      '/api/cases/:id/follow-ups',
      {
        schema: {
          tags,
          summary: 'Registrér en opfølgning, et tilsynsbesøg eller afgørelsen om efterværn',
          description:
            'Opfølgninger (first/regular) angiver indsats og beslutning; progressionsvurderinger pr. mål ' +
            '0–10. Beslutningen stop afslutter indsatsen samme dag. Samme idempotencyKey igen giver den ' +
            'samme opfølgning (200).',
          params: IdParams,
          body: FollowUpCreateRequest,
          response: {
            201: FollowUpView,
            200: FollowUpView,
            ...errorResponses,
            409: ConflictBody,
            422: ErrorBody,
          },
        },
      },
      async (request, reply) => {
        const result = await withActor(deps.db, requireActor(request), (h) =>
          createFollowUp(h, request.params.id, request.body),
        );
        return reply.status(result.created ? 201 : 200).send(result.body);
      },
    );

    app.get(
      '/api/cases/:id/follow-ups',
      {
        schema: {
          tags,
          summary: 'Sagens opfølgninger med vurderinger og progression siden den forrige',
          params: IdParams,
          response: { 200: z.array(FollowUpView), ...errorResponses },
        },
      },
      async (request) =>
        withActor(deps.db, requireActor(request), (h) => listFollowUps(h, request.params.id)),
    );

    app.get(
      '/api/cases/:id/deadlines',
      {
        schema: {
          tags,
          summary: 'Sagens frister efter reglerne i domain.md, også de overholdte',
          params: IdParams,
          response: { 200: z.array(CaseDeadlineView), ...errorResponses },
        },
      },
      async (request) =>
        withActor(deps.db, requireActor(request), (h) => caseDeadlinesView(h, request.params.id)),
    );
  };
}
