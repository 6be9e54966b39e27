import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { inject } from 'vitest';
import { buildApp } from '../server/app.ts';
import type { AuditChainSettings } from '../store/audit-key.ts';
import { parseAuditKey, readConfig } from '../store/config.ts';
import { connect, connectForRequests, type Db } from '../store/database.ts';
import { createTestMunicipality, type TestMunicipality, type UserKey } from './fixtures.ts';

export interface TestServer {
  url: string;
  /** The owner's pool: fixtures (asSystem) and looking at what the requests stored. */
  db: Db;
  /** The server's request pool, logged in as trappen_app like a production server's. */
  appDb: Db;
  /** application_name of the request pool's connections, unique to this server (pg_stat_activity). */
  applicationName: string;
  municipality: TestMunicipality;
  users: TestMunicipality['users'];
  children: TestMunicipality['children'];
  close(): Promise<void>;
}

/** The owner's pool on the test database. */
export function testDb(): Db {
  return connect(inject('databaseUrl'), 5);
}

/** A request pool on the test database, logged in as trappen_app. */
export function testAppDb(applicationName = 'trappen-test'): Db {
  return connectForRequests(inject('databaseAppUrl'), { max: 5, applicationName });
}

/** The run's throw-away audit key and anchor folder (global-setup.ts). */
export function testAuditSettings(): AuditChainSettings {
  return { key: parseAuditKey(inject('auditKey')) as Buffer, anchorDir: inject('auditAnchorDir') };
}

/** The environment a command-line tool needs to verify the test database's audit chain. */
export function testAuditEnv(): Record<string, string> {
  return { AUDIT_KEY: inject('auditKey'), AUDIT_ANCHOR_DIR: inject('auditAnchorDir') };
}

/** A real HTTP server on a loopback port, on the test database, with a fresh municipality. */
export async function startTestServer(
  options: {
    web?: boolean;
    loginAttemptsPerMinute?: number;
    loginAttemptsPerAccountPer15Minutes?: number;
    sessionIdleMinutes?: number;
    label?: string;
  } = {},
): Promise<TestServer> {
  const db = testDb();
  const applicationName = `trappen-test-${randomBytes(4).toString('hex')}`;
  const appDb = testAppDb(applicationName);
  const municipality = await createTestMunicipality(db, options.label);
  const audit = testAuditSettings();
  const config = {
    ...readConfig({}),
    databaseUrl: inject('databaseUrl'),
    databaseAppUrl: inject('databaseAppUrl'),
    loginAttemptsPerMinute: options.loginAttemptsPerMinute ?? 1000,
    loginAttemptsPerAccountPer15Minutes: options.loginAttemptsPerAccountPer15Minutes ?? 1000,
    ...(options.sessionIdleMinutes !== undefined ? { sessionIdleMinutes: options.sessionIdleMinutes } : {}),
    auditKey: audit.key,
    auditAnchorDir: audit.anchorDir,
  };
  // No sweep: a test server links only the municipality its own requests touch, so a test's
  // pending events stay pending until that test links them.
  const app = await buildApp(
    { db: appDb, ownerDb: db, config, databaseKind: inject('databaseKind'), version: 'test' },
    { auditSweepMs: 0, ...(options.web ? { webDir: path.resolve('dist/web') } : {}) },
  );
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    url: address,
    db,
    appDb,
    applicationName,
    municipality,
    users: municipality.users,
    children: municipality.children,
    close: async () => {
      await app.close();
      await appDb.destroy();
      await db.destroy();
    },
  };
}

/** A signed-in API client: keeps the session cookie and sends the CSRF token. */
export class ApiClient {
  private cookie = '';
  csrfToken = '';
  constructor(readonly baseUrl: string) {}

  async request(method: string, url: string, body?: unknown, headers: Record<string, string> = {}) {
    const res = await fetch(`${this.baseUrl}${url}`, {
      method,
      headers: {
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...(method !== 'GET' && this.csrfToken ? { 'x-csrf-token': this.csrfToken } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const setCookie = res.headers.get('set-cookie');
    if (setCookie) this.cookie = setCookie.split(';')[0] ?? '';
    const text = await res.text();
    // biome-ignore lint/suspicious/noExplicitAny: tests read whatever JSON came back
    const json: any = text ? JSON.parse(text) : undefined;
    return { status: res.status, body: json, headers: res.headers };
  }

  async login(username: string, password: string) {
    const res = await this.request('POST', '/api/session', { username, password });
    if (res.status === 200) this.csrfToken = res.body.csrfToken;
    return res;
  }

  get(url: string) {
    return this.request('GET', url);
  }
  post(url: string, body?: unknown) {
    return this.request('POST', url, body ?? {});
  }
  patch(url: string, body: unknown) {
    return this.request('PATCH', url, body);
  }
  put(url: string, body: unknown) {
    return this.request('PUT', url, body);
  }
}

export async function loginAs(server: TestServer, key: UserKey): Promise<ApiClient> {
  const client = new ApiClient(server.url);
  const user = server.users[key];
  const res = await client.login(user.username, user.password);
  if (res.status !== 200)
    throw new Error(`login as ${key} failed: ${res.status} ${JSON.stringify(res.body)}`);
  return client;
}

/** Several users of the test municipality logged in at once, by key. */
export async function loginAll<K extends UserKey>(
  server: TestServer,
  keys: readonly K[],
): Promise<Record<K, ApiClient>> {
  const clients = await Promise.all(keys.map(async (k) => [k, await loginAs(server, k)] as const));
  return Object.fromEntries(clients) as Record<K, ApiClient>;
}
