import { auditChainSettings } from '../store/audit-key.ts';
import { verifyAuditChain } from '../store/audit-verify.ts';
import { readConfig } from '../store/config.ts';
import { withDatabase } from './with-database.ts';

/** `npm run audit:verify`: every municipality's chain against the key and the anchors; exit 1 on a break. */
await withDatabase(async ({ ownerDb }) => {
  const { rows, broken, pending } = await verifyAuditChain(
    ownerDb,
    auditChainSettings(readConfig(), { create: false }),
  );
  if (broken) {
    process.stderr.write(
      `Audit log chain is BROKEN at municipality ${broken.municipalityId}, row ${broken.seq}: ${broken.problem}\n`,
    );
    return 1;
  }
  const waiting =
    pending.count > 0
      ? ` ${pending.count} events not yet linked (oldest ${pending.oldest?.toISOString()}); the running server links them within seconds.`
      : '';
  process.stdout.write(`Audit log chain is intact: ${rows} rows verified.${waiting}\n`);
  return 0;
});
