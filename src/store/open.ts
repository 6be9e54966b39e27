import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import type { Config } from './config.ts';
import { APP_ROLE, connect, connectForRequests, type Db } from './database.ts';
import {
  type EmbeddedOptions,
  type EmbeddedServer,
  runningEmbeddedServerUrl,
  startEmbedded,
} from './embedded.ts';
import { migrate } from './migrate.ts';

/**
 * Two pools (docs/architecture.md, "Tenancy"): requests log in as trappen_app, which owns nothing
 * and cannot become the owner; the owner's pool runs migrations and the named asSystem escalations.
 */
export interface OpenDatabase {
  /** Requests: connected as trappen_app. */
  db: Db;
  /** The schema owner: migrations, asSystem. */
  ownerDb: Db;
  /** The owner's connection URL. */
  url: string;
  kind: 'embedded' | 'external';
  close(): Promise<void>;
}

/** Something the operator must put right before Trappen can start; said without a stack trace. */
export class DatabaseSetupError extends Error {}

export const EMBEDDED_DATABASE = 'trappen';
const REQUEST_POOL = 10;
const OWNER_POOL = 4;

export function databaseUrlOf(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** The request connection when DATABASE_APP_URL is unset: DATABASE_URL as trappen_app, no password. */
export function derivedAppUrl(ownerUrl: string): string {
  const url = new URL(ownerUrl);
  url.searchParams.delete('password');
  if (url.hostname) {
    url.username = APP_ROLE;
    url.password = '';
    url.searchParams.delete('user');
  } else {
    // A Unix socket (postgres:///db?host=/run/postgresql) has no user part to set.
    url.searchParams.set('user', APP_ROLE);
  }
  return url.toString();
}

/** `serverUrl`'s server and database, logged in as `user`. */
export function urlAs(serverUrl: string, user: string, password: string): string {
  const url = new URL(serverUrl);
  url.username = user;
  url.password = password;
  return url.toString();
}

/**
 * Trappen owns the embedded cluster, so it keeps trappen_app's password in
 * DATA_DIR/pg-app-password (mode 600), made once, and sets it with the owner at every start.
 */
export async function embeddedAppPassword(dataDir: string): Promise<string> {
  const file = path.join(dataDir, 'pg-app-password');
  if (existsSync(file)) return (await fs.readFile(file, 'utf8')).trim();
  const password = crypto.randomUUID().replaceAll('-', '');
  await fs.writeFile(file, `${password}\n`, { mode: 0o600 });
  return password;
}

/** Only for a cluster Trappen owns: roles are cluster-wide, and another run may use this one. */
export async function setAppPassword(ownerDb: Db, password: string): Promise<void> {
  await sql.raw(`ALTER ROLE ${APP_ROLE} PASSWORD ${pg.escapeLiteral(password)}`).execute(ownerDb);
}

/**
 * Refuses to serve requests on a connection that could escape row-level security: a superuser, a
 * BYPASSRLS role, or one that can SET ROLE to the tables' owner or to such a role. Also says
 * clearly when the request connection cannot be made at all.
 */
export async function checkRequestRole(db: Db, source: string): Promise<void> {
  let found: { login: string; app: boolean; escalates: string | null } | undefined;
  try {
    const result = await sql<{ login: string; app: boolean; escalates: string | null }>`
      SELECT session_user AS login,
             pg_has_role(session_user, ${APP_ROLE}, 'MEMBER') AS app,
             (SELECT string_agg(o.rolname, ', ' ORDER BY o.rolname) FROM pg_roles o
               WHERE (o.rolsuper OR o.rolbypassrls
                      OR o.oid IN (SELECT c.relowner FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace))
                 AND pg_has_role(session_user, o.oid, 'MEMBER')) AS escalates`.execute(db);
    found = result.rows[0];
  } catch (error) {
    throw new DatabaseSetupError(
      `Trappen could not connect for requests as ${APP_ROLE} (${source}): ` +
        `${error instanceof Error ? error.message : String(error)}. ` +
        `Set DATABASE_APP_URL to a connection that logs in as ${APP_ROLE} with its password (docs/operations.md).`,
    );
  }
  if (!found?.app) {
    throw new DatabaseSetupError(
      `The request connection (${source}) logs in as ${found?.login}, which cannot act as ${APP_ROLE}. ` +
        `Let DATABASE_APP_URL log in as ${APP_ROLE} (docs/operations.md).`,
    );
  }
  if (found.escalates) {
    throw new DatabaseSetupError(
      `The request connection (${source}) logs in as ${found.login}, which can become ${found.escalates} ` +
        `and so escape row-level security. Let DATABASE_APP_URL log in as ${APP_ROLE} (docs/operations.md).`,
    );
  }
}

async function ensureDatabase(serverUrl: string, name: string): Promise<string> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`);
  } finally {
    await client.end();
  }
  return databaseUrlOf(serverUrl, name);
}

export interface OpenOptions {
  log?: (message: string) => void;
  /** Command-line tools use an embedded server that Trappen already runs; the server itself refuses to share. */
  shareRunningEmbedded?: boolean;
  /** Check the request connection at once (the server does; tools that only use the owner do not). */
  checkRequests?: boolean;
  /** What to do when the embedded postmaster dies and cannot be restarted (src/store/embedded.ts). */
  embedded?: EmbeddedOptions;
}

/** Opens the configured database (external by URL, or the embedded server) and migrates it. */
export async function openDatabase(config: Config, options: OpenOptions = {}): Promise<OpenDatabase> {
  const log = options.log ?? (() => {});
  const opened: { destroy(): Promise<void> }[] = [];
  let server: EmbeddedServer | undefined;
  const close = async () => {
    for (const pool of opened.reverse()) await pool.destroy();
    await server?.stop();
  };
  try {
    let url: string;
    let appUrl: string;
    let source: string;
    let kind: OpenDatabase['kind'];
    let ownerDb: Db;
    if (config.databaseUrl) {
      kind = 'external';
      url = config.databaseUrl;
      ownerDb = connect(url, { max: OWNER_POOL, applicationName: 'trappen:owner' });
      opened.push(ownerDb);
      await migrate(ownerDb);
      appUrl = config.databaseAppUrl ?? derivedAppUrl(url);
      source = config.databaseAppUrl
        ? 'DATABASE_APP_URL'
        : `DATABASE_URL with the user ${APP_ROLE} and no password, as DATABASE_APP_URL is unset`;
    } else {
      kind = 'embedded';
      const shared = options.shareRunningEmbedded ? runningEmbeddedServerUrl(config.dataDir) : undefined;
      if (!shared) server = await startEmbedded(config.dataDir, log, options.embedded);
      url = await ensureDatabase(shared ?? (server as EmbeddedServer).url, EMBEDDED_DATABASE);
      ownerDb = connect(url, { max: OWNER_POOL, applicationName: 'trappen:owner' });
      opened.push(ownerDb);
      await migrate(ownerDb);
      const password = await embeddedAppPassword(config.dataDir);
      await setAppPassword(ownerDb, password);
      appUrl = urlAs(url, APP_ROLE, password);
      source = `the embedded server, password in ${path.join(config.dataDir, 'pg-app-password')}`;
    }
    const db = connectForRequests(appUrl, { max: REQUEST_POOL });
    opened.push(db);
    if (options.checkRequests ?? true) await checkRequestRole(db, source);
    return { db, ownerDb, url, kind, close };
  } catch (error) {
    await close();
    throw error;
  }
}
