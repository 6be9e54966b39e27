import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses } from '../../core/api/common.ts';
import { DetectionSettingsBody, DetectionSettingsResponse } from '../../core/api/detection.ts';
import type { AppDeps } from '../deps.ts';
import { asActor, requires } from '../route-guard.ts';
import { changeDetectionSettings, getDetectionSettings } from './settings.ts';

const tags = ['detection'];

export function settingsRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/detection/settings',
      {
        preValidation: requires(deps, 'detection_settings:read', {
          action: 'read',
          entityType: 'detection_setting',
        }),
        schema: {
          tags,
          summary: 'Kommunens regler for opsporing: grænsen for underretningspligt og signalreglerne',
          response: { 200: DetectionSettingsResponse, ...errorResponses },
        },
      },
      async (request) => asActor(deps, request, (h) => getDetectionSettings(h)),
    );

    app.put(
      '/api/detection/settings',
      {
        preValidation: requires(deps, 'detection_settings:edit', {
          action: 'update',
          entityType: 'detection_setting',
        }),
        schema: {
          tags,
          summary: 'Ret reglerne for opsporing (administrator)',
          body: DetectionSettingsBody,
          response: { 200: DetectionSettingsResponse, ...errorResponses },
        },
      },
      async (request) => asActor(deps, request, (h) => changeDetectionSettings(h, request.body)),
    );
  };
}
