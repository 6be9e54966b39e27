import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { connect } from '../store/database.ts';
import { startEmbedded } from '../store/embedded.ts';
import { migrate } from '../store/migrate.ts';
import { databaseUrlOf } from '../store/open.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
    databaseKind: 'embedded' | 'external';
    /** A throw-away audit chain key (hex) and anchor folder: never the repository's ./data. */
    auditKey: string;
    auditAnchorDir: string;
  }
}

/**
 * One database per test run: on the embedded server (a throw-away data folder) by default, or a
 * fresh database on the server DATABASE_URL names. Tests never truncate: each makes its own
 * municipality.
 */
export default async function setup(project: TestProject) {
  const external = process.env.DATABASE_URL;
  let serverUrl: string;
  let stopServer = async () => {};
  let dataDir: string | undefined;
  if (external) {
    serverUrl = external;
  } else {
    dataDir = path.join(os.tmpdir(), `trappen-test-${process.pid}-${Date.now()}`);
    const server = await startEmbedded(dataDir);
    serverUrl = server.url;
    stopServer = server.stop;
  }
  const name = `trappen_test_${Date.now()}_${process.pid}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = databaseUrlOf(serverUrl, name);
  const db = connect(url, 2);
  await migrate(db);
  await db.destroy();
  project.provide('databaseUrl', url);
  project.provide('databaseKind', external ? 'external' : 'embedded');
  const anchorDir = mkdtempSync(path.join(os.tmpdir(), 'trappen-test-anchors-'));
  project.provide('auditKey', randomBytes(32).toString('hex'));
  project.provide('auditAnchorDir', anchorDir);

  return async () => {
    if (external) {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    }
    await stopServer();
    rmSync(anchorDir, { recursive: true, force: true });
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  };
}
