import type { z } from 'zod';
import type { F9Response, FigureQuery } from '../../core/api/figures.ts';
import { todayInCopenhagen } from '../../core/calendar/zone.ts';
import { computeF9 } from '../../core/figures/f9.ts';
import type { ActorHandle } from '../actor-db.ts';
import { auditFigureRead, districtRefs, figurePeriod, suppressionFor } from './figure-read.ts';
import { f9Rows } from './figures.queries.ts';

export const F9_DEFINITION =
  'Andel børnefaglige undersøgelser (BL § 20) afsluttet inden for 2 måneder (lokalt mål: 80 %) og inden for ' +
  '4 måneder (lovens frist) fra kommunen fik kendskab, pr. distrikt og måned for kendskab. Kun afgjorte ' +
  'undersøgelser tæller: afsluttet, eller fristen er overskredet. En foreløbig vurdering tæller ikke som afsluttet. ' +
  'Tal under 5 vises ikke for analytikere.';

export async function figureF9(h: ActorHandle, query: FigureQuery): Promise<z.infer<typeof F9Response>> {
  const suppressBelow = suppressionFor(h, 'F9');
  const today = todayInCopenhagen();
  const { from, to } = figurePeriod(query, today);
  const cells = computeF9(await f9Rows(h.tx, from, to, query.district), today, suppressBelow);
  await auditFigureRead(h, 'F9', query);
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
