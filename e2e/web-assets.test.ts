import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerErrorHandling } from '../src/server/errors.ts';
import { registerWebAssets } from '../src/server/web-assets.ts';

/** How the server hands out the built app, without a browser or a database. */
describe('registerWebAssets', () => {
  let dir: string;
  let app: FastifyInstance;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'trappen-web-'));
    app = Fastify();
    registerErrorHandling(app);
    app.get('/api/health', async () => ({ status: 'ok' }));
    await registerWebAssets(app, dir);
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers 503 with a Danish page until the app is built, but keeps the API', async () => {
    const page = await app.inject({ method: 'GET', url: '/boern' });
    expect(page.statusCode).toBe(503);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.body).toContain('lang="da"');
    expect(page.body).toContain('Trappen er ikke klar endnu');
    expect((await app.inject({ method: 'GET', url: '/api/health' })).json()).toEqual({ status: 'ok' });
  });

  it('serves index.html for app routes, files as files, and JSON 404s under /api', async () => {
    mkdirSync(path.join(dir, 'assets'), { recursive: true });
    writeFileSync(
      path.join(dir, 'index.html'),
      '<!doctype html><html lang="da"><title>Trappen</title></html>',
    );
    writeFileSync(path.join(dir, 'assets', 'index-abc123.js'), 'console.log(1);');

    for (const url of [
      '/',
      '/boern',
      '/boern/7f9c7a34-0000-4000-8000-000000000000',
      '/revisionslog?user=x',
    ]) {
      const res = await app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['content-type']).toContain('text/html');
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(res.body).toContain('<title>Trappen</title>');
    }

    const asset = await app.inject({ method: 'GET', url: '/assets/index-abc123.js' });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toContain('immutable');

    // A missing file is a 404, never the app's HTML (a stale page must not run HTML as a script).
    const missing = await app.inject({ method: 'GET', url: '/assets/index-gone.js' });
    expect(missing.statusCode).toBe(404);

    const api = await app.inject({ method: 'GET', url: '/api/does-not-exist' });
    expect(api.statusCode).toBe(404);
    expect(api.json()).toEqual({ error: { id: 'not_found', message: expect.any(String) } });

    const traversal = await app.inject({ method: 'GET', url: '/assets/..%2f..%2fetc%2fpasswd' });
    expect([400, 403, 404]).toContain(traversal.statusCode);
  });
});
