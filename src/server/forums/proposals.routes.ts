import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ErrorBody, errorResponses, IdParams } from '../../core/api/common.ts';
import { ProposalCreateRequest, ProposalListResponse, ProposalView } from '../../core/api/forums-agenda.ts';
import type { AppDeps } from '../deps.ts';
import { asActor, asActorCreating, requires } from '../route-guard.ts';
import { createProposal, listProposals, myProposals } from './proposals.ts';

const tags = ['forums'];

export function proposalsRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/cases/:id/proposals',
      {
        preValidation: requires(deps, 'cases:write', {
          action: 'create',
          entityType: 'forum_proposal',
          id: 'case',
        }),
        schema: {
          tags,
          summary: 'Indstil et tilbud eller en anbringelse til det mødeforum, reglerne peger på',
          description:
            'Det første tilbud er det indstillede; trinnet er dets på den gældende indsatstrappe. Et ' +
            'specialiseret trin går til distriktets Kreative Råd, en anden anbringelse til ' +
            'anbringelsesudvalget; alt andet skal ikke forelægges (422). Uden samtykke kun for en ' +
            'anbringelse (422). Sagens indsatser med progression og barnets og forældrenes synspunkter ' +
            'gemmes med indstillingen. Samme idempotencyKey igen: 200; til en anden indstilling: 409.',
          params: IdParams,
          body: ProposalCreateRequest,
          response: {
            201: ProposalView,
            200: ProposalView,
            ...errorResponses,
            409: ErrorBody,
            422: ErrorBody,
          },
        },
      },
      async (request, reply) =>
        asActorCreating(deps, request, reply, (h) => createProposal(h, request.params.id, request.body)),
    );

    app.get(
      '/api/cases/:id/proposals',
      {
        preValidation: requires(deps, 'cases:read', {
          action: 'read',
          entityType: 'forum_proposal',
          id: 'case',
        }),
        schema: {
          tags,
          summary: 'Sagens indstillinger med forum og status (venter, på dagsordenen, afgjort)',
          params: IdParams,
          response: { 200: ProposalListResponse, ...errorResponses },
        },
      },
      async (request) => asActor(deps, request, (h) => listProposals(h, request.params.id)),
    );

    app.get(
      '/api/proposals/mine',
      {
        preValidation: requires(deps, 'cases:write', { action: 'read', entityType: 'forum_proposal' }),
        schema: {
          tags,
          summary:
            'Mine indstillinger (Mit overblik): dem, der venter, og dem, der er afgjort de sidste 30 dage',
          response: { 200: ProposalListResponse, ...errorResponses },
        },
      },
      async (request) => asActor(deps, request, (h) => myProposals(h)),
    );
  };
}
