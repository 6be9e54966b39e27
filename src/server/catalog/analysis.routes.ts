import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  CatalogAnalysisResponse,
  CatalogSettingsRequest,
  CatalogSettingsResponse,
  OfferMatchQuery,
  OfferMatchResponse,
} from '../../core/api/catalog-analysis.ts';
import { errorResponses } from '../../core/api/common.ts';
import type { AppDeps } from '../deps.ts';
import { asActor, requires } from '../route-guard.ts';
import { changeCatalogSettings, getCatalogAnalysis, matchOffersFor } from './analysis.ts';

/**
 * `/api/offers/match` lives beside the catalog's `/api/offers/:id`: Fastify's router prefers a
 * static segment to a parameter, so "match" is never taken for an offer id (analysis.test.ts).
 */
export function analysisRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/catalog/analysis',
      {
        preValidation: requires(deps, 'catalog:analysis', { action: 'read', entityType: 'catalog_analysis' }),
        schema: {
          tags: ['catalog'],
          summary:
            'Analyse af tilbudsviften: dækning, andele og huller (alle medarbejdere undtagen fagpersoner)',
          response: { 200: CatalogAnalysisResponse, ...errorResponses },
        },
      },
      async (request) => asActor(deps, request, (h) => getCatalogAnalysis(h)),
    );

    app.put(
      '/api/catalog/settings',
      {
        preValidation: requires(deps, 'catalog_settings:edit', {
          action: 'update',
          entityType: 'catalog_setting',
        }),
        schema: {
          tags: ['catalog'],
          summary: 'Skift grænsen for andelen af børnerettede individuelle tilbud (administrator)',
          body: CatalogSettingsRequest,
          response: { 200: CatalogSettingsResponse, ...errorResponses },
        },
      },
      async (request) => ({
        settings: await asActor(deps, request, (h) => changeCatalogSettings(h, request.body)),
      }),
    );

    app.get(
      '/api/offers/match',
      {
        preValidation: requires(deps, 'offers:match', { action: 'match', entityType: 'offer' }),
        schema: {
          tags: ['catalog'],
          summary: 'Vidensbaseret match: egnede tilbud til en alder, ICS-områder og et nuværende trin',
          description:
            'Laveste trin først, højst ét trin over det nuværende (uden nuværende trin: trin 1), medmindre ' +
            'intet passer dér; så vises det laveste trin over med et passende tilbud. Se docs/catalog-analysis.md.',
          querystring: OfferMatchQuery,
          response: { 200: OfferMatchResponse, ...errorResponses },
        },
      },
      async (request) => ({
        matches: await asActor(deps, request, (h) => matchOffersFor(h, request.query)),
      }),
    );
  };
}
