import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  AttachmentListResponse,
  AttachmentParams,
  AttachmentUploadRequest,
  AttachmentView,
  MAX_ATTACHMENT_BASE64,
} from '../../core/api/attachments.ts';
import { ErrorBody, errorResponses, IdParams } from '../../core/api/common.ts';
import { contentDisposition } from '../../core/intake/attachments.ts';
import type { AppDeps } from '../deps.ts';
import { asActor, asActorCreating, requires } from '../route-guard.ts';
import { attachToReport, downloadAttachment, listReportAttachments } from './attachments.ts';
import { READ_REPORTS } from './report-view.routes.ts';

const tags = ['intake'];

/** Room for the JSON around the largest file's base64. */
const UPLOAD_BODY_LIMIT = MAX_ATTACHMENT_BASE64 + 64 * 1024;

/** Attachments of a report (docs/intake.md, "Attachments"). Thin: parse → use case. */
export function attachmentsRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/reports/:id/attachments',
      {
        bodyLimit: UPLOAD_BODY_LIMIT,
        schema: {
          tags,
          summary: 'Vedhæft en fil til en underretning (den, der oprettede den, og Modtagelsen)',
          description:
            'PDF, JPEG, PNG, Word (docx) eller tekst, højst 10 MB, som base64 i JSON. Samme fil (SHA-256) ' +
            'på samme underretning igen giver det samme bilag (200).',
          params: IdParams,
          body: AttachmentUploadRequest,
          response: { 201: AttachmentView, 200: AttachmentView, ...errorResponses, 413: ErrorBody },
        },
      },
      async (request, reply) =>
        asActorCreating(deps, request, reply, (h) => attachToReport(h, request.params.id, request.body)),
    );

    app.get(
      '/api/reports/:id/attachments',
      {
        schema: {
          tags,
          summary: 'En underretnings bilag (navne og størrelser, aldrig indhold)',
          params: IdParams,
          response: { 200: AttachmentListResponse, ...errorResponses },
        },
      },
      async (request) => asActor(deps, request, (h) => listReportAttachments(h, request.params.id)),
    );

    app.get(
      '/api/reports/:id/attachments/:attachmentId',
      {
        preValidation: requires(deps, READ_REPORTS, {
          action: 'read',
          entityType: 'report_attachment',
          id: 'report',
          entityParam: 'attachmentId',
        }),
        schema: {
          tags,
          summary: 'Hent et bilag (kun for dem, der må læse underretningens indhold)',
          description:
            'Svarer med filen selv (Content-Disposition: attachment) eller en fejl som JSON (403, 404).',
          params: AttachmentParams,
        },
      },
      async (request, reply) => {
        const file = await asActor(deps, request, (h) =>
          downloadAttachment(h, request.params.id, request.params.attachmentId),
        );
        return reply
          .header(
            'content-type',
            file.mediaType === 'text/plain' ? 'text/plain; charset=utf-8' : file.mediaType,
          )
          .header('content-disposition', contentDisposition(file.fileName))
          .header('content-length', String(file.sizeBytes))
          .header('cache-control', 'no-store')
          .send(file.content);
      },
    );
  };
}
