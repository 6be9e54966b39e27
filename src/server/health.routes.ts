import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { sql } from 'kysely';
import { z } from 'zod';
import type { AppDeps } from './deps.ts';

export const HealthResponse = z.object({
  status: z.literal('ok'),
  database: z.enum(['embedded', 'external']),
  version: z.string(),
});

export function healthRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/health',
      { schema: { tags: ['operations'], response: { 200: HealthResponse } } },
      async () => {
        await sql`SELECT 1`.execute(deps.db);
        return { status: 'ok' as const, database: deps.databaseKind, version: deps.version };
      },
    );
  };
}
