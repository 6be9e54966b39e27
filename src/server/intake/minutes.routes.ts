import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorBody, errorResponses, IdParams } from '../../core/api/common.ts';
import {
  DistrictParams,
  MeetingCloseRequest,
  MeetingListResponse,
  MeetingView,
  MinutesResponse,
} from '../../core/api/intake.ts';
import type { AppDeps } from '../deps.ts';
import { asActor } from '../route-guard.ts';
import { meetingGuard } from './meetings.routes.ts';
import { closeMeeting, districtMeetings, meetingMinutes } from './minutes.ts';

const tags = ['intake'];

export function minutesRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/districts/:id/meetings',
      {
        preValidation: meetingGuard(deps, 'read', 'district'),
        schema: {
          tags,
          summary:
            'Distriktets møder, nyeste først (op til et år), med antal beslutninger: vejen til referaterne',
          params: DistrictParams,
          response: { 200: MeetingListResponse, ...errorResponses },
        },
      },
      async (request) => asActor(deps, request, (h) => districtMeetings(h, request.params.id)),
    );

    app.post(
      '/api/meetings/:id/close',
      {
        preValidation: meetingGuard(deps, 'close', 'entity'),
        schema: {
          tags,
          summary:
            'Afslut distriktsmødet: referatet bliver endeligt (deltagerne kan rettes samtidig); to gange giver 409',
          params: IdParams,
          body: MeetingCloseRequest,
          response: { 200: z.object({ meeting: MeetingView }), ...errorResponses, 409: ErrorBody },
        },
      },
      async (request) => asActor(deps, request, (h) => closeMeeting(h, request.params.id, request.body)),
    );

    app.get(
      '/api/meetings/:id',
      {
        preValidation: meetingGuard(deps, 'read', 'entity'),
        schema: {
          tags,
          summary:
            'Referat af et distriktsmøde: distrikt, dato, deltagere og hver beslutning med begrundelse',
          params: IdParams,
          response: { 200: MinutesResponse, ...errorResponses },
        },
      },
      async (request) => asActor(deps, request, (h) => meetingMinutes(h, request.params.id)),
    );
  };
}
