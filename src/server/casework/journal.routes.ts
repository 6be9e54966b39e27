import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { JournalEntryRequest, JournalEntryView } from '../../core/api/casework-overview.ts';
import { ErrorBody, errorResponses, IdParams } from '../../core/api/common.ts';
import type { AppDeps } from '../deps.ts';
import { asActor, asActorCreating, requires } from '../route-guard.ts';
import { addJournalEntry, listJournal } from './journal.ts';

const tags = ['casework'];

export function journalRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    // ---- journal and chronology -------------------------------------------------------------------
    app.get(
      '/api/cases/:id/journal',
      {
        preValidation: requires(deps, 'cases:read', {
          action: 'read',
          entityType: 'journal_entry',
          id: 'case',
        }),
        schema: {
          tags,
          summary: 'Sagens journal, nyeste først; rettede notater peger på rettelsen',
          params: IdParams,
          response: { 200: z.array(JournalEntryView), ...errorResponses },
        },
      },
      async (request) => asActor(deps, request, (h) => listJournal(h, request.params.id)),
    );

    app.post(
      '/api/cases/:id/journal',
      {
        preValidation: requires(deps, 'cases:network_write', {
          action: 'create',
          entityType: 'journal_entry',
          id: 'case',
        }),
        schema: {
          tags,
          summary: 'Skriv et journalnotat (kun tilføjelse; en rettelse er et nyt notat med correctsId)',
          description:
            'Svarer 201; samme idempotencyKey igen giver det samme notat (200), brugt til noget andet 409. ' +
            'Et tidspunkt i fremtiden giver 422; et notat, der allerede er rettet, 409.',
          params: IdParams,
          body: JournalEntryRequest,
          response: {
            201: JournalEntryView,
            200: JournalEntryView,
            ...errorResponses,
            409: ErrorBody,
            422: ErrorBody,
          },
        },
      },
      async (request, reply) =>
        asActorCreating(deps, request, reply, (h) => addJournalEntry(h, request.params.id, request.body)),
    );
  };
}
