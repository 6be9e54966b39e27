import { ROLE_LABELS } from '../core/access/roles.ts';
import { DEMO_PASSWORD, ensureDemo } from '../demo/seed.ts';
import { DEMO_LOGINS } from '../demo/world/staff.ts';
import { hashPassword } from '../server/access/password.ts';
import { readConfig } from '../store/config.ts';
import { openDatabase } from '../store/open.ts';

/**
 * `npm run demo`: creates Demo Kommune in the configured database unless it exists, then prints
 * the demo logins. Progress goes to stderr so that stdout carries only the logins.
 */
async function main(): Promise<void> {
  const config = readConfig();
  const started = performance.now();
  // A Trappen server may already run the embedded database; the demo is then written into it.
  const database = await openDatabase(config, {
    log: (m) => process.stderr.write(`${m}\n`),
    shareRunningEmbedded: true,
    checkRequests: false,
  });
  try {
    let lastStep = '';
    const result = await ensureDemo(database.ownerDb, {
      hashPassword,
      onProgress: (step, done, total) => {
        const line = total > 0 ? `${step}: ${done}/${total} rows` : `${step} ...`;
        // On a terminal one line is rewritten in place; in a log, each step gets one line.
        if (process.stderr.isTTY) process.stderr.write(`\r\x1b[2K${line}`);
        else if (step !== lastStep) process.stderr.write(`${line}\n`);
        lastStep = step;
      },
    });
    if (process.stderr.isTTY && lastStep) process.stderr.write('\n');
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    if (result.created) {
      const rows = Object.values(result.counts ?? {}).reduce((a, b) => a + b, 0);
      process.stderr.write(`Demo Kommune created (${rows} rows) in ${seconds} s.\n`);
    } else {
      process.stderr.write('Demo Kommune exists already; nothing was changed.\n');
    }
    const width = Math.max(...DEMO_LOGINS.map((l) => l.username.length));
    process.stdout.write(`Demo logins (password "${DEMO_PASSWORD}" for all):\n`);
    for (const login of DEMO_LOGINS) {
      process.stdout.write(`  ${login.username.padEnd(width)}  ${ROLE_LABELS[login.role]}: ${login.note}\n`);
    }
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
