import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import Fastify, { type FastifyError, type FastifyInstance, type FastifyReply } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { ERRORS } from '../core/errors.ts';
import { registerAuditChainer, startAuditChainer } from '../store/audit-chainer.ts';
import { auditChainSettings } from '../store/audit-key.ts';
import { accessRoutes } from './access/access.routes.ts';
import { registerSessionHooks } from './access/session.hooks.ts';
import { auditRoutes } from './audit/audit.routes.ts';
import { caseworkRoutes } from './casework/casework.routes.ts';
import { catalogRoutes } from './catalog/catalog.routes.ts';
import type { AppDeps } from './deps.ts';
import { detectionRoutes } from './detection/detection.routes.ts';
import { documentsRoutes } from './documents/documents.routes.ts';
import { registerErrorHandling } from './errors.ts';
import { figuresRoutes } from './figures/figures.routes.ts';
import { forumsRoutes } from './forums/forums.routes.ts';
import { healthRoutes } from './health.routes.ts';
import { intakeRoutes } from './intake/intake.routes.ts';
import { peopleRoutes } from './people/people.routes.ts';

declare module 'fastify' {
  interface FastifyRequest {
    startedAt: bigint;
  }
}

export interface BuildOptions {
  logger?: boolean;
  /** Folder of the built web app; omitted in API-only tests. */
  webDir?: string;
  /** Milliseconds between the audit chainer's sweeps (default 5 s); 0 in tests: no sweep. */
  auditSweepMs?: number;
}

const AUDIT_SWEEP_MS = 5000;

/**
 * Links the audit events of this server's requests after commit (src/store/audit-chainer.ts): the
 * chainer writes the chain as the owner; the requests' pool is the one `withActor` pokes it from.
 */
function startChainer(app: FastifyInstance, deps: AppDeps, options: BuildOptions) {
  const chainer = startAuditChainer(deps.ownerDb, auditChainSettings(deps.config, { create: true }), {
    sweepMs: options.auditSweepMs ?? AUDIT_SWEEP_MS,
    // Always on stderr, with or without request logging: unlinked events must not go unnoticed.
    onError: (error) =>
      process.stderr.write(
        `Audit chainer: ${error instanceof Error ? error.message : String(error)}; its events stay pending for the next run (or the next start).\n`,
      ),
  });
  registerAuditChainer(deps.db, chainer);
  app.addHook('onClose', async () => {
    registerAuditChainer(deps.db, undefined);
    await chainer.stop();
  });
}

/** The whole HTTP application. Each area adds its routes here. */
export async function buildApp(deps: AppDeps, options: BuildOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger
      ? { level: 'info', redact: ['req.headers.cookie', 'req.headers["x-csrf-token"]'] }
      : false,
    bodyLimit: 1024 * 1024,
    trustProxy: process.env.TRUST_PROXY === '1',
    // A path that cannot be decoded (`%ED%A0%80`, a lone surrogate) fails before routing, where the
    // error handler does not reach: answered here in the API's error shape.
    frameworkErrors: (error, _request, reply) => answerFrameworkError(error, reply as FastifyReply),
    // Refused by Node's HTTP parser (a request line or headers over 16 KB, a malformed request).
    clientErrorHandler: answerClientError,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandling(app);
  startChainer(app, deps, options);
  // Server-Timing lets `npm run bench` (and a browser's devtools) read the server's own time.
  app.decorateRequest('startedAt', 0n);
  app.addHook('onRequest', async (request) => {
    request.startedAt = process.hrtime.bigint();
  });
  app.addHook('onSend', async (request, reply) => {
    const ms = Number(process.hrtime.bigint() - request.startedAt) / 1e6;
    reply.header('server-timing', `app;dur=${ms.toFixed(2)}`);
  });
  // API answers carry person data: no browser or proxy may keep a copy (issue #10, item 16).
  // The web app's files stay cacheable.
  app.addHook('onSend', async (request, reply) => {
    if (isApiUrl(request.url)) reply.header('cache-control', 'no-store');
  });

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Mantine sets style attributes at run time.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        fontSrc: ["'self'", 'data:'],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        upgradeInsecureRequests: deps.config.secureCookies ? [] : null,
      },
    },
    strictTransportSecurity: deps.config.secureCookies,
  });
  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'Trappen API',
        description: 'Case management and steering for work with vulnerable children and young people.',
        version: deps.version,
      },
    },
    transform: jsonSchemaTransform,
  });
  registerSessionHooks(app, deps);

  // One plugin per area (src/server/<area>/<area>.routes.ts), which only registers its routes files.
  await app.register(healthRoutes(deps));
  await app.register(accessRoutes(deps));
  await app.register(peopleRoutes(deps));
  await app.register(auditRoutes(deps));
  await app.register(catalogRoutes(deps));
  await app.register(detectionRoutes(deps));
  await app.register(intakeRoutes(deps));
  await app.register(caseworkRoutes(deps));
  await app.register(figuresRoutes(deps));
  await app.register(forumsRoutes(deps));
  await app.register(documentsRoutes(deps));
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  if (options.webDir) {
    const { registerWebAssets } = await import('./web-assets.ts');
    await registerWebAssets(app, options.webDir);
  }
  return app;
}

/** `/api` and everything under it, whatever the query string. */
function isApiUrl(url: string): boolean {
  const pathname = url.split('?')[0] ?? '';
  return pathname === '/api' || pathname.startsWith('/api/');
}

function answerFrameworkError(error: FastifyError, reply: FastifyReply): void {
  const bad = error.code === 'FST_ERR_BAD_URL';
  const id = bad ? 'invalid_input' : 'internal';
  const message = bad ? `${ERRORS.invalid_input.message} Adressen kan ikke læses.` : ERRORS.internal.message;
  reply
    .status(bad ? 400 : 500)
    .header('cache-control', 'no-store')
    .send({ error: { id, message } });
}

/** What Node's HTTP parser refuses, in the API's error shape too (Fastify's default is its own). */
function answerClientError(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, id] =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? ([431, 'payload_too_large'] as const)
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? ([408, 'invalid_input'] as const)
        : ([400, 'invalid_input'] as const);
  const body = JSON.stringify({ error: { id, message: ERRORS[id].message } });
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\ncontent-type: application/json; charset=utf-8\r\n` +
        `content-length: ${Buffer.byteLength(body)}\r\ncache-control: no-store\r\nconnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
}
