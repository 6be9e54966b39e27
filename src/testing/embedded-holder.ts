import { startEmbedded } from '../store/embedded.ts';

// Test helper: starts the embedded server in the folder given, says "ready", then waits to be killed.
const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: embedded-holder.ts DATA_DIR');
await startEmbedded(dataDir);
process.stdout.write('ready\n');
setInterval(() => {}, 60_000);
