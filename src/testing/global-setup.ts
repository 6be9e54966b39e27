import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { APP_ROLE, connect, connectForRequests } from '../store/database.ts';
import { startEmbedded } from '../store/embedded.ts';
import { migrate } from '../store/migrate.ts';
import { checkRequestRole, databaseUrlOf, derivedAppUrl, setAppPassword, urlAs } from '../store/open.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The owner's connection: fixtures, migrations, asSystem. */
    databaseUrl: string;
    /** The request connection, as trappen_app (what the server's requests use). */
    databaseAppUrl: string;
    databaseKind: 'embedded' | 'external';
    /** A throw-away audit chain key (hex) and anchor folder: never the repository's ./data. */
    auditKey: string;
    auditAnchorDir: string;
  }
}

/**
 * One database per test run: on the embedded server (a throw-away data folder) by default, or a
 * fresh database on the server DATABASE_URL names. Tests never truncate: each makes its own
 * municipality. On the embedded server the run owns the cluster and gives trappen_app a password
 * of its own; on DATABASE_URL's server roles are shared with other runs, so the request connection
 * is DATABASE_APP_URL's (on this run's database) or DATABASE_URL's as trappen_app, and no
 * password is ever changed there.
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
  let appUrl: string;
  try {
    await migrate(db);
    if (external) {
      const configured = process.env.DATABASE_APP_URL;
      appUrl = configured ? databaseUrlOf(configured, name) : derivedAppUrl(url);
    } else {
      const password = randomBytes(16).toString('hex');
      await setAppPassword(db, password);
      appUrl = urlAs(url, APP_ROLE, password);
    }
    // A wrong DATABASE_APP_URL (or trappen_app refused by the server) fails here, once, clearly.
    const requests = connectForRequests(appUrl, { max: 1 });
    try {
      await checkRequestRole(requests, 'the test run');
    } finally {
      await requests.destroy();
    }
  } finally {
    await db.destroy();
  }
  project.provide('databaseUrl', url);
  project.provide('databaseAppUrl', appUrl);
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
