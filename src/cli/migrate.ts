import { migrationFiles } from '../store/migrate.ts';
import { withDatabase } from './with-database.ts';

// openDatabase migrates; this command exists so an operator can do it without starting the server.
await withDatabase(async ({ kind }) => {
  process.stdout.write(`Database (${kind}) is migrated: ${migrationFiles().length} migrations in place.\n`);
  return 0;
});
