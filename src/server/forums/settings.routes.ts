import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ErrorBody, errorResponses } from '../../core/api/common.ts';
import { ForumSettingsRequest, ForumSettingsView } from '../../core/api/forum-settings.ts';
import type { AppDeps } from '../deps.ts';
import { asActor, requires } from '../route-guard.ts';
import { changeForumSettings, readForumSettings } from './settings.ts';

const tags = ['forums'];

export function forumSettingsRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/forum-settings',
      {
        preValidation: requires(deps, ['forums:member', 'forums:manage'], {
          action: 'read',
          entityType: 'forum_setting',
        }),
        schema: {
          tags,
          summary: 'Mødeforaenes lokale regler og beløbsgrænserne for bevilling',
          response: { 200: ForumSettingsView, ...errorResponses },
        },
      },
      async (request) => asActor(deps, request, (h) => readForumSettings(h)),
    );

    app.put(
      '/api/forum-settings',
      {
        preValidation: requires(deps, 'forums:settings', { action: 'update', entityType: 'forum_setting' }),
        schema: {
          tags,
          summary: 'Gem mødeforaenes lokale regler og beløbsgrænserne (administrator)',
          description: 'Hele indstillingen, som GET giver den (uden updatedAt); revideres med før og efter.',
          body: ForumSettingsRequest,
          response: { 200: ForumSettingsView, ...errorResponses, 422: ErrorBody },
        },
      },
      async (request) => asActor(deps, request, (h) => changeForumSettings(h, request.body)),
    );
  };
}
