import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses, IdParams } from '../../core/api/common.ts';
import { AgendaResponse } from '../../core/api/forums-agenda.ts';
import type { AppDeps } from '../deps.ts';
import { asActor, requires } from '../route-guard.ts';
import { readAgenda } from './agenda.ts';

const tags = ['forums'];

export function agendaRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/forum-meetings/:id/agenda',
      {
        preValidation: requires(deps, ['forums:member', 'forums:chair'], {
          action: 'read',
          entityType: 'forum_meeting',
          id: 'entity',
        }),
        schema: {
          tags,
          summary: 'Mødets dagsorden bygget efter reglerne (a)–(h), hvert punkt med regel og begrundelse',
          description:
            'Et møde, der ikke er afsluttet: dagsordenen, som reglerne bygger den nu; et afsluttet møde: den, ' +
            'der blev gemt ved afslutningen. Formanden læser altid, medlemmerne fra offentliggørelsen til ' +
            'mødet afsluttes. Den politiske gennemgang ser punkterne pseudonymiseret (ingen navne, CPR eller id).',
          params: IdParams,
          response: { 200: AgendaResponse, ...errorResponses },
        },
      },
      async (request) => asActor(deps, request, (h) => readAgenda(h, request.params.id)),
    );
  };
}
