import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';

/** Shown while `dist/web` has not been built yet (a fresh checkout started without `npm start`). */
const NOT_BUILT_PAGE = `<!doctype html>
<html lang="da">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Trappen er ikke klar – Trappen</title>
<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;color:#212529;line-height:1.5}code{background:#f1f3f5;padding:0 .25rem}</style>
</head>
<body>
<main>
<h1>Trappen er ikke klar endnu</h1>
<p>Brugerfladen er ikke bygget. Start Trappen med <code>npm start</code>, som bygger den først,
eller byg den med <code>npx tsx src/cli/build-web.ts</code>. Genindlæs derefter siden.</p>
<p>Serverens API svarer allerede; kun brugerfladen mangler.</p>
</main>
</body>
</html>
`;

/** Paths whose last segment has an extension are files; everything else is a route of the app. */
function isFilePath(pathname: string): boolean {
  const last = pathname.slice(pathname.lastIndexOf('/') + 1);
  return last.includes('.');
}

function isApiPath(pathname: string): boolean {
  return pathname === '/api' || pathname.startsWith('/api/');
}

/**
 * Serves the built single-page app from `distDir`. Every GET outside /api that is not a file gets
 * index.html, so deep links (/boern/…) survive a reload. Checked per request rather than at start,
 * so a server started before the build picks it up without a restart.
 */
export async function registerWebAssets(app: FastifyInstance, distDir: string): Promise<void> {
  const root = path.resolve(distDir);
  const indexFile = path.join(root, 'index.html');
  // serve: false — only reply.sendFile; the route below decides what to send.
  await app.register(fastifyStatic, { root, serve: false, suppressWarning: true });

  const sendApp = (reply: FastifyReply) =>
    reply.header('cache-control', 'no-cache').sendFile('index.html', { cacheControl: false });

  app.get('/*', { schema: { hide: true } }, async (request, reply) => {
    const pathname = request.url.split('?')[0] ?? '/';
    // Unknown API paths keep the API's JSON 404; never answer them with HTML.
    if (isApiPath(pathname)) return reply.callNotFound();
    if (!existsSync(indexFile)) {
      return reply
        .code(503)
        .header('cache-control', 'no-store')
        .header('retry-after', '10')
        .type('text/html; charset=utf-8')
        .send(NOT_BUILT_PAGE);
    }
    if (!isFilePath(pathname)) return sendApp(reply);
    // Vite puts content-hashed files under /assets: they never change, so browsers may keep them.
    const hashed = pathname.startsWith('/assets/');
    return reply.sendFile(pathname, {
      cacheControl: true,
      maxAge: hashed ? '365d' : 0,
      immutable: hashed,
    });
  });
}
