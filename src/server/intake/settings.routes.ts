import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ErrorBody, errorResponses, IdParams } from '../../core/api/common.ts';
import {
  IntakeSettings,
  IntakeSettingsResponse,
  MatchRequest,
  MatchResponse,
} from '../../core/api/intake.ts';
import type { AppDeps } from '../deps.ts';
import { asActor, requires } from '../route-guard.ts';
import { changeIntakeSettings, matchReportChild, readIntakeSettings } from './settings.ts';

const tags = ['intake'];

export function settingsRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/reports/:id/match',
      {
        preValidation: requires(deps, 'reports:match', {
          action: 'match',
          entityType: 'report',
          id: 'entity',
        }),
        schema: {
          tags,
          summary: 'Knyt en underretning om et endnu ukendt barn til barnet i registret (Modtagelsen)',
          params: IdParams,
          body: MatchRequest,
          response: { 200: MatchResponse, ...errorResponses, 409: ErrorBody },
        },
      },
      async (request) =>
        asActor(deps, request, (h) => matchReportChild(h, request.params.id, request.body.childId)),
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
      async (request) => asActor(deps, request, (h) => readIntakeSettings(h)),
    );

    app.put(
      '/api/intake/settings',
      {
        preValidation: requires(deps, 'intake_settings:edit', {
          action: 'update',
          entityType: 'intake_setting',
        }),
        schema: {
          tags,
          summary: 'Skift kommunens fridage (administrator); gælder for underretninger modtaget herefter',
          body: IntakeSettings,
          response: { 200: IntakeSettingsResponse, ...errorResponses },
        },
      },
      async (request) => asActor(deps, request, (h) => changeIntakeSettings(h, request.body)),
    );
  };
}
