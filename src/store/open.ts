import pg from 'pg';
import type { Config } from './config.ts';
import { connect, type Db } from './database.ts';
import { runningEmbeddedServerUrl, startEmbedded } from './embedded.ts';
import { migrate } from './migrate.ts';

export interface OpenDatabase {
  db: Db;
  url: string;
  kind: 'embedded' | 'external';
  close(): Promise<void>;
}

export const EMBEDDED_DATABASE = 'trappen';

export function databaseUrlOf(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
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
}

/** Opens the configured database (external by URL, or the embedded server) and migrates it. */
export async function openDatabase(config: Config, options: OpenOptions = {}): Promise<OpenDatabase> {
  const log = options.log ?? (() => {});
  if (config.databaseUrl) {
    const db = connect(config.databaseUrl);
    await migrate(db);
    return { db, url: config.databaseUrl, kind: 'external', close: () => db.destroy() };
  }
  const running = options.shareRunningEmbedded ? runningEmbeddedServerUrl(config.dataDir) : undefined;
  if (running) {
    const url = databaseUrlOf(running, EMBEDDED_DATABASE);
    const db = connect(url);
    await migrate(db);
    return { db, url, kind: 'embedded', close: () => db.destroy() };
  }
  const server = await startEmbedded(config.dataDir, log);
  try {
    const url = await ensureDatabase(server.url, EMBEDDED_DATABASE);
    const db = connect(url);
    await migrate(db);
    return {
      db,
      url,
      kind: 'embedded',
      close: async () => {
        await db.destroy();
        await server.stop();
      },
    };
  } catch (error) {
    await server.stop();
    throw error;
  }
}
