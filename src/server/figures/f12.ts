import type { z } from 'zod';
import type { F12Response, FigureQuery } from '../../core/api/figures.ts';
import { todayInCopenhagen } from '../../core/calendar/zone.ts';
import { earlierDate } from '../../core/casework/months.ts';
import { computeF12 } from '../../core/figures/f12.ts';
import type { ActorHandle } from '../actor-db.ts';
import { auditFigureRead, districtRefs, figurePeriod, suppressionFor } from './figure-read.ts';
import { f12Children, f12Moves } from './figures.queries.ts';

export const F12_DEFINITION =
  'Flytninger ned og op ad indsatstrappen pr. kvartal (barnets distrikt), og andelen af børn, der står lavere ' +
  'end det højeste trin, de har været på. Trin 0 er almindelig hverdag: at slutte alle indsatser er et trin ned. ' +
  'Flytningerne tælles også efter det trin, de gik fra (fx op og ned fra de hjemmebaserede indsatser). ' +
  'Tal under 5 vises ikke for analytikere.';

export async function figureF12(h: ActorHandle, query: FigureQuery): Promise<z.infer<typeof F12Response>> {
  const suppressBelow = suppressionFor(h, 'F12');
  const today = todayInCopenhagen();
  const { from, to } = figurePeriod(query, today);
  const [moves, children] = await Promise.all([
    f12Moves(h.tx, from, to, query.district),
    f12Children(h.tx, earlierDate(to, today), query.district),
  ]);
  const result = computeF12(moves, children, suppressBelow);
  await auditFigureRead(h, 'F12', query);
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
