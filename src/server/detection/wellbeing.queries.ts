import { sql } from 'kysely';
import type { WellbeingColor } from '../../core/detection/wellbeing.ts';
import type { Tx } from '../../store/database.ts';
import { tenantJoin } from '../../store/tenant-join.ts';

/** Groups, their children and wellbeing rounds in the database. */

/** The professional's own groups (user_group), with how many children and the last round's date. */
export function groupsOfUser(tx: Tx, userId: string) {
  return tx
    .selectFrom('user_group')
    .innerJoin('group', (j) => tenantJoin(j, 'group.id', 'user_group.group_id'))
    .innerJoin('unit', (j) => tenantJoin(j, 'unit.id', 'group.unit_id'))
    .select((eb) => [
      'group.id',
      'group.name',
      'unit.id as unit_id',
      'unit.name as unit_name',
      'unit.kind as unit_kind',
      eb
        .selectFrom('enrolment')
        .select(sql<number>`count(*)::int`.as('n'))
        .whereRef('enrolment.group_id', '=', 'group.id')
        .as('children'),
      eb
        .selectFrom('wellbeing_round')
        .select(sql<string | null>`max(rated_on)::text`.as('d'))
        .whereRef('wellbeing_round.group_id', '=', 'group.id')
        .as('last_rated_on'),
    ])
    .where('user_group.user_id', '=', userId)
    .orderBy('unit.name')
    .orderBy('group.name')
    .execute();
}

export type GroupRow = Awaited<ReturnType<typeof groupsOfUser>>[number];

export function isOwnGroup(tx: Tx, userId: string, groupId: string) {
  return tx
    .selectFrom('user_group')
    .select('group_id')
    .where('user_id', '=', userId)
    .where('group_id', '=', groupId)
    .executeTakeFirst();
}

export function groupExists(tx: Tx, groupId: string) {
  return tx.selectFrom('group').select('id').where('id', '=', groupId).executeTakeFirst();
}

export function childrenOfGroup(tx: Tx, groupId: string) {
  return tx
    .selectFrom('enrolment')
    .innerJoin('child', (j) => tenantJoin(j, 'child.id', 'enrolment.child_id'))
    .select(['child.id', 'child.first_name', 'child.last_name'])
    .where('enrolment.group_id', '=', groupId)
    .orderBy('child.first_name')
    .orderBy('child.last_name')
    .orderBy('child.id')
    .execute();
}

/**
 * Each child's latest rating in this group, with who gave it: one index probe per child of the
 * group (LATERAL … LIMIT 1), so the time does not grow with the group's history of rounds.
 */
export async function latestRatingsInGroup(tx: Tx, groupId: string) {
  const { rows } = await sql<{
    child_id: string;
    color: WellbeingColor;
    note: string | null;
    rated_on: string;
    rated_by: string;
  }>`
    SELECT e.child_id, r.color, r.note, ro.rated_on, ro.rated_by
    FROM enrolment e
    CROSS JOIN LATERAL (
      SELECT wr.municipality_id, wr.round_id, wr.color, wr.note
      FROM wellbeing_rating wr
      WHERE wr.municipality_id = e.municipality_id AND wr.group_id = e.group_id AND wr.child_id = e.child_id
      ORDER BY wr.rated_at DESC
      LIMIT 1
    ) r
    JOIN wellbeing_round ro ON ro.municipality_id = r.municipality_id AND ro.id = r.round_id
    WHERE e.group_id = ${groupId}`.execute(tx);
  return rows;
}

export function lastRound(tx: Tx, groupId: string) {
  return tx
    .selectFrom('wellbeing_round')
    .innerJoin('app_user', (j) => tenantJoin(j, 'app_user.id', 'wellbeing_round.rated_by'))
    .select([
      'wellbeing_round.id',
      'wellbeing_round.rated_on',
      'app_user.id as user_id',
      'app_user.display_name',
      'app_user.title',
    ])
    .where('wellbeing_round.group_id', '=', groupId)
    .orderBy('wellbeing_round.created_at', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export type RoundByKey = NonNullable<Awaited<ReturnType<typeof roundByKey>>>;

export function roundByKey(tx: Tx, key: string) {
  return tx
    .selectFrom('wellbeing_round')
    .select(['id', 'group_id', 'rated_by', 'request_hash', 'rated_on'])
    .select((eb) =>
      eb
        .selectFrom('wellbeing_rating')
        .select(sql<number>`count(*)::int`.as('n'))
        .whereRef('wellbeing_rating.round_id', '=', 'wellbeing_round.id')
        .as('ratings'),
    )
    .where('idempotency_key', '=', key)
    .executeTakeFirst();
}

/** The round's id; undefined when the key is taken (a concurrent retry committed first). */
export async function insertRound(
  tx: Tx,
  r: { municipalityId: string; groupId: string; ratedBy: string; key: string; hash: string; ratedOn: string },
): Promise<{ id: string; created_at: Date } | undefined> {
  return tx
    .insertInto('wellbeing_round')
    .values({
      municipality_id: r.municipalityId,
      group_id: r.groupId,
      rated_by: r.ratedBy,
      idempotency_key: r.key,
      request_hash: r.hash,
      rated_on: r.ratedOn,
    })
    .onConflict((oc) => oc.columns(['municipality_id', 'idempotency_key']).doNothing())
    .returning(['id', 'created_at'])
    .executeTakeFirst();
}

export async function insertRatings(
  tx: Tx,
  municipalityId: string,
  round: { id: string; groupId: string; at: Date },
  ratings: readonly { childId: string; color: WellbeingColor; note: string | null }[],
) {
  return tx
    .insertInto('wellbeing_rating')
    .values(
      ratings.map((r) => ({
        municipality_id: municipalityId,
        round_id: round.id,
        group_id: round.groupId,
        child_id: r.childId,
        color: r.color,
        note: r.note,
        rated_at: round.at,
      })),
    )
    .returning(['id', 'child_id', 'color'])
    .execute();
}
