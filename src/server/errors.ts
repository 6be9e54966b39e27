import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, ERRORS, type ErrorId, VersionConflictError } from '../core/errors.ts';
import { DatabaseUnavailableError, databaseFailureOf } from '../store/transient.ts';

function body(id: ErrorId, message: string = ERRORS[id].message) {
  return { error: { id, message } };
}

/** Danish text for the first few problems, e.g. "q: Må højst være 100 tegn." */
function describeValidation(error: FastifyError): string {
  const issues = (error.validation ?? []).slice(0, 5).map((v) => {
    const where = (v.instancePath || '').replace(/^\//, '').replaceAll('/', '.');
    if (v.keyword === 'unrecognized_keys') {
      const keys = (v.params as { keys?: string[] } | undefined)?.keys ?? [];
      return `Ukendte felter: ${keys.join(', ')}`;
    }
    return where ? `${where}: ${v.message}` : (v.message ?? '');
  });
  return `${ERRORS.invalid_input.message} ${issues.join('; ')}`.trim();
}

/** Every error leaves as {"error":{"id","message"}}; never a stack trace. */
export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof VersionConflictError) {
      return reply.status(409).send({ ...body(error.id, error.message), current: error.current });
    }
    // The database went away or two transactions kept colliding (src/store/transient.ts): 503, so
    // that the client tries again, also for a query outside a retried transaction.
    if (error instanceof DatabaseUnavailableError || databaseFailureOf(error)) {
      request.log.warn({ err: error.cause ?? error }, 'database unavailable');
      return reply.status(503).header('retry-after', '2').send(body('database_unavailable'));
    }
    if (error instanceof AppError) return reply.status(error.status).send(body(error.id, error.message));
    if (hasZodFastifySchemaValidationErrors(error))
      return reply.status(400).send(body('invalid_input', describeValidation(error)));
    switch (error.code) {
      case 'FST_ERR_CTP_BODY_TOO_LARGE':
        return reply.status(413).send(body('payload_too_large'));
      case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
        return reply.status(415).send(body('unsupported_media_type'));
      case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      case 'FST_ERR_CTP_INVALID_JSON_BODY':
        return reply.status(400).send(body('invalid_input', 'Indholdet er ikke gyldig JSON.'));
    }
    if (error.statusCode === 429) return reply.status(429).send(body('rate_limited'));
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      return reply.status(400).send(body('invalid_input'));
    }
    request.log.error({ err: error }, 'unhandled error');
    return reply.status(500).send(body('internal'));
  });
  app.setNotFoundHandler((_request, reply) => reply.status(404).send(body('not_found')));
}
