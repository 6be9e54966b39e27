import { Kysely, PostgresDialect, sql, type Transaction } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.ts';
import { RETRY, type RetryPolicy, runWithRetry } from './transient.ts';

// DATE columns stay 'YYYY-MM-DD' strings: a birth date has no time zone.
pg.types.setTypeParser(pg.types.builtins.DATE, (v) => v);
// bigint counts fit comfortably in a JS number at municipal scale.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));

export type Db = Kysely<Database>;
export type Tx = Transaction<Database>;

/** The application role, the only role requests run as (docs/architecture.md, "Tenancy"). */
export const APP_ROLE = 'trappen_app';

/** Pools that connect as the request role; asSystem refuses them (it needs the owner). */
const requestPools = new WeakSet<Db>();

export interface ConnectOptions {
  max?: number;
  /** Shown in pg_stat_activity; tests find their own server's connections by it. */
  applicationName?: string;
  /** How long a query waits for a connection (a new one, or a free one of the pool). */
  connectionTimeoutMs?: number;
}

/** A pool on `url`. As is, for the owner (migrations, asSystem); see connectForRequests. */
export function connect(url: string, options: ConnectOptions | number = {}): Db {
  const {
    max = 10,
    applicationName = 'trappen',
    connectionTimeoutMs = 10_000,
  } = typeof options === 'number' ? { max: options } : options;
  const pool = new pg.Pool({
    connectionString: url,
    max,
    application_name: applicationName,
    // A dead peer (a failover, a cut network) is noticed instead of waited on for ever.
    keepAlive: true,
    connectionTimeoutMillis: connectionTimeoutMs,
  });
  // A connection that the server ends (restart, failover, pg_terminate_backend, a crashed
  // postmaster) emits 'error' on its client, idle in the pool or checked out; with no listener
  // that error would end the process. The query in flight rejects with the same error, and the
  // pool drops a broken client when it comes back, so the next query opens a fresh connection.
  pool.on('error', () => {});
  pool.on('connect', (client) => client.on('error', () => {}));
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}

/** The pool requests use: it logs in as trappen_app, which cannot become the owner. */
export function connectForRequests(url: string, options: ConnectOptions = {}): Db {
  const db = connect(url, options);
  requestPools.add(db);
  return db;
}

/**
 * A transaction that is run again, whole, after a deadlock or a serialisation failure, or when
 * its connection was lost before COMMIT (src/store/transient.ts); 503 when that does not help.
 */
export async function transaction<T>(
  db: Db,
  work: (tx: Tx) => Promise<T>,
  policy: RetryPolicy = RETRY,
): Promise<T> {
  return runWithRetry(
    (committing) =>
      db.transaction().execute(async (tx) => {
        const result = await work(tx);
        committing();
        return result;
      }),
    policy,
  );
}

/**
 * A transaction bound to one municipality, running as the role `trappen_app`, which has no
 * BYPASSRLS: row-level security then shows and accepts only that municipality's rows.
 * Every request's data access goes through here. Requests connect as trappen_app already; the
 * SET LOCAL ROLE keeps an owner connection (tests, tools) to the same rules.
 */
export async function inMunicipality<T>(
  db: Db,
  municipalityId: string,
  work: (tx: Tx) => Promise<T>,
  policy: RetryPolicy = RETRY,
): Promise<T> {
  return transaction(
    db,
    async (tx) => {
      // One round trip: set_config('role', …, true) is SET LOCAL ROLE.
      await sql`SELECT set_config('role', ${APP_ROLE}, true), set_config('app.municipality_id', ${municipalityId}, true)`.execute(
        tx,
      );
      return work(tx);
    },
    policy,
  );
}

/**
 * Privileged access that crosses municipalities (login lookup, demo seeding, admin creation,
 * audit verification), on the owner's pool. Each caller names its purpose so every escalation can
 * be found with grep.
 */
export async function asSystem<T>(db: Db, purpose: string, work: (tx: Tx) => Promise<T>): Promise<T> {
  if (requestPools.has(db)) {
    throw new Error(`asSystem(${purpose}) needs the owner's pool (deps.ownerDb), not the request pool`);
  }
  return transaction(db, async (tx) => {
    await sql`SELECT set_config('application_name', ${`trappen:system:${purpose}`}, true)`.execute(tx);
    return work(tx);
  });
}
