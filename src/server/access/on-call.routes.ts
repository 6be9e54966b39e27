import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ErrorBody, errorResponses, IdParams } from '../../core/api/common.ts';
import { OnCallShiftRequest, OnCallShiftsResponse, OnCallShiftView } from '../../core/api/users.ts';
import type { AppDeps } from '../deps.ts';
import { asActor, asActorCreating, requires } from '../route-guard.ts';
import { endShift, planShift, shiftsOf } from './on-call.ts';

const tags = ['access'];

/** The on-call rota (docs/intake.md, "On call"). Thin: parse → use case. */
export function onCallRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/users/:id/on-call-shifts',
      {
        preValidation: requires(deps, 'on_call:manage', {
          action: 'on_call_set',
          entityType: 'user',
          id: 'entity',
        }),
        schema: {
          tags,
          summary: 'Sæt en anden medarbejder på vagt i en periode (administrator og leder)',
          description:
            'Under vagten kan medarbejderen screene underretninger døgnet rundt; hver læsning, vagten giver, ' +
            'markeres i revisionsloggen. Højst 14 dage; aldrig sig selv; overlappende vagter giver 409. ' +
            'Samme idempotencyKey igen giver den første vagt (200).',
          params: IdParams,
          body: OnCallShiftRequest,
          response: {
            200: OnCallShiftView,
            201: OnCallShiftView,
            ...errorResponses,
            409: ErrorBody,
            422: ErrorBody,
          },
        },
      },
      async (request, reply) =>
        asActorCreating(deps, request, reply, (h) => planShift(h, request.params.id, request.body)),
    );

    app.get(
      '/api/users/:id/on-call-shifts',
      {
        schema: {
          tags,
          summary: 'Medarbejderens igangværende og kommende vagter (vagtplanens ejere og medarbejderen selv)',
          params: IdParams,
          response: { 200: OnCallShiftsResponse, ...errorResponses },
        },
      },
      async (request) => asActor(deps, request, (h) => shiftsOf(h, request.params.id)),
    );

    app.post(
      '/api/on-call-shifts/:id/end',
      {
        preValidation: requires(deps, 'on_call:manage', {
          action: 'on_call_end',
          entityType: 'on_call_shift',
          id: 'entity',
        }),
        schema: {
          tags,
          summary: 'Afslut en vagt nu (en kommende vagt aflyses) — administrator og leder',
          params: IdParams,
          response: { 200: OnCallShiftView, ...errorResponses, 409: ErrorBody },
        },
      },
      async (request) => asActor(deps, request, (h) => endShift(h, request.params.id)),
    );
  };
}
