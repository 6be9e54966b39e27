import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { createAdmin } from '../server/access/create-admin.ts';
import { withDatabase } from './with-database.ts';

/**
 * npm run admin:create -- --municipality-code ballerup --municipality-name "Ballerup Kommune" \
 *   --username admin --name "Anna Admin"   (password from ADMIN_PASSWORD or the first line of stdin)
 */
const { values } = parseArgs({
  options: {
    'municipality-code': { type: 'string' },
    'municipality-name': { type: 'string' },
    username: { type: 'string', default: 'admin' },
    name: { type: 'string', default: 'Administrator' },
  },
});

async function readPassword(): Promise<string> {
  if (process.env.ADMIN_PASSWORD) return process.env.ADMIN_PASSWORD;
  const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: false });
  try {
    return await rl.question('Adgangskode (mindst 12 tegn, tre tegntyper): ');
  } finally {
    rl.close();
  }
}

await withDatabase(async ({ ownerDb }) => {
  const code = values['municipality-code'];
  if (!code) {
    process.stderr.write('Angiv --municipality-code (og --municipality-name for en ny kommune).\n');
    return 2;
  }
  const result = await createAdmin(ownerDb, {
    municipalityCode: code,
    municipalityName: values['municipality-name'] ?? code,
    username: values.username ?? 'admin',
    displayName: values.name ?? 'Administrator',
    password: await readPassword(),
  });
  process.stdout.write(`Administrator oprettet (bruger ${result.userId}).\n`);
  return 0;
});
