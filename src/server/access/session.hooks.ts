import type { FastifyInstance } from 'fastify';
import { AppError } from '../../core/errors.ts';
import type { AppDeps } from '../deps.ts';
import { resolveSession, SESSION_COOKIE, sameToken, sessionLimits } from './session.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Every API request learns its actor from the session cookie. Every state-changing request
 * except the login itself must carry the session's CSRF token in `x-csrf-token` (synchronizer
 * token; the cookie is also SameSite=Strict).
 */
export function registerSessionHooks(app: FastifyInstance, deps: AppDeps): void {
  app.decorateRequest('actor', undefined);
  app.decorateRequest('sessionRef', undefined);
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/')) return;
    const resolved = await resolveSession(
      deps.db,
      request.cookies[SESSION_COOKIE],
      sessionLimits(deps.config),
    );
    if (resolved) {
      request.actor = resolved.actor;
      request.sessionRef = resolved.session;
    }
    if (SAFE_METHODS.has(request.method)) return;
    if (request.method === 'POST' && request.routeOptions.url === '/api/session') return;
    const header = request.headers['x-csrf-token'];
    if (typeof header !== 'string' || header === '') throw new AppError('csrf');
    if (!request.sessionRef) throw new AppError('unauthenticated');
    if (!sameToken(header, request.sessionRef.csrfToken)) throw new AppError('csrf');
  });
}
