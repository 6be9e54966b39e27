import { readConfig } from '../store/config.ts';
import { runningEmbeddedServerUrl } from '../store/embedded.ts';
import { databaseUrlOf, EMBEDDED_DATABASE } from '../store/open.ts';

/**
 * Prints the connection URL Trappen uses, for `psql "$(npm run -s db:url)"`. The embedded server
 * listens on a port chosen at start, so it must be running (npm start).
 */
const config = readConfig();
if (config.databaseUrl) {
  process.stdout.write(`${config.databaseUrl}\n`);
} else {
  const server = runningEmbeddedServerUrl(config.dataDir);
  if (!server) {
    process.stderr.write(
      `Den indbyggede database i ${config.dataDir} kører ikke. Start Trappen med "npm start" og prøv igen.\n`,
    );
    process.exit(1);
  }
  process.stdout.write(`${databaseUrlOf(server, EMBEDDED_DATABASE)}\n`);
}
