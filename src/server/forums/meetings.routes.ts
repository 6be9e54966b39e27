import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorBody, errorResponses, IdParams } from '../../core/api/common.ts';
import {
  ForumMeetingStepRequest,
  ForumMeetingsQuery,
  ForumMeetingsResponse,
  ForumMeetingView,
  MeetingPlanRequest,
} from '../../core/api/forums.ts';
import type { AppDeps } from '../deps.ts';
import { asActor, asActorCreating, requires } from '../route-guard.ts';
import {
  closeForumMeeting,
  forumMeetings,
  planMeeting,
  publishMeeting,
  readForumMeeting,
} from './meetings.ts';

const tags = ['forums'];
const MeetingBody = z.object({ meeting: ForumMeetingView });

/**
 * A forum's meeting is `/api/forum-meetings/:id`: `/api/meetings/:id` is the district meeting's
 * (intake) until the district meeting moves onto one endpoint for every forum.
 */
export function meetingsRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/forums/:id/meetings',
      {
        preValidation: requires(deps, ['forums:member', 'forums:manage'], {
          action: 'read',
          entityType: 'forum',
          id: 'entity',
        }),
        schema: {
          tags,
          summary:
            'Forummets møder i en periode (standard: de næste 3 måneder): dagene efter mødeplanen og de planlagte møder',
          params: IdParams,
          querystring: ForumMeetingsQuery,
          response: { 200: ForumMeetingsResponse, ...errorResponses },
        },
      },
      async (request) => asActor(deps, request, (h) => forumMeetings(h, request.params.id, request.query)),
    );

    app.post(
      '/api/forums/:id/meetings',
      {
        preValidation: requires(deps, ['forums:chair', 'forums:manage'], {
          action: 'plan',
          entityType: 'forum',
          id: 'entity',
        }),
        schema: {
          tags,
          summary: 'Planlæg et møde på en arbejdsdag (samme dag igen: det samme møde, 200)',
          params: IdParams,
          body: MeetingPlanRequest,
          response: { 201: ForumMeetingView, 200: ForumMeetingView, ...errorResponses, 422: ErrorBody },
        },
      },
      async (request, reply) =>
        asActorCreating(deps, request, reply, (h) => planMeeting(h, request.params.id, request.body)),
    );

    app.get(
      '/api/forum-meetings/:id',
      {
        preValidation: requires(deps, ['forums:member', 'forums:chair'], {
          action: 'read',
          entityType: 'forum_meeting',
          id: 'entity',
        }),
        schema: {
          tags,
          summary:
            'Et møde i et forum: formanden altid, medlemmerne fra offentliggørelsen til mødet er afsluttet',
          params: IdParams,
          response: { 200: MeetingBody, ...errorResponses },
        },
      },
      async (request) => asActor(deps, request, (h) => readForumMeeting(h, request.params.id)),
    );

    for (const [step, summary] of [
      ['publish', 'Offentliggør mødet med de indkaldte (formanden): medlemmerne kan læse dagsordenen'],
      ['close', 'Afslut mødet med fremmødet (formanden); et afsluttet møde er låst (409)'],
    ] as const) {
      app.post(
        `/api/forum-meetings/:id/${step}`,
        {
          preValidation: requires(deps, 'forums:chair', {
            action: step,
            entityType: 'forum_meeting',
            id: 'entity',
          }),
          schema: {
            tags,
            summary,
            params: IdParams,
            body: ForumMeetingStepRequest.optional(),
            response: { 200: MeetingBody, ...errorResponses, 409: ErrorBody },
          },
        },
        async (request) =>
          asActor(deps, request, (h) =>
            (step === 'close' ? closeForumMeeting : publishMeeting)(h, request.params.id, request.body ?? {}),
          ),
      );
    }
  };
}
