/**
 * The key figures' endpoints (src/server/figures): one query format for all — the first and last
 * calendar day of the period and an optional district. Type-only imports keep zod out of the bundle.
 */
import type { z } from 'zod';
import type { FigureId } from '../../core/access/figures-policy.ts';
import type {
  F8Response,
  F9Response,
  F11Response,
  F12Response,
  FR1Response,
  FR2Response,
  FR3Response,
  FR4Response,
} from '../../core/api/figures.ts';
import { request, withQuery } from '../api.ts';

export type F8 = z.infer<typeof F8Response>;
export type F9 = z.infer<typeof F9Response>;
export type F11 = z.infer<typeof F11Response>;
export type F12 = z.infer<typeof F12Response>;
export type FR1 = z.infer<typeof FR1Response>;
export type FR2 = z.infer<typeof FR2Response>;
export type FR3 = z.infer<typeof FR3Response>;
export type FR4 = z.infer<typeof FR4Response>;
interface Figures {
  F8: F8;
  F9: F9;
  F11: F11;
  F12: F12;
  FR1: FR1;
  FR2: FR2;
  FR3: FR3;
  FR4: FR4;
}

export interface FigureFilter {
  from: string;
  to: string;
  district: string;
}

export const figureKey = (figure: FigureId, filter: FigureFilter) =>
  ['figures', figure, filter.from, filter.to, filter.district] as const;

export async function fetchFigure<F extends FigureId>(
  figure: F,
  filter: FigureFilter,
  signal?: AbortSignal,
): Promise<Figures[F]> {
  return request(withQuery(`/api/figures/${figure}`, { ...filter }), { signal });
}
