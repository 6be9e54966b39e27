import path from 'node:path';
import { ROLE_LABELS } from '../core/access/roles.ts';
import { DEMO_PASSWORD, ensureDemo } from '../demo/seed.ts';
import { DEMO_LOGINS } from '../demo/world/staff.ts';
import { hashPassword } from '../server/access/password.ts';
import { buildApp } from '../server/app.ts';
import { readConfig } from '../store/config.ts';
import { DataDirInUseError } from '../store/embedded.ts';
import { DatabaseSetupError, openDatabase } from '../store/open.ts';
import { appVersion } from './version.ts';

/** `npm start`: the database (embedded unless DATABASE_URL), Demo Kommune in demo mode, the server. */
async function main() {
  const started = Date.now();
  const config = readConfig();
  const step = (text: string) => process.stdout.write(`${text}\n`);
  step(
    config.databaseUrl
      ? 'Forbinder til PostgreSQL (DATABASE_URL) …'
      : `Starter den indbyggede PostgreSQL i ${config.dataDir} …`,
  );
  const database = await openDatabase(config, {
    embedded: {
      onNotice: (message) => step(message),
      // Restarting did not help: stop, so that the supervisor (docs/operations.md) starts afresh.
      onGiveUp: (error) => {
        process.stderr.write(
          `\n${error.message}\nTrappen stopper, så dens supervisor kan starte den igen.\n`,
        );
        process.exit(1);
      },
    },
  });
  if (config.demo) {
    let last = '';
    const demo = await ensureDemo(database.ownerDb, {
      hashPassword,
      onProgress: (what, done, total) => {
        const line =
          total > 0
            ? `  Demo Kommune: ${what} ${Math.round((done / total) * 100)} %`
            : `  Demo Kommune: ${what}`;
        if (line !== last && process.stdout.isTTY) process.stdout.write(`\r${line.padEnd(60)}`);
        last = line;
      },
    });
    if (process.stdout.isTTY) process.stdout.write('\n');
    step(demo.created ? 'Demo Kommune er oprettet.' : 'Demo Kommune findes allerede.');
  }
  const app = await buildApp(
    {
      db: database.db,
      ownerDb: database.ownerDb,
      config,
      databaseKind: database.kind,
      version: appVersion(),
    },
    { logger: process.env.LOG_REQUESTS === '1', webDir: path.resolve('dist/web') },
  );
  await app.listen({ port: config.port, host: config.host });
  const shownHost = config.host === '127.0.0.1' || config.host === '0.0.0.0' ? 'localhost' : config.host;
  step(
    `\nTrappen kører på http://${shownHost}:${config.port}  (klar efter ${((Date.now() - started) / 1000).toFixed(1)} s)`,
  );
  if (config.demo) {
    step(`\nDemo-logins (adgangskode "${DEMO_PASSWORD}"):`);
    for (const login of DEMO_LOGINS)
      step(`  ${login.username.padEnd(20)} ${ROLE_LABELS[login.role]}: ${login.note}`);
  }
  step('\nStop med Ctrl+C.');

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error) => {
  if (error instanceof DataDirInUseError || error instanceof DatabaseSetupError) {
    process.stderr.write(`\n${error.message}\n`);
  } else {
    process.stderr.write(
      `\nTrappen kunne ikke starte: ${error instanceof Error ? error.stack : String(error)}\n`,
    );
  }
  process.exit(1);
});
