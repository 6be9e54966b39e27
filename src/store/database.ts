import { Kysely, PostgresDialect, sql, type Transaction } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.ts';

// DATE columns stay 'YYYY-MM-DD' strings: a birth date has no time zone.
pg.types.setTypeParser(pg.types.builtins.DATE, (v) => v);
// bigint counts fit comfortably in a JS number at municipal scale.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));

export type Db = Kysely<Database>;
export type Tx = Transaction<Database>;

export function connect(url: string, max = 10): Db {
  const pool = new pg.Pool({ connectionString: url, max, application_name: 'trappen' });
  // An idle connection that the server closes (restart, shutdown) is dropped from the pool; the
  // next query opens a new one. Without a listener the error would end the process.
  pool.on('error', () => {});
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}

/**
 * A transaction bound to one municipality, running as the role `trappen_app`, which has no
 * BYPASSRLS: row-level security then shows and accepts only that municipality's rows.
 * Every request's data access goes through here.
 */
export async function inMunicipality<T>(
  db: Db,
  municipalityId: string,
  work: (tx: Tx) => Promise<T>,
): Promise<T> {
  return db.transaction().execute(async (tx) => {
    // One round trip: set_config('role', …, true) is SET LOCAL ROLE.
    await sql`SELECT set_config('role', 'trappen_app', true), set_config('app.municipality_id', ${municipalityId}, true)`.execute(
      tx,
    );
    return work(tx);
  });
}

/**
 * Privileged access that crosses municipalities (login lookup, migrations, demo seeding, audit
 * verification). Each caller names its purpose so every escalation can be found with grep.
 */
export async function asSystem<T>(db: Db, purpose: string, work: (tx: Tx) => Promise<T>): Promise<T> {
  return db.transaction().execute(async (tx) => {
    await sql`SELECT set_config('application_name', ${`trappen:system:${purpose}`}, true)`.execute(tx);
    return work(tx);
  });
}
