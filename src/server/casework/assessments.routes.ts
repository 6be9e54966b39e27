import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../deps.ts';

/** Filled in by the next slice. */
export function assessmentsRoutes(_deps: AppDeps): FastifyPluginAsyncZod {
  return async () => {};
}
