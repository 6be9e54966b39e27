import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { normalizeUsername } from '../../core/access/username.ts';
import { ErrorBody } from '../../core/api/common.ts';
import { LoginRequest, SessionResponse } from '../../core/api/session.ts';
import { AppError } from '../../core/errors.ts';
import type { AppDeps } from '../deps.ts';
import { describeActor, logIn, logOut, resolveSession, SESSION_COOKIE, sessionLimits } from './session.ts';

function loginAccount(request: FastifyRequest): string {
  const username = (request.body as { username?: unknown } | undefined)?.username;
  return normalizeUsername(typeof username === 'string' ? username : '');
}

export function sessionRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  const cookieOptions = {
    path: '/',
    httpOnly: true,
    sameSite: 'strict',
    secure: deps.config.secureCookies,
  } as const;
  return async (app) => {
    // The plugin limits a request once; the second limit is applied by hand.
    const perAccount = app.createRateLimit({
      max: deps.config.loginAttemptsPerAccountPer15Minutes,
      timeWindow: '15 minutes',
      keyGenerator: loginAccount,
    });
    app.post(
      '/api/session',
      {
        schema: {
          tags: ['access'],
          body: LoginRequest,
          response: { 200: SessionResponse, 400: ErrorBody, 401: ErrorBody, 429: ErrorBody },
        },
        // Two limits, both on the username as the login looks it up: per address and username, and
        // per username from any address (password guessing spread over many addresses).
        config: {
          rateLimit: {
            max: deps.config.loginAttemptsPerMinute,
            timeWindow: '1 minute',
            hook: 'preHandler',
            keyGenerator: (request) => `${request.ip}|${loginAccount(request)}`,
          },
        },
        preHandler: async (request: FastifyRequest) => {
          const limit = await perAccount(request);
          if (!limit.isAllowed && limit.isExceeded) throw new AppError('rate_limited');
        },
      },
      async (request, reply) => {
        const { cookie, session } = await logIn(deps.db, deps.ownerDb, request.body);
        const resolved = await resolveSession(deps.db, cookie, sessionLimits(deps.config));
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
