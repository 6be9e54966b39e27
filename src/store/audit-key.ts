import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { type Config, parseAuditKey } from './config.ts';

/** What the chainer and the verifier need: the HMAC key and the folder of the chain heads. */
export interface AuditChainSettings {
  key: Buffer;
  anchorDir: string;
}

export function auditKeyFile(config: Pick<Config, 'dataDir'>): string {
  return path.join(config.dataDir, 'audit-key');
}

/**
 * The audit chain's key: AUDIT_KEY, else the key file in DATA_DIR. The server creates the file at
 * its first start (32 random bytes, hex, mode 600); `audit:verify` never does, since a new key
 * would only make every existing row look forged.
 */
export function auditChainSettings(
  config: Pick<Config, 'auditKey' | 'auditAnchorDir' | 'dataDir'>,
  options: { create: boolean },
): AuditChainSettings {
  if (config.auditKey) return { key: config.auditKey, anchorDir: config.auditAnchorDir };
  const file = auditKeyFile(config);
  let text: string | undefined;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  if (text === undefined) {
    if (!options.create)
      throw new Error(
        `No audit key: set AUDIT_KEY or restore the key file ${file} (see docs/operations.md).`,
      );
    mkdirSync(path.dirname(file), { recursive: true });
    text = `${randomBytes(32).toString('hex')}\n`;
    // 'wx': two processes starting at once cannot both write a key; the loser reads the winner's.
    try {
      writeFileSync(file, text, { mode: 0o600, flag: 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      text = readFileSync(file, 'utf8');
    }
    chmodSync(file, 0o600);
  }
  const key = parseAuditKey(text);
  if (!key) throw new Error(`The audit key file ${file} is empty.`);
  return { key, anchorDir: config.auditAnchorDir };
}
