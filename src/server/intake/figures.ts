import { figureSuppression } from '../../core/access/intake-policy.ts';
import { addCalendarDays, copenhagenInstant } from '../../core/calendar/zone.ts';
import { AppError } from '../../core/errors.ts';
import { computeF8 } from '../../core/figures/f8.ts';
import { type ActorHandle, DeniedError } from '../actor-db.ts';
import { districtNames } from '../people/children.queries.ts';
import { f8Rows } from './f8.queries.ts';

/** Figure F8 over HTTP: per district and Copenhagen month, counts suppressed for the analyst. */

const MAX_MONTHS = 36;

export const F8_DEFINITION =
  'Andel underretninger screenet inden for 24 timer og andel kvitteringer sendt inden for 6 hverdage, ' +
  'pr. distrikt og måned (modtagelsesmåned). Kun afgjorte tilfælde tæller: screenet/sendt, eller fristen er overskredet. ' +
  'Tal under 5 vises ikke for analytikere.';

function monthIndex(month: string): number {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return y * 12 + (m - 1);
}

export async function figureF8(
  h: ActorHandle,
  query: { from: string; to: string; district?: string | undefined },
) {
  const suppressBelow = figureSuppression(h.actor.role);
  if (suppressBelow === null) throw new DeniedError({ action: 'read', entityType: 'figure', entityId: 'F8' });
  const span = monthIndex(query.to) - monthIndex(query.from);
  const toMonth = Number(query.to.slice(5, 7));
  const fromMonth = Number(query.from.slice(5, 7));
  if (span < 0 || span >= MAX_MONTHS || toMonth < 1 || toMonth > 12 || fromMonth < 1 || fromMonth > 12) {
    throw new AppError('invalid_input', `Perioden skal være fra 1 til ${MAX_MONTHS} måneder, fra ≤ til.`);
  }
  const from = copenhagenInstant(`${query.from}-01`);
  // The first day of the month after `to`: day 28 + 4 days is always in the next month.
  const to = copenhagenInstant(`${addCalendarDays(`${query.to}-28`, 4).slice(0, 7)}-01`);
  const cells = computeF8(await f8Rows(h.tx, from, to, query.district), new Date(), suppressBelow);
  const names = await districtNames(h.tx, [
    ...new Set(cells.flatMap((c) => (c.districtId ? [c.districtId] : []))),
  ]);
  await h.audit({ action: 'read', entityType: 'figure', entityId: 'F8', details: { ...query } });
  return {
    figure: 'F8' as const,
    definition: F8_DEFINITION,
    cells: cells.map(({ districtId, ...c }) => ({
      ...c,
      district: districtId ? { id: districtId, name: names.get(districtId) ?? '' } : null,
    })),
  };
}
