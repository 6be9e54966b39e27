import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  CaseloadView,
  CaseworkSettingsView,
  ChronologyResponse,
  JournalEntryRequest,
  JournalEntryView,
  MyCasesResponse,
  NetworkMemberCreateRequest,
  NetworkMemberPatchRequest,
  NetworkMemberView,
  SupervisionCasesResponse,
} from '../../core/api/casework-overview.ts';
import { ConflictBody, ErrorBody, errorResponses, IdParams } from '../../core/api/common.ts';
import { VersionConflictError } from '../../core/errors.ts';
import { withActor } from '../actor-db.ts';
import { requireActor } from '../context.ts';
import type { AppDeps } from '../deps.ts';
import { caseChronology } from './chronology.ts';
import { addJournalEntry, listJournal } from './journal.ts';
import { myCaseload, myCases } from './mine.ts';
import { addNetworkMember, changeNetworkMember, listNetwork } from './network.ts';
import { changeCaseworkSettings, readCaseworkSettings } from './settings.ts';
import { caseSupervision } from './supervision.ts';

const tags = ['casework'];

/**
 * Case-work routes, part two (docs/casework.md): the network map, the journal and the chronology,
 * "Mit overblik", the leader's supervision and the settings (figures: src/server/figures).
 * Thin: parse → one use case in one transaction as the user.
 */
export function overviewRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const run = <T>(request: Parameters<typeof requireActor>[0], work: Parameters<typeof withActor<T>>[2]) =>
      withActor(deps.db, requireActor(request), work);

    // ---- network map ----------------------------------------------------------------------------
    app.get(
      '/api/cases/:id/network',
      {
        schema: {
          tags,
          summary: 'Netværkskortet: personer omkring barnet (aktive først, også dem der er taget af kortet)',
          params: IdParams,
          response: { 200: z.array(NetworkMemberView), ...errorResponses },
        },
      },
      async (request) => run(request, (h) => listNetwork(h, request.params.id)),
    );
    app.post(
      '/api/cases/:id/network',
      {
        schema: {
          tags,
          summary: 'Tilføj en person til netværkskortet (sagsbehandler eller familieplejekonsulent på sagen)',
          description: 'Samme idempotencyKey igen giver den samme person (200).',
          params: IdParams,
          body: NetworkMemberCreateRequest,
          response: { 201: NetworkMemberView, 200: NetworkMemberView, ...errorResponses, 409: ErrorBody },
        },
      },
      async (request, reply) => {
        const result = await run(request, (h) => addNetworkMember(h, request.params.id, request.body));
        return reply.status(result.created ? 201 : 200).send(result.body);
      },
    );
    app.patch(
      '/api/network-members/:id',
      {
        schema: {
          tags,
          summary: 'Ret en person på netværkskortet; active: false tager personen af kortet uden at slette',
          description: 'Med version: en forældet version giver 409 version_conflict med den aktuelle udgave.',
          params: IdParams,
          body: NetworkMemberPatchRequest,
          response: { 200: NetworkMemberView, ...errorResponses, 409: ConflictBody },
        },
      },
      async (request) => {
        const result = await run(request, (h) => changeNetworkMember(h, request.params.id, request.body));
        if ('conflict' in result) throw new VersionConflictError(result.conflict);
        return result.member;
      },
    );

    // ---- journal and chronology -------------------------------------------------------------------
    app.get(
      '/api/cases/:id/journal',
      {
        schema: {
          tags,
          summary: 'Sagens journal, nyeste først; rettede notater peger på rettelsen',
          params: IdParams,
          response: { 200: z.array(JournalEntryView), ...errorResponses },
        },
      },
      async (request) => run(request, (h) => listJournal(h, request.params.id)),
    );
    app.post(
      '/api/cases/:id/journal',
      {
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
      async (request, reply) => {
        const result = await run(request, (h) => addJournalEntry(h, request.params.id, request.body));
        return reply.status(result.created ? 201 : 200).send(result.body);
      },
    );
    app.get(
      '/api/cases/:id/chronology',
      {
        schema: {
          tags,
          summary:
            'Sagens kronologi: underretninger (dato og kilde), beslutninger, undersøgelser, planer, indsatser, trin og opfølgninger',
          params: IdParams,
          response: { 200: ChronologyResponse, ...errorResponses },
        },
      },
      async (request) => run(request, (h) => caseChronology(h, request.params.id)),
    );

    // ---- settings -------------------------------------------------------------------------------
    app.get(
      '/api/casework/settings',
      {
        schema: {
          tags,
          summary: 'Lokale regler for sagsarbejdet: stille sager, sagstal, opfølgningskadence',
          response: { 200: CaseworkSettingsView, ...errorResponses },
        },
      },
      async (request) => run(request, (h) => readCaseworkSettings(h)),
    );
    app.put(
      '/api/casework/settings',
      {
        schema: {
          tags,
          summary: 'Ændr de lokale regler (leder eller administrator; logges)',
          body: CaseworkSettingsView,
          response: { 200: CaseworkSettingsView, ...errorResponses },
        },
      },
      async (request) => run(request, (h) => changeCaseworkSettings(h, request.body)),
    );

    // ---- "Mit overblik" and the leader's supervision ---------------------------------------------
    app.get(
      '/api/cases/mine',
      {
        schema: {
          tags,
          summary: 'Mit overblik: egne åbne sager med næste frist, overskredne først, og stille sager',
          description:
            'Sager, hvor man er sagsbehandler, familieplejekonsulent eller kontaktperson. quietSince er datoen ' +
            'for seneste kontakt (eller oprettelse), når den er ældre end grænsen for stille sager.',
          response: { 200: MyCasesResponse, ...errorResponses },
        },
      },
      async (request) => run(request, (h) => myCases(h)),
    );
    app.get(
      '/api/cases/mine/caseload',
      {
        schema: {
          tags,
          summary: 'Eget sagstal mod målet (som udgangspunkt 20)',
          response: { 200: CaseloadView, ...errorResponses },
        },
      },
      async (request) => run(request, (h) => myCaseload(h)),
    );
    app.get(
      '/api/supervision/cases',
      {
        schema: {
          tags,
          summary:
            'Ledelsestilsyn med sagerne: pr. medarbejder sagstal, overskredne frister og stille sager; sager uden sagsbehandler',
          response: { 200: SupervisionCasesResponse, ...errorResponses },
        },
      },
      async (request) => run(request, (h) => caseSupervision(h)),
    );
  };
}
