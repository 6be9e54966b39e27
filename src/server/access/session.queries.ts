import { sql } from 'kysely';
import type { Tx } from '../../store/database.ts';
import { tenantJoin } from '../../store/tenant-join.ts';

export function findLoginCandidates(tx: Tx, username: string, municipalityCode: string | undefined) {
  let query = tx
    .selectFrom('app_user')
    .innerJoin('municipality', 'municipality.id', 'app_user.municipality_id')
    .select(['app_user.municipality_id', 'app_user.id', 'app_user.password_hash', 'app_user.role'])
    .where('app_user.username', '=', username)
    .where('app_user.active', '=', true);
  if (municipalityCode) query = query.where('municipality.code', '=', municipalityCode);
  return query.limit(2).execute();
}

export async function insertSession(
  tx: Tx,
  row: { municipalityId: string; tokenHash: string; userId: string; csrfToken: string },
): Promise<void> {
  await tx
    .insertInto('session')
    .values({
      municipality_id: row.municipalityId,
      token_hash: row.tokenHash,
      user_id: row.userId,
      csrf_token: row.csrfToken,
    })
    .execute();
}

export function findSessionUser(tx: Tx, municipalityId: string, tokenHash: string) {
  return tx
    .selectFrom('session')
    .innerJoin('app_user', (j) => tenantJoin(j, 'app_user.id', 'session.user_id'))
    .innerJoin('municipality', 'municipality.id', 'session.municipality_id')
    .select([
      'session.token_hash',
      'session.csrf_token',
      'session.created_at',
      'session.last_seen_at',
      'app_user.id as user_id',
      'app_user.username',
      'app_user.display_name',
      'app_user.role',
      'app_user.active',
      'municipality.name as municipality_name',
      sql<
        string[]
      >`array(SELECT district_id FROM user_district ud WHERE ud.municipality_id = session.municipality_id AND ud.user_id = session.user_id)`.as(
        'district_ids',
      ),
      sql<
        string[]
      >`array(SELECT unit_id FROM user_unit uu WHERE uu.municipality_id = session.municipality_id AND uu.user_id = session.user_id)`.as(
        'unit_ids',
      ),
    ])
    .where('session.municipality_id', '=', municipalityId)
    .where('session.token_hash', '=', tokenHash)
    .executeTakeFirst();
}

export async function touchSession(tx: Tx, municipalityId: string, tokenHash: string): Promise<void> {
  await tx
    .updateTable('session')
    .set({ last_seen_at: sql`now()` })
    .where('municipality_id', '=', municipalityId)
    .where('token_hash', '=', tokenHash)
    .execute();
}

export async function deleteSession(tx: Tx, municipalityId: string, tokenHash: string): Promise<void> {
  await tx
    .deleteFrom('session')
    .where('municipality_id', '=', municipalityId)
    .where('token_hash', '=', tokenHash)
    .execute();
}

export function districtsByIds(tx: Tx, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return tx.selectFrom('district').select(['id', 'name']).where('id', 'in', ids).orderBy('name').execute();
}
