import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { CaseworkSettingsView } from '../../core/api/casework-overview.ts';
import { errorResponses } from '../../core/api/common.ts';
import type { AppDeps } from '../deps.ts';
import { asActor, requires } from '../route-guard.ts';
import { changeCaseworkSettings, readCaseworkSettings } from './settings.ts';

const tags = ['casework'];

export function settingsRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    // ---- settings -------------------------------------------------------------------------------
    app.get(
      '/api/casework/settings',
      {
        preValidation: requires(deps, 'casework_settings:read', {
          action: 'read',
          entityType: 'casework_setting',
        }),
        schema: {
          tags,
          summary: 'Lokale regler for sagsarbejdet: stille sager, sagstal, opfølgningskadence',
          response: { 200: CaseworkSettingsView, ...errorResponses },
        },
      },
      async (request) => asActor(deps, request, (h) => readCaseworkSettings(h)),
    );

    app.put(
      '/api/casework/settings',
      {
        preValidation: requires(deps, 'casework_settings:edit', {
          action: 'update',
          entityType: 'casework_setting',
        }),
        schema: {
          tags,
          summary: 'Ændr de lokale regler (leder eller administrator; logges)',
          body: CaseworkSettingsView,
          response: { 200: CaseworkSettingsView, ...errorResponses },
        },
      },
      async (request) => asActor(deps, request, (h) => changeCaseworkSettings(h, request.body)),
    );
  };
}
