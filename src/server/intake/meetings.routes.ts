import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorBody, errorResponses, IdParams } from '../../core/api/common.ts';
import {
  AgendaResponse,
  DecisionRequest,
  DecisionView,
  DistrictParams,
  FeedbackRequest,
  FeedbackResponse,
  IntakeSettings,
  IntakeSettingsResponse,
  MatchRequest,
  MatchResponse,
  MeetingCloseRequest,
  MeetingListResponse,
  MeetingOpenRequest,
  MeetingView,
  MinutesResponse,
} from '../../core/api/intake.ts';
import { withActor } from '../actor-db.ts';
import { requireActor } from '../context.ts';
import type { AppDeps } from '../deps.ts';
import { sendFeedback } from './feedback.ts';
import { decideOnReport, nextMeeting, openDistrictMeeting } from './meetings.ts';
import { closeMeeting, districtMeetings, meetingMinutes } from './minutes.ts';
import { changeIntakeSettings, matchReportChild, readIntakeSettings } from './settings.ts';

const tags = ['intake'];

/** After screening: the district meeting (agenda, decisions), feedback, matching a provisional child, settings (docs/intake.md). */
export function meetingsRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/districts/:id/meetings/next',
      {
        schema: {
          tags,
          summary:
            'Næste distriktsmøde: dagsorden (screenede underretninger uden beslutning) og beslutninger',
          params: DistrictParams,
          response: { 200: AgendaResponse, ...errorResponses },
        },
      },
      async (request) => withActor(deps.db, requireActor(request), (h) => nextMeeting(h, request.params.id)),
    );

    app.get(
      '/api/districts/:id/meetings',
      {
        schema: {
          tags,
          summary:
            'Distriktets møder, nyeste først (op til et år), med antal beslutninger: vejen til referaterne',
          params: DistrictParams,
          response: { 200: MeetingListResponse, ...errorResponses },
        },
      },
      async (request) =>
        withActor(deps.db, requireActor(request), (h) => districtMeetings(h, request.params.id)),
    );

    app.post(
      '/api/districts/:id/meetings',
      {
        schema: {
          tags,
          summary: 'Åbn distriktsmødet på en dato med deltagere (samme dato igen: det samme møde, 200)',
          params: DistrictParams,
          body: MeetingOpenRequest,
          response: { 201: MeetingView, 200: MeetingView, ...errorResponses },
        },
      },
      async (request, reply) => {
        const result = await withActor(deps.db, requireActor(request), (h) =>
          openDistrictMeeting(h, request.params.id, request.body),
        );
        return reply.status(result.created ? 201 : 200).send(result.body);
      },
    );

    app.post(
      '/api/meetings/:id/decisions',
      {
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
          .send(
            await withActor(deps.db, requireActor(request), (h) =>
              decideOnReport(h, request.params.id, request.body),
            ),
          ),
    );

    app.post(
      '/api/meetings/:id/close',
      {
        schema: {
          tags,
          summary:
            'Afslut distriktsmødet: referatet bliver endeligt (deltagerne kan rettes samtidig); to gange giver 409',
          params: IdParams,
          body: MeetingCloseRequest,
          response: { 200: z.object({ meeting: MeetingView }), ...errorResponses, 409: ErrorBody },
        },
      },
      async (request) =>
        withActor(deps.db, requireActor(request), (h) => closeMeeting(h, request.params.id, request.body)),
    );

    app.get(
      '/api/meetings/:id',
      {
        schema: {
          tags,
          summary:
            'Referat af et distriktsmøde: distrikt, dato, deltagere og hver beslutning med begrundelse',
          params: IdParams,
          response: { 200: MinutesResponse, ...errorResponses },
        },
      },
      async (request) =>
        withActor(deps.db, requireActor(request), (h) => meetingMinutes(h, request.params.id)),
    );

    app.post(
      '/api/reports/:id/feedback',
      {
        schema: {
          tags,
          summary:
            'Tilbagemelding til en fagperson: er der iværksat undersøgelse eller foranstaltning (BL § 137)',
          params: IdParams,
          body: FeedbackRequest,
          response: { 201: FeedbackResponse, ...errorResponses, 409: ErrorBody, 422: ErrorBody },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await withActor(deps.db, requireActor(request), (h) => sendFeedback(h, request.params.id))),
    );

    app.post(
      '/api/reports/:id/match',
      {
        schema: {
          tags,
          summary: 'Knyt en underretning om et endnu ukendt barn til barnet i registret (Modtagelsen)',
          params: IdParams,
          body: MatchRequest,
          response: { 200: MatchResponse, ...errorResponses, 409: ErrorBody },
        },
      },
      async (request) =>
        withActor(deps.db, requireActor(request), (h) =>
          matchReportChild(h, request.params.id, request.body.childId),
        ),
    );

    app.get(
      '/api/intake/settings',
      {
        schema: {
          tags,
          summary:
            'Kommunens fridage ud over helligdagene (5. juni, 24. og 31. december) for kvitteringsfristen',
          response: { 200: IntakeSettingsResponse, ...errorResponses },
        },
      },
      async (request) => withActor(deps.db, requireActor(request), (h) => readIntakeSettings(h)),
    );

    app.put(
      '/api/intake/settings',
      {
        schema: {
          tags,
          summary: 'Skift kommunens fridage (administrator); gælder for underretninger modtaget herefter',
          body: IntakeSettings,
          response: { 200: IntakeSettingsResponse, ...errorResponses },
        },
      },
      async (request) =>
        withActor(deps.db, requireActor(request), (h) => changeIntakeSettings(h, request.body)),
    );
  };
}
