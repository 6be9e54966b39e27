import { z } from 'zod';
import { Ref, strict } from './common.ts';
import { CalendarDate, Id } from './types.ts';

/**
 * The key figures over HTTP (src/server/figures): one period format for all — `from` and `to` as
 * calendar dates, both optional (default: the twelve months up to today), at most 36 months —, an
 * optional district, and aggregates only.
 */

export const FigureQuery = strict({
  from: CalendarDate.optional(),
  to: CalendarDate.optional(),
  district: Id.optional(),
});
export type FigureQuery = z.infer<typeof FigureQuery>;

const Share = z.object({
  total: z.number().nullable(),
  onTime: z.number().nullable(),
  share: z.number().nullable(),
  suppressed: z.boolean(),
});

export const F8Response = z.object({
  figure: z.literal('F8'),
  definition: z.string(),
  from: z.string(),
  to: z.string(),
  districts: z.array(Ref),
  cells: z.array(
    z.object({
      /** null: the report's child is not identified yet, so it has no district */
      districtId: z.string().nullable(),
      month: z.string(),
      screening: Share,
      receipt: Share,
    }),
  ),
});
export const F9Response = z.object({
  figure: z.literal('F9'),
  definition: z.string(),
  from: z.string(),
  to: z.string(),
  districts: z.array(Ref),
  cells: z.array(
    z.object({ districtId: z.string().nullable(), month: z.string(), within2: Share, within4: Share }),
  ),
});
export const F11Response = z.object({
  figure: z.literal('F11'),
  definition: z.string(),
  target: z.number(),
  districts: z.array(Ref),
  rows: z.array(
    z.object({
      /** one district's row, or the whole municipality's (districtId null) */
      scope: z.enum(['district', 'total']),
      districtId: z.string().nullable(),
      caseworkers: z.number().nullable(),
      mean: z.number().nullable(),
      max: z.number().nullable(),
      shareOver: z.number().nullable(),
      suppressed: z.boolean(),
    }),
  ),
});
export const F12Response = z.object({
  figure: z.literal('F12'),
  definition: z.string(),
  from: z.string(),
  to: z.string(),
  districts: z.array(Ref),
  quarters: z.array(
    z.object({
      districtId: z.string().nullable(),
      quarter: z.string(),
      up: z.number().nullable(),
      down: z.number().nullable(),
      downShare: z.number().nullable(),
      suppressed: z.boolean(),
    }),
  ),
  belowHighest: z.array(
    z.object({
      districtId: z.string().nullable(),
      children: z.number().nullable(),
      belowHighest: z.number().nullable(),
      share: z.number().nullable(),
      suppressed: z.boolean(),
    }),
  ),
  /** moves per district, quarter and the step they left (0 = everyday life) */
  byOrigin: z.array(
    z.object({
      districtId: z.string().nullable(),
      quarter: z.string(),
      fromPosition: z.number().int(),
      up: z.number().nullable(),
      down: z.number().nullable(),
      suppressed: z.boolean(),
    }),
  ),
  /** moves per step they left over the whole period and every district of the answer */
  byOriginPeriod: z.array(
    z.object({
      fromPosition: z.number().int(),
      up: z.number().nullable(),
      down: z.number().nullable(),
      suppressed: z.boolean(),
    }),
  ),
});

/** The forums' figures FR1–FR4 (src/core/figures/forum-figures.ts): a row per district and the whole municipality's. */
const Scoped = {
  scope: z.enum(['district', 'total']),
  districtId: z.string().nullable(),
  suppressed: z.boolean(),
};
const forumFigure = <F extends string, Row extends z.ZodRawShape>(figure: F, row: Row) =>
  z.object({
    figure: z.literal(figure),
    definition: z.string(),
    from: z.string(),
    to: z.string(),
    districts: z.array(Ref),
    rows: z.array(z.object({ ...Scoped, ...row })),
  });
/** A state figure is counted on one day: the period's last day, or today if that is earlier. */
const AsOf = { asOf: z.string() };
const count = z.number().int().nullable();
export const FR1Response = forumFigure('FR1', {
  decided: count,
  alternatives: count,
  share: z.number().nullable(),
});
export const FR2Response = forumFigure('FR2', { proposals: count, medianDays: count, p90Days: count });
export const FR3Response = forumFigure('FR3', {
  children: count,
  onTime: count,
  share: z.number().nullable(),
}).extend(AsOf);
export const FR4Response = forumFigure('FR4', {
  institutional: count,
  long: count,
  share: z.number().nullable(),
}).extend(AsOf);
