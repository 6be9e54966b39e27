import { verifyAuditChain } from '../store/audit.ts';
import { withDatabase } from './with-database.ts';

await withDatabase(async ({ ownerDb }) => {
  const { rows, broken } = await verifyAuditChain(ownerDb);
  if (broken) {
    process.stderr.write(
      `Audit log chain is BROKEN at municipality ${broken.municipalityId}, row ${broken.seq}: ${broken.problem}\n`,
    );
    return 1;
  }
  process.stdout.write(`Audit log chain is intact: ${rows} rows verified.\n`);
  return 0;
});
