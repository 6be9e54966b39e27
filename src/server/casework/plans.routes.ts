import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { PlanCreateRequest, PlanPatchRequest, PlanView } from '../../core/api/casework-plan.ts';
import { ConflictBody, ErrorBody, errorResponses, IdParams } from '../../core/api/common.ts';
import { VersionConflictError } from '../../core/errors.ts';
import type { AppDeps } from '../deps.ts';
import { asActor, asActorCreating, requires } from '../route-guard.ts';
import { createPlan, listPlans, patchPlan } from './plans.ts';

const tags = ['casework'];

/** The child's plan and the youth plan (docs/casework.md "Plans"). */
export function plansRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/cases/:id/plans',
      {
        preValidation: requires(deps, 'cases:write', { action: 'create', entityType: 'plan', id: 'case' }),
        schema: {
          tags,
          summary:
            'Aftal en barnets plan (BL § 91) eller ungeplan (BL § 108, fra 15 år) med mål og deltagere',
          description:
            'Hvert mål har et ICS-område og kan knyttes til sagens indsatser. Hvem der var med til at aftale ' +
            'planen, skal angives. Samme idempotencyKey igen giver den samme plan (200).',
          params: IdParams,
          body: PlanCreateRequest,
          response: { 201: PlanView, 200: PlanView, ...errorResponses, 409: ErrorBody, 422: ErrorBody },
        },
      },
      async (request, reply) =>
        asActorCreating(deps, request, reply, (h) => createPlan(h, request.params.id, request.body)),
    );

    app.patch(
      '/api/plans/:id',
      {
        preValidation: requires(deps, 'cases:write', { action: 'update', entityType: 'plan', id: 'entity' }),
        schema: {
          tags,
          summary: 'Ret planen: resumé, deltagere, målenes tekst, et mål nået, nye mål (med version)',
          description:
            'Angiv den version, du hentede (forældet: 409 version_conflict med den aktuelle plan i `current`). ' +
            '`goals[].achievedOn` markerer et mål som nået (null tager det tilbage); `addGoals` tilføjer mål ' +
            'efter de eksisterende.',
          params: IdParams,
          body: PlanPatchRequest,
          response: { 200: PlanView, ...errorResponses, 409: ConflictBody, 422: ErrorBody },
        },
      },
      async (request) => {
        const result = await asActor(deps, request, (h) => patchPlan(h, request.params.id, request.body));
        // Thrown after the commit, so the audit of the read behind `current` is kept.
        if ('conflict' in result) throw new VersionConflictError(result.conflict);
        return result.plan;
      },
    );

    app.get(
      '/api/cases/:id/plans',
      {
        preValidation: requires(deps, 'cases:read', { action: 'read', entityType: 'plan', id: 'case' }),
        schema: {
          tags,
          summary: 'Sagens planer med mål, nyeste først',
          params: IdParams,
          response: { 200: z.array(PlanView), ...errorResponses },
        },
      },
      async (request) => asActor(deps, request, (h) => listPlans(h, request.params.id)),
    );
  };
}
