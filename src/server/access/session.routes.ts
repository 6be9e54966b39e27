import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorBody } from '../../core/api/common.ts';
import { LoginRequest, SessionResponse } from '../../core/api/session.ts';
import { AppError } from '../../core/errors.ts';
import type { AppDeps } from '../deps.ts';
import { describeActor, logIn, logOut, resolveSession, SESSION_COOKIE } from './session.ts';

export function sessionRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  const cookieOptions = {
    path: '/',
    httpOnly: true,
    sameSite: 'strict',
    secure: deps.config.secureCookies,
  } as const;
  return async (app) => {
    app.post(
      '/api/session',
      {
        schema: {
          tags: ['access'],
          body: LoginRequest,
          response: { 200: SessionResponse, 400: ErrorBody, 401: ErrorBody, 429: ErrorBody },
        },
        config: {
          rateLimit: {
            max: deps.config.loginAttemptsPerMinute,
            timeWindow: '1 minute',
            hook: 'preHandler',
            keyGenerator: (request) =>
              `${request.ip}|${String((request.body as { username?: unknown })?.username ?? '')}`,
          },
        },
      },
      async (request, reply) => {
        const { cookie, session } = await logIn(deps.db, deps.ownerDb, request.body);
        const resolved = await resolveSession(deps.db, cookie, deps.config.sessionIdleMinutes);
        if (!resolved) throw new AppError('internal');
        reply.setCookie(SESSION_COOKIE, cookie, cookieOptions);
        return { user: await describeActor(deps.db, resolved.actor), csrfToken: session.csrfToken };
      },
    );

    app.get(
      '/api/session',
      { schema: { tags: ['access'], response: { 200: SessionResponse, 401: ErrorBody } } },
      async (request) => {
        if (!request.actor || !request.sessionRef) throw new AppError('unauthenticated');
        return { user: await describeActor(deps.db, request.actor), csrfToken: request.sessionRef.csrfToken };
      },
    );

    app.delete(
      '/api/session',
      { schema: { tags: ['access'], response: { 204: z.null(), 401: ErrorBody, 403: ErrorBody } } },
      async (request, reply) => {
        if (request.sessionRef) await logOut(deps.db, request.sessionRef);
        reply.clearCookie(SESSION_COOKIE, cookieOptions);
        return reply.status(204).send(null);
      },
    );
  };
}
