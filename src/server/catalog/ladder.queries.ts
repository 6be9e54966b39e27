import { sql } from 'kysely';
import type { Category, Ladder, LadderStep, Track } from '../../core/catalog/types.ts';
import type { Tx } from '../../store/database.ts';

/**
 * The ladder in the database: `ladder_version` rows, each with the steps in force then
 * (`ladder_version_step`). The highest version is the current ladder; older versions stay so a
 * measure from last year still shows the step as it was named and placed then.
 */

interface VersionRow {
  id: string;
  version: number;
  created_at: Date;
  note: string | null;
}

async function stepsOf(tx: Tx, municipalityId: string, versionIds: string[]) {
  if (versionIds.length === 0) return new Map<string, LadderStep[]>();
  const rows = await tx
    .selectFrom('ladder_version_step')
    .select(['ladder_version_id', 'step_id', 'position', 'name', 'category', 'track'])
    .where('municipality_id', '=', municipalityId)
    .where('ladder_version_id', 'in', versionIds)
    .orderBy('position')
    .execute();
  const byVersion = new Map<string, LadderStep[]>();
  for (const r of rows) {
    const steps = byVersion.get(r.ladder_version_id) ?? [];
    steps.push({
      id: r.step_id,
      position: r.position,
      name: r.name,
      category: r.category as Category,
      track: r.track as Track,
    });
    byVersion.set(r.ladder_version_id, steps);
  }
  return byVersion;
}

function toLadders(versions: VersionRow[], steps: Map<string, LadderStep[]>): Ladder[] {
  return versions.map((v) => ({
    id: v.id,
    version: v.version,
    createdAt: v.created_at.toISOString(),
    note: v.note,
    steps: steps.get(v.id) ?? [],
  }));
}

function versionsQuery(tx: Tx, municipalityId: string) {
  return tx
    .selectFrom('ladder_version')
    .select(['id', 'version', 'created_at', 'note'])
    .where('municipality_id', '=', municipalityId);
}

/** The ladder in force now (the highest version). Every municipality has one from birth (trigger). */
export async function loadCurrentLadder(tx: Tx, municipalityId: string): Promise<Ladder> {
  const version = await versionsQuery(tx, municipalityId)
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!version) throw new Error(`municipality ${municipalityId} has no ladder`);
  const [ladder] = toLadders([version], await stepsOf(tx, municipalityId, [version.id]));
  return ladder as Ladder;
}

/** The ladder that was in force at a moment (for history); undefined before the first version. */
export async function loadLadderInForce(
  tx: Tx,
  municipalityId: string,
  at: Date,
): Promise<Ladder | undefined> {
  const version = await versionsQuery(tx, municipalityId)
    .where('created_at', '<=', at)
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!version) return undefined;
  return toLadders([version], await stepsOf(tx, municipalityId, [version.id]))[0];
}

/** Every version, newest first, each with its steps. */
export async function loadLadderVersions(tx: Tx, municipalityId: string): Promise<Ladder[]> {
  const versions = await versionsQuery(tx, municipalityId).orderBy('version', 'desc').execute();
  return toLadders(
    versions,
    await stepsOf(
      tx,
      municipalityId,
      versions.map((v) => v.id),
    ),
  );
}

/**
 * Catalog writes (ladder versions, offers, imports) take one lock per municipality, released at
 * commit: two admins saving the ladder at once must not both become version n+1, and a step
 * must not be retired while an offer is being put on it.
 */
export async function lockCatalog(tx: Tx, municipalityId: string): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(hashtextextended(${`catalog:${municipalityId}`}, 0))`.execute(tx);
}

export interface NewLadderVersion {
  municipalityId: string;
  version: number;
  createdBy: string;
  note: string | null;
  /** in order; `id: null` = a new step */
  steps: { id: string | null; position: number; name: string; category: Category; track: Track }[];
}

export async function insertLadderVersion(tx: Tx, input: NewLadderVersion): Promise<string> {
  const { municipalityId } = input;
  const version = await tx
    .insertInto('ladder_version')
    .values({
      municipality_id: municipalityId,
      version: input.version,
      created_by: input.createdBy,
      note: input.note,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (const step of input.steps) {
    const stepId =
      step.id ??
      (
        await tx
          .insertInto('step')
          .values({ municipality_id: municipalityId })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;
    await tx
      .insertInto('ladder_version_step')
      .values({
        municipality_id: municipalityId,
        ladder_version_id: version.id,
        step_id: stepId,
        position: step.position,
        name: step.name,
        category: step.category,
        track: step.track,
      })
      .execute();
  }
  return version.id;
}
