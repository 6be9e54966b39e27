import { sql } from 'kysely';
import { todayInCopenhagen } from '../core/calendar/zone.ts';
import { asSystem, type Db, type Tx } from '../store/database.ts';
import { insertRows } from './bulk.ts';
import { ALL_DEMO_TABLES, COLUMNS, countRows, type DemoCounts, type DemoData, sqlTableOf } from './data.ts';
import { generateDemo } from './generate.ts';
import type { Columns } from './schema-rows.ts';

/** Every demo account has this password. Demo mode only: never on a production database. */
export const DEMO_PASSWORD = 'demo';

/** Advisory-lock class of the demo seed (the migration lock is 7283001, a one-key lock). */
const DEMO_LOCK = 7_283_002;

export interface SeedOptions {
  /**
   * The server's password hashing (src/server/access/password.ts), passed in by the caller so that
   * the demo imports nothing from the server and a demo login checks exactly like any other.
   */
  hashPassword: (password: string) => Promise<string>;
  /** 'YYYY-MM-DD'; default: today in Europe/Copenhagen. */
  today?: string;
  code?: string;
  name?: string;
  seed?: number;
  /** Called after each batch: the table being written and the rows written of all tables. */
  onProgress?: (step: string, done: number, total: number) => void;
}

export interface SeedResult {
  municipalityId: string;
  counts: DemoCounts;
}

export interface EnsureResult {
  municipalityId: string;
  /** False when a municipality with the code existed already; nothing was written then. */
  created: boolean;
  /** Rows written, when created. */
  counts?: DemoCounts;
}

interface Prepared {
  data: DemoData;
  passwordHash: string;
  code: string;
  onProgress: NonNullable<SeedOptions['onProgress']>;
}

/** Generates the rows and the password hash before any transaction, so locks are held briefly. */
async function prepare(options: SeedOptions): Promise<Prepared> {
  const { code = 'demo', name = 'Demo Kommune', seed = 2026, today = todayInCopenhagen() } = options;
  const onProgress = options.onProgress ?? (() => {});
  onProgress('generate', 0, 0);
  const data = generateDemo({ seed, today, code, name });
  // One argon2 hash for every demo user: hashing takes tens of milliseconds and 19 MiB each, and
  // the demo accounts all share the password "demo" anyway, so a hash per user would buy nothing.
  const passwordHash = await options.hashPassword(DEMO_PASSWORD);
  return { data, passwordHash, code, onProgress };
}

async function lockCode(tx: Tx, code: string): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(${DEMO_LOCK}, hashtext(${code}))`.execute(tx);
}

async function findMunicipality(db: Db | Tx, code: string): Promise<string | undefined> {
  const row = await db.selectFrom('municipality').select('id').where('code', '=', code).executeTakeFirst();
  return row?.id;
}

async function insertAll(tx: Tx, { data, passwordHash, onProgress }: Prepared): Promise<SeedResult> {
  const counts = countRows(data);
  const total = ALL_DEMO_TABLES.reduce((sum, table) => sum + counts[table], 0);
  const municipalityId = data.municipality[0]?.id;
  if (!municipalityId) throw new Error('The generator made no municipality');
  // The superuser bypasses row-level security; the setting keeps the seed working if the tables are
  // ever switched to FORCE ROW LEVEL SECURITY for their owner.
  await sql`SELECT set_config('app.municipality_id', ${municipalityId}, true)`.execute(tx);
  let done = 0;
  // The ladder exists once the municipality's row is in (its trigger makes it): read it when the
  // offers, the first rows to name a step, are written.
  let ladder: Ladder | undefined;
  const ladderNow = async () => {
    ladder ??= await loadLadder(tx, municipalityId);
    return ladder;
  };
  // In the order of ALL_DEMO_TABLES: the foundation, the offers (a signal's early offer refers to
  // one), detection, intake (a decision names the case it opened), case work last.
  for (const table of ALL_DEMO_TABLES) {
    const progress = (n: number) => {
      done += n;
      onProgress(table, done, total);
    };
    const into = sqlTableOf(table);
    if (table === 'app_user') {
      const rows = data.app_user.map((u) => ({ ...u, password_hash: passwordHash }));
      await insertRows(tx, into, { ...COLUMNS.app_user, password_hash: 'text' }, rows, progress);
    } else if (table === 'offer') {
      const { stepAt } = await ladderNow();
      const rows = data.offer.map(({ step_position, ...offer }) => ({
        ...offer,
        step_id: stepAt(step_position),
      }));
      await insertRows(tx, into, COLUMNS.offer, rows, progress);
    } else if (table === 'measure') {
      const { stepAt, versionId } = await ladderNow();
      const rows = data.measure.map((m) => ({
        ...m,
        step_id: stepAt(m.step_position),
        ladder_version_id: versionId,
      }));
      await insertRows(tx, into, COLUMNS.measure, rows, progress);
    } else if (table === 'assessment') {
      const { stepAt } = await ladderNow();
      const rows = data.assessment.map(({ proposed_step_position, ...a }) => ({
        ...a,
        proposed_step_id: proposed_step_position === null ? null : stepAt(proposed_step_position),
      }));
      await insertRows(tx, into, COLUMNS.assessment, rows, progress);
    } else {
      await insertRows(tx, into, COLUMNS[table] as Columns<object>, data[table] as object[], progress);
    }
  }
  return { municipalityId, counts };
}

interface Ladder {
  versionId: string;
  stepAt: (position: number) => string;
}

/** Ladder version 1, which the municipality's trigger made when its row went in: step id by position. */
async function loadLadder(tx: Tx, municipalityId: string): Promise<Ladder> {
  const steps = await tx
    .selectFrom('ladder_version_step')
    .innerJoin('ladder_version', (j) =>
      j
        .onRef('ladder_version.municipality_id', '=', 'ladder_version_step.municipality_id')
        .onRef('ladder_version.id', '=', 'ladder_version_step.ladder_version_id'),
    )
    .select([
      'ladder_version.id as version_id',
      'ladder_version_step.position',
      'ladder_version_step.step_id',
    ])
    .where('ladder_version.municipality_id', '=', municipalityId)
    .where('ladder_version.version', '=', 1)
    .execute();
  const byPosition = new Map(steps.map((s) => [s.position, s.step_id]));
  const versionId = steps[0]?.version_id;
  if (!versionId) throw new Error('The demo municipality has no ladder');
  return {
    versionId,
    stepAt: (position) => {
      const id = byPosition.get(position);
      if (!id) throw new Error(`The demo ladder has no step ${position}`);
      return id;
    },
  };
}

/**
 * Inserts Demo Kommune in one privileged transaction: all of it or nothing. Fails (unique
 * violation on municipality.code) when the code is taken; see ensureDemo for the idempotent form.
 */
export async function seedDemo(db: Db, options: SeedOptions): Promise<SeedResult> {
  const prepared = await prepare(options);
  const result = await asSystem(db, 'demo-seed', async (tx) => {
    await lockCode(tx, prepared.code);
    return insertAll(tx, prepared);
  });
  await refreshStatistics(db);
  return result;
}

/**
 * Tens of thousands of fresh rows leave the planner's statistics far behind until autovacuum
 * catches up, and it then picks plans that are slow for exactly the first users of the demo.
 */
async function refreshStatistics(db: Db): Promise<void> {
  await sql`ANALYZE`.execute(db);
}

/**
 * Seeds Demo Kommune unless a municipality with the code exists. Concurrent callers queue on an
 * advisory lock for the code and re-check under it, so only the first one inserts; the unique
 * constraint on municipality.code stays the last line of defence.
 */
export async function ensureDemo(db: Db, options: SeedOptions): Promise<EnsureResult> {
  const code = options.code ?? 'demo';
  const existing = await asSystem(db, 'demo-seed', (tx) => findMunicipality(tx, code));
  if (existing) return { municipalityId: existing, created: false };
  const prepared = await prepare(options);
  const result = await asSystem(db, 'demo-seed', async (tx): Promise<EnsureResult> => {
    await lockCode(tx, code);
    const raced = await findMunicipality(tx, code);
    if (raced) return { municipalityId: raced, created: false };
    const inserted = await insertAll(tx, prepared);
    return { ...inserted, created: true };
  });
  if (result.created) await refreshStatistics(db);
  return result;
}
