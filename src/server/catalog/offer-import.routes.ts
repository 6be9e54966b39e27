import type { FastifyPluginAsyncZod, ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  OfferExportQuery,
  OfferImportBody,
  OfferImportFailure,
  OfferImportQuery,
  OfferImportReport,
} from '../../core/api/catalog.ts';
import { errorResponses } from '../../core/api/common.ts';
import { ERRORS } from '../../core/errors.ts';
import type { AppDeps } from '../deps.ts';
import { asActor, requires } from '../route-guard.ts';
import { exportOffers, type ImportFormat, importOffers } from './offer-import.ts';

/** A catalog of a few thousand offers is well under this; the rest of the API keeps 1 MiB. */
export const IMPORT_BODY_LIMIT = 5 * 1024 * 1024;

/** Browsers name a .csv file `application/vnd.ms-excel` where Excel is installed. */
const CSV_TYPES = ['text/csv', 'application/vnd.ms-excel'];

export function offerImportRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/offers/export',
      {
        preValidation: requires(deps, 'catalog:read', { action: 'export', entityType: 'offer' }),
        schema: {
          tags: ['catalog'],
          summary: 'Hent tilbudsviften som fil (CSV med semikolon og BOM, eller JSON)',
          querystring: OfferExportQuery,
          produces: ['text/csv', 'application/json'],
          response: { 200: z.string().describe('Filen (se docs/catalog.md)'), ...errorResponses },
        },
      },
      async (request, reply) => {
        const format = request.query.format ?? 'csv';
        const file = await asActor(deps, request, (h) => exportOffers(h, format));
        return (
          reply
            .header('content-type', file.contentType)
            .header('content-disposition', `attachment; filename="${file.filename}"`)
            .header('cache-control', 'no-store')
            // A Buffer bypasses the JSON serializer; the schema above only documents the 200.
            .send(file.body as unknown as string)
        );
      },
    );

    // The import reads the file's raw bytes (to refuse a file that is not UTF-8, and to report
    // JSON errors in Danish), so its own scope replaces the JSON parser for this route only.
    await app.register(async (plain) => {
      const scope = plain.withTypeProvider<ZodTypeProvider>();
      scope.removeAllContentTypeParsers();
      scope.addContentTypeParser(
        [...CSV_TYPES, 'application/json'],
        { parseAs: 'buffer' },
        (_request, body, done) => done(null, body),
      );
      scope.post(
        '/api/offers/import',
        {
          preValidation: requires(deps, 'catalog:edit', { action: 'import', entityType: 'offer' }),
          bodyLimit: IMPORT_BODY_LIMIT,
          schema: {
            tags: ['catalog'],
            summary: 'Indlæs tilbud fra CSV eller JSON (administrator)',
            description:
              'Hele filen kontrolleres, før noget gemmes; én fejl betyder, at intet gemmes (422). Tilbud matches ' +
              'på navn: ens = uændret, forskellig = opdateret, nyt = oprettet. dryRun=true giver rapporten uden ' +
              'at gemme. Trin angives som trinnets nummer på den gældende trappe.',
            consumes: [...CSV_TYPES, 'application/json'],
            querystring: OfferImportQuery,
            body: OfferImportBody,
            response: { 200: OfferImportReport, 422: OfferImportFailure, ...errorResponses },
          },
        },
        async (request, reply) => {
          const contentType = String(request.headers['content-type'] ?? '').toLowerCase();
          const format: ImportFormat = CSV_TYPES.some((t) => contentType.startsWith(t)) ? 'csv' : 'json';
          const body = request.body as Buffer;
          const outcome = await asActor(deps, request, (h) =>
            importOffers(h, { format, body, dryRun: request.query.dryRun === 'true' }),
          );
          if (outcome.ok) return outcome.report;
          const count = outcome.errors.length;
          return reply.status(422).send({
            error: {
              id: 'invalid_import' as const,
              message: `${ERRORS.invalid_import.message} ${count === 1 ? 'Der er 1 fejl.' : `Der er ${count} fejl.`}`,
            },
            imported: 0,
            updated: 0,
            unchanged: 0,
            errors: outcome.errors,
          });
        },
      );
    });
  };
}
