import type { z } from 'zod';
import type { F8Response, FigureQuery } from '../../core/api/figures.ts';
import { addCalendarDays, copenhagenInstant, todayInCopenhagen } from '../../core/calendar/zone.ts';
import { computeF8 } from '../../core/figures/f8.ts';
import type { ActorHandle } from '../actor-db.ts';
import { f8Rows } from './f8.queries.ts';
import { auditFigureRead, districtRefs, figurePeriod, suppressionFor } from './figure-read.ts';

export const F8_DEFINITION =
  'Andel underretninger screenet inden for 24 timer og andel kvitteringer sendt inden for 6 hverdage, ' +
  'pr. distrikt og måned (modtagelsesmåned). Kun afgjorte tilfælde tæller: screenet/sendt, eller fristen er overskredet. ' +
  'Tal under 5 vises ikke for analytikere.';

/** Figure F8: reports received from the first Copenhagen day of the period to the end of its last. */
export async function figureF8(h: ActorHandle, query: FigureQuery): Promise<z.infer<typeof F8Response>> {
  const suppressBelow = suppressionFor(h, 'F8');
  const { from, to } = figurePeriod(query, todayInCopenhagen());
  const rows = await f8Rows(
    h.tx,
    copenhagenInstant(from),
    copenhagenInstant(addCalendarDays(to, 1)),
    query.district,
  );
  const cells = computeF8(rows, new Date(), suppressBelow);
  await auditFigureRead(h, 'F8', query);
  return {
    figure: 'F8',
    definition: F8_DEFINITION,
    from,
    to,
    districts: await districtRefs(
      h,
      cells.map((c) => c.districtId),
    ),
    cells,
  };
}
