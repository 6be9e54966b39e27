import type { z } from 'zod';
import type { F11Response, FigureQuery } from '../../core/api/figures.ts';
import { computeF11 } from '../../core/figures/f11.ts';
import type { ActorHandle } from '../actor-db.ts';
import { loadCaseworkSettings } from '../casework/deadlines.queries.ts';
import { auditFigureRead, districtRefs, suppressionFor } from './figure-read.ts';
import { f11Rows } from './figures.queries.ts';

export const F11_DEFINITION =
  'Sagstal pr. sagsbehandler: åbne sager, hvor man er sagsbehandler, pr. distrikt og for hele kommunen — ' +
  'gennemsnit, største sagstal og andel over målet. Sagsbehandlere uden åbne sager tæller med 0. ' +
  'Grupper under 5 sagsbehandlere vises ikke for analytikere.';

/** Figure F11 is a state, not a flow: today's caseloads, so it takes no period. */
export async function figureF11(h: ActorHandle, query: FigureQuery): Promise<z.infer<typeof F11Response>> {
  const suppressBelow = suppressionFor(h, 'F11');
  const [rows, settings] = await Promise.all([f11Rows(h.tx, query.district), loadCaseworkSettings(h.tx)]);
  const cells = computeF11(rows, settings.caseloadTarget, suppressBelow);
  await auditFigureRead(h, 'F11', query);
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
