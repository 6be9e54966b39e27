import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../deps.ts';

/** Case-work routes (docs/casework.md); filled in by the case-work slices. */
export function overviewRoutes(_deps: AppDeps): FastifyPluginAsyncZod {
  return async () => {};
}
