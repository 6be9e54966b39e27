import { type FigureId, figureSuppression } from '../../core/access/figures-policy.ts';
import type { FigureQuery } from '../../core/api/figures.ts';
import { addCalendarDays, type CalendarDate } from '../../core/calendar/zone.ts';
import { addCalendarMonths } from '../../core/casework/months.ts';
import { AppError } from '../../core/errors.ts';
import { type ActorHandle, DeniedError } from '../actor-db.ts';
import { districtNames } from '../people/children.queries.ts';

/**
 * What every figure's read shares: who may read it and with which suppression (figures-policy.ts),
 * the one period format, the names of the districts in the answer, and the audit row. Figures are
 * aggregates — no person identifiers leave the server — so the reader's scope is the municipality.
 */

const MAX_MONTHS = 36;

/** The reader's suppression threshold for this figure; a role the policy gives no such figure: 403. */
export function suppressionFor(h: ActorHandle, figure: FigureId): number {
  const suppressBelow = figureSuppression(h.actor.role, figure);
  if (suppressBelow === null)
    throw new DeniedError({ action: 'read', entityType: 'figure', entityId: figure });
  return suppressBelow;
}

/** The period: `to` defaults to today, `from` to a year before it; at most 36 months, from ≤ to. */
export function figurePeriod(
  query: FigureQuery,
  today: CalendarDate,
): { from: CalendarDate; to: CalendarDate } {
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

/** The districts an answer names, sorted as Danish sorts them. */
export async function districtRefs(h: ActorHandle, ids: readonly (string | null)[]) {
  const names = await districtNames(h.tx, [...new Set(ids.filter((d): d is string => d !== null))]);
  return [...names].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name, 'da'));
}

export async function auditFigureRead(h: ActorHandle, figure: FigureId, query: FigureQuery) {
  await h.audit({ action: 'read', entityType: 'figure', entityId: figure, details: { ...query } });
}
