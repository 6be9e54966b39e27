import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorBody, errorResponses, IdParams } from '../../core/api/common.ts';
import {
  AgendaResponse,
  DecisionRequest,
  DecisionView,
  DistrictParams,
  MeetingOpenRequest,
  MeetingView,
} from '../../core/api/intake.ts';
import type { AppDeps } from '../deps.ts';
import { asActor, asActorCreating, requires } from '../route-guard.ts';
import { decideOnReport, nextMeeting, openDistrictMeeting } from './meetings.ts';

const tags = ['intake'];

/** The district meeting is for its participants' roles; which district is the door's to decide. */
export function meetingGuard(deps: AppDeps, action: string, id: 'district' | 'entity') {
  return requires(deps, 'meetings:decide', { action, entityType: 'district_meeting', id });
}

export function meetingsRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/districts/:id/meetings/next',
      {
        preValidation: meetingGuard(deps, 'read', 'district'),
        schema: {
          tags,
          summary:
            'Næste distriktsmøde: dagsorden (screenede underretninger uden beslutning) og beslutninger',
          params: DistrictParams,
          response: { 200: AgendaResponse, ...errorResponses },
        },
      },
      async (request) => asActor(deps, request, (h) => nextMeeting(h, request.params.id)),
    );

    app.post(
      '/api/districts/:id/meetings',
      {
        preValidation: meetingGuard(deps, 'create', 'district'),
        schema: {
          tags,
          summary: 'Åbn distriktsmødet på en dato med deltagere (samme dato igen: det samme møde, 200)',
          params: DistrictParams,
          body: MeetingOpenRequest,
          response: { 201: MeetingView, 200: MeetingView, ...errorResponses },
        },
      },
      async (request, reply) =>
        asActorCreating(deps, request, reply, (h) => openDistrictMeeting(h, request.params.id, request.body)),
    );

    app.post(
      '/api/meetings/:id/decisions',
      {
        preValidation: meetingGuard(deps, 'decide', 'entity'),
        schema: {
          tags,
          summary:
            'Beslutning om én underretning: undersøgelse (opretter sag), afdækning (BL § 19), forebyggende arbejde eller ingen handling',
          params: IdParams,
          body: DecisionRequest,
          response: {
            201: z.object({ decision: DecisionView }),
            ...errorResponses,
            409: ErrorBody,
            422: ErrorBody,
          },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await asActor(deps, request, (h) => decideOnReport(h, request.params.id, request.body))),
    );
  };
}
