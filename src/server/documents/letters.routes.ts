import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { MAX_ATTACHMENT_BASE64 } from '../../core/api/attachments.ts';
import { ErrorBody, errorResponses, IdParams } from '../../core/api/common.ts';
import {
  CaseUploadRequest,
  DocumentCreateRequest,
  DocumentFinaliseRequest,
  DocumentPatchRequest,
  DocumentSentRequest,
  DocumentTypeParams,
  DocumentView,
  TemplatePutRequest,
  TemplateView,
} from '../../core/api/documents-letters.ts';
import { contentDisposition } from '../../core/intake/attachments.ts';
import type { AppDeps } from '../deps.ts';
import { asActor, asActorCreating, requires } from '../route-guard.ts';
import {
  caseArchive,
  documentFile,
  draftLetter,
  editLetter,
  finaliseLetter,
  recordLetterSent,
} from './letters.ts';
import { readTemplate, saveTemplate } from './templates.ts';
import { uploadToCase } from './uploads.ts';

const tags = ['documents'];
const DOC = { entityType: 'case_document', id: 'entity' } as const;

export function lettersRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/document-templates/:type',
      {
        preValidation: requires(deps, 'documents:templates', {
          action: 'read',
          entityType: 'document_template',
        }),
        schema: {
          tags,
          summary: 'Dokumenttypens gældende skabelon med dens flettefelter (version 0 = Trappens standard)',
          params: DocumentTypeParams,
          response: { 200: TemplateView, ...errorResponses },
        },
      },
      async (request) => asActor(deps, request, (h) => readTemplate(h, request.params.type)),
    );

    app.put(
      '/api/document-templates/:type',
      {
        preValidation: requires(deps, 'documents:settings', {
          action: 'update',
          entityType: 'document_template',
        }),
        schema: {
          tags,
          summary: 'Gem en ny version af skabelonen (administrator)',
          description:
            'Ukendte flettefelter afvises (422). Breve skrevet fra en tidligere version beholder deres tekst.',
          params: DocumentTypeParams,
          body: TemplatePutRequest,
          response: { 200: TemplateView, ...errorResponses, 409: ErrorBody, 422: ErrorBody },
        },
      },
      async (request) =>
        asActor(deps, request, (h) => saveTemplate(h, request.params.type, request.body.body)),
    );

    app.post(
      '/api/cases/:id/documents',
      {
        preValidation: requires(deps, 'cases:write', {
          action: 'create',
          entityType: 'case_document',
          id: 'case',
        }),
        schema: {
          tags,
          summary: 'Skriv et brev fra skabelonen og sagens oplysninger (som udkast)',
          description:
            'Mangler sagen et påkrævet flettefelt, afvises brevet med de manglende felter (422). Samme ' +
            'idempotencyKey igen giver det samme udkast (200).',
          params: IdParams,
          body: DocumentCreateRequest,
          response: {
            201: DocumentView,
            200: DocumentView,
            ...errorResponses,
            409: ErrorBody,
            422: ErrorBody,
          },
        },
      },
      async (request, reply) =>
        asActorCreating(deps, request, reply, (h) => draftLetter(h, request.params.id, request.body)),
    );

    app.post(
      '/api/cases/:id/documents/files',
      {
        bodyLimit: MAX_ATTACHMENT_BASE64 + 64 * 1024,
        preValidation: requires(deps, 'cases:write', {
          action: 'create',
          entityType: 'case_document',
          id: 'case',
        }),
        schema: {
          tags,
          summary: 'Læg en fil i sagens dokumentarkiv',
          description:
            'PDF, JPEG, PNG, Word (docx) eller tekst, højst 10 MB, som base64 i JSON. Samme fil (SHA-256) på ' +
            'samme sag igen giver det samme dokument (200).',
          params: IdParams,
          body: CaseUploadRequest,
          response: { 201: DocumentView, 200: DocumentView, ...errorResponses, 413: ErrorBody },
        },
      },
      async (request, reply) =>
        asActorCreating(deps, request, reply, (h) => uploadToCase(h, request.params.id, request.body)),
    );

    app.get(
      '/api/cases/:id/documents',
      {
        preValidation: requires(deps, 'cases:read', {
          action: 'read',
          entityType: 'case_document',
          id: 'case',
        }),
        schema: {
          tags,
          summary: 'Sagens dokumentarkiv: breve og uploadede filer, nyeste først',
          params: IdParams,
          response: { 200: z.array(DocumentView), ...errorResponses },
        },
      },
      async (request) => asActor(deps, request, (h) => caseArchive(h, request.params.id)),
    );

    app.patch(
      '/api/documents/:id',
      {
        preValidation: requires(deps, 'cases:write', { action: 'update', ...DOC }),
        schema: {
          tags,
          summary: 'Ret et udkasts titel eller tekst (ved den læste version)',
          params: IdParams,
          body: DocumentPatchRequest,
          response: { 200: DocumentView, ...errorResponses, 409: ErrorBody },
        },
      },
      async (request) => asActor(deps, request, (h) => editLetter(h, request.params.id, request.body)),
    );

    app.post(
      '/api/documents/:id/finalise',
      {
        preValidation: requires(deps, 'cases:write', { action: 'finalise', ...DOC }),
        schema: {
          tags,
          summary: 'Gør dokumentet endeligt: derefter ændres det aldrig',
          params: IdParams,
          body: DocumentFinaliseRequest,
          response: { 200: DocumentView, ...errorResponses, 409: ErrorBody, 422: ErrorBody },
        },
      },
      async (request) =>
        asActor(deps, request, (h) => finaliseLetter(h, request.params.id, request.body.version)),
    );

    app.post(
      '/api/documents/:id/sent',
      {
        preValidation: requires(deps, 'cases:write', { action: 'update', ...DOC }),
        schema: {
          tags,
          summary: 'Registrér hvordan og hvornår et endeligt dokument er sendt (én gang)',
          params: IdParams,
          body: DocumentSentRequest,
          response: { 200: DocumentView, ...errorResponses, 409: ErrorBody, 422: ErrorBody },
        },
      },
      async (request) => asActor(deps, request, (h) => recordLetterSent(h, request.params.id, request.body)),
    );

    app.get(
      '/api/documents/:id/pdf',
      {
        preValidation: requires(deps, 'cases:read', { action: 'download', ...DOC }),
        schema: {
          tags,
          summary: 'Dokumentet som PDF (et udkast er mærket UDKAST), eller den uploadede fil',
          description: 'Svarer med filen (Content-Disposition: attachment) eller en fejl som JSON.',
          params: IdParams,
        },
      },
      async (request, reply) => {
        const file = await asActor(deps, request, (h) => documentFile(h, request.params.id));
        return reply
          .header(
            'content-type',
            file.mediaType === 'text/plain' ? 'text/plain; charset=utf-8' : file.mediaType,
          )
          .header('content-disposition', contentDisposition(file.fileName))
          .header('content-length', String(file.content.length))
          .header('cache-control', 'no-store')
          .send(file.content);
      },
    );
  };
}
