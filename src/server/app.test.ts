import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readConfig } from '../store/config.ts';
import type { Db } from '../store/database.ts';
import { testDb } from '../testing/server.ts';
import { buildApp } from './app.ts';

/**
 * The HTTP application as a whole (issue #10): API answers are never cached, the web app's files
 * are; what the router or Node's parser refuses still answers in the API's error shape.
 */

let app: FastifyInstance;
let db: Db;
let url: string;
let webDir: string;

beforeAll(async () => {
  webDir = mkdtempSync(path.join(os.tmpdir(), 'trappen-web-'));
  mkdirSync(path.join(webDir, 'assets'));
  writeFileSync(path.join(webDir, 'index.html'), '<!doctype html><title>Trappen</title>');
  writeFileSync(path.join(webDir, 'assets', 'app-1a2b3c.js'), 'console.log(1);');
  db = testDb();
  app = await buildApp(
    {
      db,
      ownerDb: db,
      config: { ...readConfig({}), databaseUrl: inject('databaseUrl') },
      databaseKind: inject('databaseKind'),
      version: 'test',
    },
    { webDir },
  );
  url = await app.listen({ port: 0, host: '127.0.0.1' });
});
afterAll(async () => {
  await app.close();
  await db.destroy();
  rmSync(webDir, { recursive: true, force: true });
});

describe('Cache-Control', () => {
  it('is no-store on every API answer: data, refusals, unknown API paths', async () => {
    for (const [method, pathname, status] of [
      ['GET', '/api/health', 200],
      ['GET', '/api/session', 401],
      ['GET', '/api/children?q=Alma', 401],
      ['GET', '/api/nothing-here', 404],
      ['POST', '/api/session', 400],
    ] as const) {
      const res = await fetch(`${url}${pathname}`, {
        method,
        ...(method === 'POST' ? { headers: { 'content-type': 'application/json' }, body: '{}' } : {}),
      });
      expect(res.status, pathname).toBe(status);
      expect(res.headers.get('cache-control'), pathname).toBe('no-store');
    }
  });

  it('leaves the web app cacheable: the page revalidated, hashed files kept', async () => {
    const page = await fetch(`${url}/boern/123`);
    expect(page.status).toBe(200);
    expect(page.headers.get('cache-control')).toBe('no-cache');
    const asset = await fetch(`${url}/assets/app-1a2b3c.js`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toMatch(/max-age=31536000/);
  });
});

/** A raw request: fetch refuses to send what these tests send. */
function raw(
  requestLine: string,
): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    const { port } = new URL(url);
    const req = httpRequest({ host: '127.0.0.1', port, method: 'GET', path: requestLine }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => {
        body += chunk;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('requests refused before routing', () => {
  it('answers a path that cannot be decoded (a lone surrogate) with 400 in the error shape', async () => {
    const res = await raw('/api/children/%ED%A0%80');
    expect(res.status).toBe(400);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(JSON.parse(res.body)).toEqual({
      error: { id: 'invalid_input', message: expect.stringContaining('Adressen kan ikke læses') },
    });
  });

  it('answers a request line over the header limit with 431 in the error shape', async () => {
    const res = await raw(`/api/children?q=${'a'.repeat(20_000)}`);
    expect(res.status).toBe(431);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(JSON.parse(res.body)).toEqual({
      error: { id: 'payload_too_large', message: 'Anmodningen er for stor.' },
    });
  });
});
