import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdir, open, rename } from 'node:fs/promises';
import path from 'node:path';

/**
 * A municipality's chain head kept outside the database, one file per municipality
 * (`<anchorDir>/<municipalityId>.json`). Whoever can rewrite the database cannot rewrite these:
 * `audit:verify` requires the chain to still hold the anchored row with the anchored hash, so
 * removing the tail or rebuilding the chain is found. An older anchor is still a valid prefix, so
 * two chainers writing at once need no coordination: the last rename wins.
 */
export interface AuditAnchor {
  municipalityId: string;
  seq: number;
  hash: string;
  at: string;
}

const FILE = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.json$/;

function fileOf(dir: string, municipalityId: string): string {
  return path.join(dir, `${municipalityId}.json`);
}

export async function writeAnchor(dir: string, head: Omit<AuditAnchor, 'at'>): Promise<void> {
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const anchor: AuditAnchor = { ...head, at: new Date().toISOString() };
  const tmp = path.join(dir, `.${head.municipalityId}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const file = await open(tmp, 'w', 0o600);
  try {
    await file.writeFile(`${JSON.stringify(anchor)}\n`);
    // On disk before the rename: after a power cut the anchor is the old one or the new one.
    await file.sync();
  } finally {
    await file.close();
  }
  // rename is atomic: a reader sees the old head or the new one, never half a file.
  await rename(tmp, fileOf(dir, head.municipalityId));
}

export type AnchorRead = { anchor: AuditAnchor } | { problem: string } | undefined;

export function readAnchor(dir: string, municipalityId: string): AnchorRead {
  let text: string;
  try {
    text = readFileSync(fileOf(dir, municipalityId), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  try {
    const a = JSON.parse(text) as Partial<AuditAnchor>;
    if (
      a.municipalityId === municipalityId &&
      Number.isInteger(a.seq) &&
      (a.seq ?? 0) > 0 &&
      typeof a.hash === 'string' &&
      /^[0-9a-f]{64}$/.test(a.hash) &&
      typeof a.at === 'string'
    )
      return { anchor: a as AuditAnchor };
  } catch {
    // reported below
  }
  return { problem: `the anchor file ${fileOf(dir, municipalityId)} is unreadable` };
}

/** The municipalities that have an anchor, so a municipality removed from the database is missed. */
export function anchoredMunicipalities(dir: string): string[] {
  try {
    return readdirSync(dir).flatMap((f) => FILE.exec(f)?.[1] ?? []);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}
