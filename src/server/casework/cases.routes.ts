import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  CaseAssignmentView,
  CaseCreateRequest,
  CasePatchRequest,
  CaseView,
} from '../../core/api/casework-cases.ts';
import { ConflictBody, ErrorBody, errorResponses, IdParams } from '../../core/api/common.ts';
import { VersionConflictError } from '../../core/errors.ts';
import type { AppDeps } from '../deps.ts';
import { asActor, requires } from '../route-guard.ts';
import { caseAssignments, openNewCase, patchCase, readCase } from './cases.ts';

const tags = ['casework'];

export function casesRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/cases',
      {
        preValidation: requires(deps, 'cases:open', { action: 'create', entityType: 'case' }),
        schema: {
          tags,
          summary: 'Opret en sag for et barn (Modtagelsen, rådgiver, leder)',
          description:
            'Distriktet er barnets. Kun en leder tildeler rådgiver ved oprettelsen; en rådgiver, der opretter ' +
            'en sag, bliver selv rådgiver på den. Har barnet allerede en åben sag, svares 409 med dens id.',
          body: CaseCreateRequest,
          response: { 201: CaseView, ...errorResponses, 409: ErrorBody, 422: ErrorBody },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await asActor(deps, request, (h) => openNewCase(h, request.body))),
    );

    app.get(
      '/api/cases/:id',
      {
        preValidation: requires(deps, 'cases:read', { action: 'read', entityType: 'case', id: 'entity' }),
        schema: {
          tags,
          summary: 'Sagen med version, barnet, ansvarlige, nuværende trin, søskende og egne rettigheder',
          params: IdParams,
          response: { 200: CaseView, ...errorResponses },
        },
      },
      async (request) => asActor(deps, request, (h) => readCase(h, request.params.id)),
    );

    app.patch(
      '/api/cases/:id',
      {
        preValidation: requires(deps, ['cases:write', 'cases:assign', 'cases:close'], {
          action: 'update',
          entityType: 'case',
          id: 'entity',
        }),
        schema: {
          tags,
          summary: 'Ret sagen: tildeling (leder), sagsoplysninger (rådgiver), lukning med begrundelse',
          description:
            'Angiv den version, du hentede. En forældet version giver 409 med den aktuelle sag i `current`; ' +
            'intet gemmes. En kontaktperson sættes også på søskendes åbne sager, som lederen må tildele.',
          params: IdParams,
          body: CasePatchRequest,
          response: { 200: CaseView, ...errorResponses, 409: ConflictBody, 422: ErrorBody },
        },
      },
      async (request) => {
        const result = await asActor(deps, request, (h) => patchCase(h, request.params.id, request.body));
        // Thrown after the commit, so the audit of the read behind `current` is kept.
        if ('conflict' in result) throw new VersionConflictError(result.conflict);
        return result.view;
      },
    );

    app.get(
      '/api/cases/:id/assignments',
      {
        preValidation: requires(deps, 'cases:read', {
          action: 'read',
          entityType: 'case_assignment',
          id: 'case',
        }),
        schema: {
          tags,
          summary: 'Tildelingshistorik: rådgiver, plejefamiliekonsulent og kontaktperson, hvem og hvorfor',
          params: IdParams,
          response: { 200: z.array(CaseAssignmentView), ...errorResponses },
        },
      },
      async (request) => asActor(deps, request, (h) => caseAssignments(h, request.params.id)),
    );
  };
}
