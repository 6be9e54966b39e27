import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ErrorBody, errorResponses } from '../../core/api/common.ts';
import { DocumentSettingsRequest, DocumentSettingsView } from '../../core/api/documents-settings.ts';
import type { AppDeps } from '../deps.ts';
import { asActor, requires } from '../route-guard.ts';
import { changeDocumentSettings, readDocumentSettings } from './document-settings.ts';

const tags = ['documents'];

export function documentSettingsRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/document-settings',
      {
        preValidation: requires(deps, ['documents:settings', 'documents:templates'], {
          action: 'read',
          entityType: 'document_settings',
        }),
        schema: {
          tags,
          summary: 'Kommunens regler for afgørelser og breve: partshøringsfrist, brevhoved, klagevejledning',
          description:
            'Det gemte over Trappens standard; hver slags afgørelse med isDefault, når den er som standarden.',
          response: { 200: DocumentSettingsView, ...errorResponses },
        },
      },
      async (request) => asActor(deps, request, (h) => readDocumentSettings(h)),
    );

    app.put(
      '/api/document-settings',
      {
        preValidation: requires(deps, 'documents:settings', {
          action: 'update',
          entityType: 'document_settings',
        }),
        schema: {
          tags,
          summary: 'Gem reglerne for afgørelser og breve (administrator)',
          description:
            'Hele indstillingen, som GET giver den (uden typeLabel, text, isDefault og updatedAt), med ' +
            'hver slags afgørelse én gang. Kun det ændrede gemmes; en afgørelse, der allerede er truffet, ' +
            'beholder den klagevejledning, den fik.',
          body: DocumentSettingsRequest,
          response: { 200: DocumentSettingsView, ...errorResponses, 422: ErrorBody },
        },
      },
      async (request) => asActor(deps, request, (h) => changeDocumentSettings(h, request.body)),
    );
  };
}
