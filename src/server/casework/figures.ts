import type { z } from 'zod';
import { CASE_POLICY } from '../../core/access/case-policy.ts';
import type { F9Response, F11Response, F12Response, FigureQuery } from '../../core/api/casework-overview.ts';
import { addCalendarDays, type CalendarDate } from '../../core/calendar/zone.ts';
import { addCalendarMonths, earlierDate } from '../../core/casework/months.ts';
import { AppError } from '../../core/errors.ts';
import { computeF9 } from '../../core/figures/f9.ts';
import { computeF11 } from '../../core/figures/f11.ts';
import { computeF12 } from '../../core/figures/f12.ts';
import { todayInCopenhagen } from '../../core/people.ts';
import { type ActorHandle, DeniedError } from '../actor-db.ts';
import { districtNames } from '../people/children.queries.ts';
import { loadCaseworkSettings } from './deadlines.queries.ts';
import * as q from './figures.queries.ts';

/**
 * Figures F9, F11 and F12 over HTTP (domain.md, the catalog of figures): the queries of
 * figures.queries.ts through the pure functions of src/core/figures. Aggregates only — no person
 * identifiers, and a caseworker's id never leaves the server — so the leader sees the whole
 * municipality; the analyst gets counts below 5 suppressed; every other role 403.
 */

const MAX_MONTHS = 36;

export const F9_DEFINITION =
  'Andel børnefaglige undersøgelser (BL § 20) afsluttet inden for 2 måneder (lokalt mål: 80 %) og inden for ' +
  '4 måneder (lovens frist) fra kommunen fik kendskab, pr. distrikt og måned for kendskab. Kun afgjorte ' +
  'undersøgelser tæller: afsluttet, eller fristen er overskredet. En foreløbig vurdering tæller ikke som afsluttet. ' +
  'Tal under 5 vises ikke for analytikere.';
export const F11_DEFINITION =
  'Sagstal pr. sagsbehandler: åbne sager, hvor man er sagsbehandler, pr. distrikt og for hele kommunen — ' +
  'gennemsnit, største sagstal og andel over målet. Sagsbehandlere uden åbne sager tæller med 0. ' +
  'Grupper under 5 sagsbehandlere vises ikke for analytikere.';
export const F12_DEFINITION =
  'Flytninger ned og op ad indsatstrappen pr. kvartal (barnets distrikt), og andelen af børn, der står lavere ' +
  'end det højeste trin, de har været på. Trin 0 er almindelig hverdag: at slutte alle indsatser er et trin ned. ' +
  'Flytningerne tælles også efter det trin, de gik fra (fx op og ned fra de hjemmebaserede indsatser). ' +
  'Tal under 5 vises ikke for analytikere.';

function suppression(h: ActorHandle, figure: string): number {
  const figures = CASE_POLICY[h.actor.role].figures;
  if (!figures) throw new DeniedError({ action: 'read', entityType: 'figure', entityId: figure });
  return figures.suppressBelow;
}

/** The period: `to` defaults to today, `from` to a year before it; at most 36 months. */
function period(query: FigureQuery, today: CalendarDate): { from: CalendarDate; to: CalendarDate } {
  const to = query.to ?? today;
  const from = query.from ?? addCalendarDays(addCalendarMonths(to, -12), 1);
  if (from > to || from < addCalendarMonths(to, -MAX_MONTHS)) {
    throw new AppError(
      'invalid_input',
      `Perioden skal være højst ${MAX_MONTHS} måneder, og fra skal ligge før til.`,
    );
  }
  return { from, to };
}

async function districtRefs(h: ActorHandle, ids: readonly (string | null)[]) {
  const names = await districtNames(h.tx, [...new Set(ids.filter((d): d is string => d !== null))]);
  return [...names].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name, 'da'));
}

async function audited(h: ActorHandle, figure: string, query: FigureQuery) {
  await h.audit({ action: 'read', entityType: 'figure', entityId: figure, details: { ...query } });
}

export async function figureF9(h: ActorHandle, query: FigureQuery): Promise<z.infer<typeof F9Response>> {
  const suppressBelow = suppression(h, 'F9');
  const today = todayInCopenhagen();
  const { from, to } = period(query, today);
  const cells = computeF9(await q.f9Rows(h.tx, from, to, query.district), today, suppressBelow);
  await audited(h, 'F9', query);
  return {
    figure: 'F9',
    definition: F9_DEFINITION,
    from,
    to,
    districts: await districtRefs(
      h,
      cells.map((c) => c.districtId),
    ),
    cells,
  };
}

export async function figureF11(h: ActorHandle, query: FigureQuery): Promise<z.infer<typeof F11Response>> {
  const suppressBelow = suppression(h, 'F11');
  const [rows, settings] = await Promise.all([q.f11Rows(h.tx, query.district), loadCaseworkSettings(h.tx)]);
  const cells = computeF11(rows, settings.caseloadTarget, suppressBelow);
  await audited(h, 'F11', query);
  return {
    figure: 'F11',
    definition: F11_DEFINITION,
    target: settings.caseloadTarget,
    districts: await districtRefs(
      h,
      cells.map((c) => c.districtId),
    ),
    rows: cells,
  };
}

export async function figureF12(h: ActorHandle, query: FigureQuery): Promise<z.infer<typeof F12Response>> {
  const suppressBelow = suppression(h, 'F12');
  const today = todayInCopenhagen();
  const { from, to } = period(query, today);
  const [moves, children] = await Promise.all([
    q.f12Moves(h.tx, from, to, query.district),
    q.f12Children(h.tx, earlierDate(to, today), query.district),
  ]);
  const result = computeF12(moves, children, suppressBelow);
  await audited(h, 'F12', query);
  return {
    figure: 'F12',
    definition: F12_DEFINITION,
    from,
    to,
    districts: await districtRefs(h, [
      ...result.quarters.map((c) => c.districtId),
      ...result.belowHighest.map((c) => c.districtId),
    ]),
    ...result,
  };
}
