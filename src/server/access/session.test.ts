import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asSystem } from '../../store/database.ts';
import { ApiClient, loginAs, startTestServer, type TestServer } from '../../testing/server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ label: 'session' });
});
afterAll(() => server.close());

describe('session', () => {
  it('reports health with the database kind', async () => {
    const res = await new ApiClient(server.url).get('/api/health');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      status: 'ok',
      database: expect.stringMatching(/^(embedded|external)$/),
    });
  });

  it('rejects wrong credentials with a stable id and a Danish message', async () => {
    const client = new ApiClient(server.url);
    const wrong = await client.login(server.users.caseworker.username, 'forkert');
    expect(wrong.status).toBe(401);
    expect(wrong.body).toEqual({
      error: { id: 'invalid_credentials', message: 'Forkert brugernavn eller adgangskode.' },
    });
    const unknown = await client.login('findes-ikke', 'forkert');
    expect(unknown.status).toBe(401);
    expect(unknown.body.error.id).toBe('invalid_credentials');
  });

  it('logs in with a strict httpOnly cookie and describes the user', async () => {
    const client = new ApiClient(server.url);
    const res = await client.login(server.users.caseworker.username, server.users.caseworker.password);
    expect(res.status).toBe(200);
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    expect(res.body.user).toMatchObject({
      username: server.users.caseworker.username,
      role: 'caseworker',
      roleLabel: 'Rådgiver',
      municipality: { id: server.municipality.id, name: server.municipality.name },
      districts: [{ id: server.municipality.districts.d1, name: 'Nord' }],
    });
    expect(res.body.user.permissions).toContain('children:search');
    const again = await client.get('/api/session');
    expect(again.status).toBe(200);
    expect(again.body.csrfToken).toBe(res.body.csrfToken);
  });

  it('answers 401 without a session and after logout', async () => {
    expect((await new ApiClient(server.url).get('/api/session')).status).toBe(401);
    const client = await loginAs(server, 'leader');
    expect((await client.request('DELETE', '/api/session')).status).toBe(204);
    const after = await client.get('/api/session');
    expect(after.status).toBe(401);
    expect(after.body.error.id).toBe('unauthenticated');
  });

  it('requires the CSRF token on state-changing requests', async () => {
    const client = await loginAs(server, 'caseworker');
    const path = `/api/children/${server.children.other.id}/emergency-access`;
    const missing = await client.request(
      'POST',
      path,
      { reason: 'Akut henvendelse fra politiet' },
      { 'x-csrf-token': '' },
    );
    expect(missing.status).toBe(403);
    expect(missing.body.error.id).toBe('csrf');
    const wrong = await client.request(
      'POST',
      path,
      { reason: 'Akut henvendelse fra politiet' },
      { 'x-csrf-token': 'x'.repeat(32) },
    );
    expect(wrong.status).toBe(403);
    expect(wrong.body.error.id).toBe('csrf');
    const logout = await client.request('DELETE', '/api/session', undefined, { 'x-csrf-token': '' });
    expect(logout.status).toBe(403);
  });

  it('rejects unknown fields, bad JSON and oversized bodies without a stack trace', async () => {
    const client = new ApiClient(server.url);
    const extra = await client.request('POST', '/api/session', { username: 'a', password: 'b', admin: true });
    expect(extra.status).toBe(400);
    expect(extra.body.error.id).toBe('invalid_input');
    expect(extra.body.error.message).toContain('admin');
    const bad = await client.request('POST', '/api/session', '{"username":');
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).not.toMatch(/at .*\.ts/);
    const huge = await client.request('POST', '/api/session', {
      username: 'a',
      password: 'x'.repeat(2 * 1024 * 1024),
    });
    expect(huge.status).toBe(413);
    expect(huge.body.error.id).toBe('payload_too_large');
  });

  it('sends security headers', async () => {
    const res = await new ApiClient(server.url).get('/api/health');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
  });

  it('serves the OpenAPI document', async () => {
    const res = await new ApiClient(server.url).get('/api/openapi.json');
    expect(res.status).toBe(200);
    expect(Object.keys(res.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/health',
        '/api/session',
        '/api/children',
        '/api/children/{id}',
        '/api/audit',
      ]),
    );
  });

  it('answers unknown API paths with not_found', async () => {
    const res = await new ApiClient(server.url).get('/api/nothing-here');
    expect(res.status).toBe(404);
    expect(res.body.error.id).toBe('not_found');
  });
});

describe('login rate limit', () => {
  let limited: TestServer;
  beforeAll(async () => {
    limited = await startTestServer({ label: 'ratelimit', loginAttemptsPerMinute: 3 });
  });
  afterAll(() => limited.close());

  it('answers 429 after too many attempts for one username', async () => {
    const client = new ApiClient(limited.url);
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++)
      statuses.push((await client.login(limited.users.admin.username, 'forkert')).status);
    expect(statuses).toEqual([401, 401, 401, 429, 429]);
    const res = await client.login(limited.users.admin.username, limited.users.admin.password);
    expect(res.status).toBe(429);
    expect(res.body.error.id).toBe('rate_limited');
  });

  it('counts every letter case of a username as the same username (login lower-cases it)', async () => {
    const client = new ApiClient(limited.url);
    const name = limited.users.teacher.username;
    const variants = [
      name.toUpperCase(),
      name,
      ` ${name[0]?.toUpperCase()}${name.slice(1)}`,
      name.toUpperCase(),
    ];
    const statuses: number[] = [];
    for (const v of variants) statuses.push((await client.login(v, 'forkert')).status);
    expect(statuses).toEqual([401, 401, 401, 429]);
    expect((await client.login(name.toUpperCase(), limited.users.teacher.password)).status).toBe(429);
  });
});

describe('login rate limit per account, whatever the address', () => {
  let limited: TestServer;
  beforeAll(async () => {
    limited = await startTestServer({
      label: 'ratelimit-account',
      loginAttemptsPerMinute: 1000,
      loginAttemptsPerAccountPer15Minutes: 3,
    });
  });
  afterAll(() => limited.close());

  it('answers 429 after too many attempts on one username, and other usernames still log in', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) {
      statuses.push(
        (await new ApiClient(limited.url).login(limited.users.front.username.toUpperCase(), 'x')).status,
      );
    }
    expect(statuses).toEqual([401, 401, 401, 429]);
    const right = await new ApiClient(limited.url).login(
      limited.users.front.username,
      limited.users.front.password,
    );
    expect(right.status).toBe(429);
    const other = await new ApiClient(limited.url).login(
      limited.users.admin.username,
      limited.users.admin.password,
    );
    expect(other.status).toBe(200);
  });
});

describe('idle sessions', () => {
  it('end after the configured idle time', async () => {
    const client = await loginAs(server, 'front');
    expect((await client.get('/api/session')).status).toBe(200);
    await asSystem(server.db, 'test-expire-session', (tx) =>
      tx
        .updateTable('session')
        .set({ last_seen_at: sql<Date>`now() - interval '31 minutes'` })
        .where('municipality_id', '=', server.municipality.id)
        .where('user_id', '=', server.users.front.id)
        .execute(),
    );
    const res = await client.get('/api/session');
    expect(res.status).toBe(401);
    expect(res.body.error.id).toBe('unauthenticated');
  });
});

describe('session lifetime', () => {
  let short: TestServer;
  beforeAll(async () => {
    short = await startTestServer({ label: 'session-short', sessionIdleMinutes: 1 });
  });
  afterAll(() => short.close());

  const seenAgo = (seconds: number, userId: string) =>
    asSystem(short.db, 'test-session-age', (tx) =>
      tx
        .updateTable('session')
        .set({ last_seen_at: sql<Date>`now() - make_interval(secs => ${seconds})` })
        .where('municipality_id', '=', short.municipality.id)
        .where('user_id', '=', userId)
        .execute(),
    );
  const lastSeenAgo = async (userId: string) =>
    (
      await asSystem(short.db, 'test-session-age', (tx) =>
        tx
          .selectFrom('session')
          .select(sql<number>`extract(epoch FROM now() - last_seen_at)`.as('ago'))
          .where('municipality_id', '=', short.municipality.id)
          .where('user_id', '=', userId)
          .executeTakeFirstOrThrow(),
      )
    ).ago;

  it('keeps an active user signed in when the idle window is one minute', async () => {
    const client = await loginAs(short, 'front');
    // A request every 20 seconds for two minutes: each one is seen, so none is idle.
    for (let i = 0; i < 6; i++) {
      await seenAgo(20, short.users.front.id);
      expect((await client.get('/api/session')).status).toBe(200);
      expect(Number(await lastSeenAgo(short.users.front.id))).toBeLessThan(5);
    }
  });

  it('ends a session 12 hours after the login however active it is', async () => {
    const client = await loginAs(short, 'leader');
    expect((await client.get('/api/session')).status).toBe(200);
    await asSystem(short.db, 'test-session-age', (tx) =>
      tx
        .updateTable('session')
        .set({ created_at: sql<Date>`now() - interval '12 hours 1 minute'` })
        .where('municipality_id', '=', short.municipality.id)
        .where('user_id', '=', short.users.leader.id)
        .execute(),
    );
    expect((await client.get('/api/session')).status).toBe(401);
  });
});

describe('validation messages', () => {
  it('are Danish, also for unknown fields and wrong types', async () => {
    const client = new ApiClient(server.url);
    const extra = await client.request('POST', '/api/session', {
      username: 'a',
      password: 'b',
      colour: 'rød',
    });
    expect(extra.body.error.message).toContain('Ukendte felter: colour');
    const wrongType = await client.request('POST', '/api/session', { username: 5, password: 'b' });
    expect(wrongType.status).toBe(400);
    expect(wrongType.body.error.message).not.toMatch(/Invalid|expected/);
  });
});
