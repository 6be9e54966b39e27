import { readConfig } from '../store/config.ts';
import { type OpenDatabase, openDatabase } from '../store/open.ts';

/**
 * Runs a command-line task on the configured database, then closes it (and the embedded server).
 * Tools work as the owner (`ownerDb`): migrations, admin creation, audit verification.
 */
export async function withDatabase(
  task: (database: OpenDatabase) => Promise<number | undefined>,
): Promise<void> {
  let database: OpenDatabase | undefined;
  let code = 0;
  try {
    database = await openDatabase(readConfig(), { shareRunningEmbedded: true, checkRequests: false });
    code = (await task(database)) ?? 0;
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    code = 1;
  } finally {
    await database?.close();
  }
  process.exit(code);
}
