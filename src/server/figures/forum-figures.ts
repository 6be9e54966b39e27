import type { z } from 'zod';
import type {
  FigureQuery,
  FR1Response,
  FR2Response,
  FR3Response,
  FR4Response,
} from '../../core/api/figures.ts';
import { todayInCopenhagen } from '../../core/calendar/zone.ts';
import { earlierDate } from '../../core/casework/months.ts';
import { computeFR1, computeFR2, computeFR3, computeFR4 } from '../../core/figures/forum-figures.ts';
import type { ActorHandle } from '../actor-db.ts';
import { forumRules } from '../forums/rules.ts';
import { auditFigureRead, districtRefs, figurePeriod, suppressionFor } from './figure-read.ts';
import { councilReviews, forumFigureMeasures, fr1Rows, fr2Rows } from './forum-figures.queries.ts';

/** The forums' figures FR1–FR4 (docs/figures.md), in the one period format of every figure. */

const SMALL = 'Tal under 5 vises ikke for analytikere.';

export const FR1_DEFINITION =
  'Andel af Det Kreative Råds afgjorte indstillinger i perioden, hvor rådet fandt et alternativ på et lavere trin ' +
  '(udsatte punkter tæller ikke: de er ikke afgjort), pr. distrikt og for hele kommunen. ' +
  SMALL;
export const FR2_DEFINITION =
  'Dage fra indstilling til afgørelse for indstillinger afgjort i perioden (første afgørelse, der ikke er en udsættelse): ' +
  `median og 90 %-fraktil, pr. distrikt og for hele kommunen. ${SMALL}`;
export const FR3_DEFINITION =
  'Børn i specialiserede tilbud, hvis gennemgang i Det Kreative Råd har været forfalden (i tilbud i mindst ' +
  'gennemgangsintervallet, standard 6 måneder), og andelen gennemgået til tiden på periodens sidste dag. ' +
  SMALL;
export const FR4_DEFINITION =
  'Børn anbragt på institution (de institutionelle trin) på periodens sidste dag, og antal og andel, der har været ' +
  `det i 12 måneder eller mere uden afbrydelse. ${SMALL}`;

export async function figureFR1(h: ActorHandle, query: FigureQuery): Promise<z.infer<typeof FR1Response>> {
  const suppressBelow = suppressionFor(h, 'FR1');
  const { from, to } = figurePeriod(query, todayInCopenhagen());
  const rows = computeFR1(await fr1Rows(h.tx, from, to, query.district), suppressBelow);
  await auditFigureRead(h, 'FR1', query);
  const districts = await districtRefs(
    h,
    rows.map((r) => r.districtId),
  );
  return { figure: 'FR1', definition: FR1_DEFINITION, from, to, districts, rows };
}

export async function figureFR2(h: ActorHandle, query: FigureQuery): Promise<z.infer<typeof FR2Response>> {
  const suppressBelow = suppressionFor(h, 'FR2');
  const { from, to } = figurePeriod(query, todayInCopenhagen());
  const rows = computeFR2(await fr2Rows(h.tx, from, to, query.district), suppressBelow);
  await auditFigureRead(h, 'FR2', query);
  const districts = await districtRefs(
    h,
    rows.map((r) => r.districtId),
  );
  return { figure: 'FR2', definition: FR2_DEFINITION, from, to, districts, rows };
}

/** The state figures are counted on the period's last day, or today when that is still to come. */
async function stateInput(h: ActorHandle, query: FigureQuery) {
  const today = todayInCopenhagen();
  const { from, to } = figurePeriod(query, today);
  const asOf = earlierDate(to, today);
  const [measures, rules] = await Promise.all([
    forumFigureMeasures(h.tx, asOf, query.district),
    forumRules(h),
  ]);
  return { from, to, asOf, measures, settings: rules.settings };
}

export async function figureFR3(h: ActorHandle, query: FigureQuery): Promise<z.infer<typeof FR3Response>> {
  const suppressBelow = suppressionFor(h, 'FR3');
  const { from, to, asOf, measures, settings } = await stateInput(h, query);
  const rows = computeFR3(measures, await councilReviews(h.tx, asOf), asOf, suppressBelow, settings);
  await auditFigureRead(h, 'FR3', query);
  const districts = await districtRefs(
    h,
    rows.map((r) => r.districtId),
  );
  return { figure: 'FR3', definition: FR3_DEFINITION, from, to, asOf, districts, rows };
}

export async function figureFR4(h: ActorHandle, query: FigureQuery): Promise<z.infer<typeof FR4Response>> {
  const suppressBelow = suppressionFor(h, 'FR4');
  const { from, to, asOf, measures, settings } = await stateInput(h, query);
  const rows = computeFR4(measures, asOf, suppressBelow, settings);
  await auditFigureRead(h, 'FR4', query);
  const districts = await districtRefs(
    h,
    rows.map((r) => r.districtId),
  );
  return { figure: 'FR4', definition: FR4_DEFINITION, from, to, asOf, districts, rows };
}
