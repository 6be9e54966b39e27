import { sql } from 'kysely';
import type { IcsArea } from '../../core/detection/factors.ts';
import type { Tx } from '../../store/database.ts';
import { tenantJoin } from '../../store/tenant-join.ts';

/** Concerns and their corrections in the database. Nothing is deleted (no DELETE grant). */

/** The three ICS areas are three columns: a CHECK then demands at least one, without a child table. */
export const AREA_COLUMNS = {
  development: 'development_text',
  parenting: 'parenting_text',
  family_environment: 'family_environment_text',
} as const satisfies Record<IcsArea, string>;

export function areaColumns(areas: readonly { area: IcsArea; text: string }[]) {
  const text = (a: IcsArea) => areas.find((x) => x.area === a)?.text ?? null;
  return {
    development_text: text('development'),
    parenting_text: text('parenting'),
    family_environment_text: text('family_environment'),
  };
}

function concernQuery(tx: Tx) {
  return tx
    .selectFrom('concern')
    .innerJoin('child', (j) => tenantJoin(j, 'child.id', 'concern.child_id'))
    .innerJoin('app_user as author', (j) => tenantJoin(j, 'author.id', 'concern.author_id'))
    .leftJoin('unit', (j) => tenantJoin(j, 'unit.id', 'concern.unit_id'))
    .selectAll('concern')
    .select([
      'child.first_name as child_first_name',
      'child.last_name as child_last_name',
      'author.display_name as author_name',
      'author.title as author_title',
      'author.phone as author_phone',
      'unit.name as unit_name',
      'unit.kind as unit_kind',
    ]);
}

export type ConcernRow = NonNullable<Awaited<ReturnType<typeof findConcern>>>;

export function findConcern(tx: Tx, id: string) {
  return concernQuery(tx).where('concern.id', '=', id).executeTakeFirst();
}

export function concernsOfChild(tx: Tx, childId: string) {
  return concernQuery(tx)
    .where('concern.child_id', '=', childId)
    .orderBy('concern.created_at', 'desc')
    .orderBy('concern.id')
    .execute();
}

/** The author's own submissions, newest first (feedback: status only). */
export function concernsByAuthor(tx: Tx, authorId: string, limit = 200) {
  return tx
    .selectFrom('concern')
    .innerJoin('child', (j) => tenantJoin(j, 'child.id', 'concern.child_id'))
    .select([
      'concern.id',
      'concern.child_id',
      'concern.level',
      'concern.status',
      'concern.locked_at',
      'concern.created_at',
      'child.first_name',
      'child.last_name',
    ])
    .where('concern.author_id', '=', authorId)
    .orderBy('concern.created_at', 'desc')
    .limit(limit)
    .execute();
}

export type ConcernByKey = NonNullable<Awaited<ReturnType<typeof findConcernByKey>>>;

export function findConcernByKey(tx: Tx, key: string) {
  return tx
    .selectFrom('concern')
    .select(['id', 'author_id', 'request_hash'])
    .where('idempotency_key', '=', key)
    .executeTakeFirst();
}

export function correctionsOf(tx: Tx, concernIds: readonly string[]) {
  if (concernIds.length === 0) return Promise.resolve([]);
  return tx
    .selectFrom('concern_correction')
    .innerJoin('app_user', (j) => tenantJoin(j, 'app_user.id', 'concern_correction.author_id'))
    .select([
      'concern_correction.id',
      'concern_correction.concern_id',
      'concern_correction.text',
      'concern_correction.level_before',
      'concern_correction.level',
      'concern_correction.created_at',
      'app_user.id as author_id',
      'app_user.display_name as author_name',
      'app_user.title as author_title',
    ])
    .where('concern_correction.concern_id', 'in', [...concernIds])
    .orderBy('concern_correction.created_at')
    .execute();
}

export type CorrectionRow = Awaited<ReturnType<typeof correctionsOf>>[number];

/** The author's unit the child is enrolled in, if any (the concern's source for the figures). */
export async function unitThrough(
  tx: Tx,
  childId: string,
  unitIds: readonly string[],
): Promise<string | null> {
  if (unitIds.length === 0) return null;
  const row = await tx
    .selectFrom('enrolment')
    .innerJoin('group', (j) => tenantJoin(j, 'group.id', 'enrolment.group_id'))
    .select('group.unit_id')
    .where('enrolment.child_id', '=', childId)
    .where('group.unit_id', 'in', [...unitIds])
    .orderBy('group.unit_id')
    .limit(1)
    .executeTakeFirst();
  return row?.unit_id ?? null;
}

export interface NewConcern {
  municipalityId: string;
  childId: string;
  authorId: string;
  unitId: string | null;
  level: number;
  areas: readonly { area: IcsArea; text: string }[];
  riskFactors: string[];
  protectiveFactors: string[];
  parentsInformed: boolean;
  idempotencyKey: string | null;
  requestHash: string | null;
}

/** The new concern's id; undefined when its idempotency key is taken (a retry or a reuse). */
export async function insertConcern(tx: Tx, c: NewConcern): Promise<string | undefined> {
  const row = await tx
    .insertInto('concern')
    .values({
      municipality_id: c.municipalityId,
      child_id: c.childId,
      author_id: c.authorId,
      unit_id: c.unitId,
      level: c.level,
      ...areaColumns(c.areas),
      risk_factors: c.riskFactors,
      protective_factors: c.protectiveFactors,
      parents_informed: c.parentsInformed,
      idempotency_key: c.idempotencyKey,
      request_hash: c.requestHash,
    })
    .onConflict((oc) => oc.columns(['municipality_id', 'idempotency_key']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return row?.id;
}

export interface ConcernChanges {
  level?: number | undefined;
  areas?: readonly { area: IcsArea; text: string }[] | undefined;
  riskFactors?: string[] | undefined;
  protectiveFactors?: string[] | undefined;
  parentsInformed?: boolean | undefined;
}

/** Changes the concern only while nobody has acted on it; false when it was locked meanwhile. */
export async function updateUnlockedConcern(tx: Tx, id: string, authorId: string, c: ConcernChanges) {
  const result = await tx
    .updateTable('concern')
    .set({
      ...(c.level !== undefined ? { level: c.level } : {}),
      ...(c.areas !== undefined ? areaColumns(c.areas) : {}),
      ...(c.riskFactors !== undefined ? { risk_factors: c.riskFactors } : {}),
      ...(c.protectiveFactors !== undefined ? { protective_factors: c.protectiveFactors } : {}),
      ...(c.parentsInformed !== undefined ? { parents_informed: c.parentsInformed } : {}),
      updated_at: sql<Date>`now()`,
    })
    .where('id', '=', id)
    .where('author_id', '=', authorId)
    .where('locked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function insertCorrection(
  tx: Tx,
  row: {
    municipalityId: string;
    concernId: string;
    authorId: string;
    text: string;
    levelBefore: number | null;
    level: number | null;
  },
) {
  return tx
    .insertInto('concern_correction')
    .values({
      municipality_id: row.municipalityId,
      concern_id: row.concernId,
      author_id: row.authorId,
      text: row.text,
      level_before: row.levelBefore,
      level: row.level,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export async function setConcernLevel(tx: Tx, id: string, level: number) {
  await tx.updateTable('concern').set({ level, updated_at: sql<Date>`now()` }).where('id', '=', id).execute();
}
