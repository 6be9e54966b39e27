import type { Tx } from '../../store/database.ts';

/** Queries of the first administrator's creation; they run as the owner (asSystem), across municipalities. */

/** The municipality with this code, made when there is none. */
export async function municipalityByCode(tx: Tx, code: string, name: string): Promise<string> {
  const existing = await tx
    .selectFrom('municipality')
    .select('id')
    .where('code', '=', code)
    .executeTakeFirst();
  if (existing) return existing.id;
  const made = await tx
    .insertInto('municipality')
    .values({ code, name })
    .returning('id')
    .executeTakeFirstOrThrow();
  return made.id;
}

export function userByName(tx: Tx, municipalityId: string, username: string) {
  return tx
    .selectFrom('app_user')
    .select('id')
    .where('municipality_id', '=', municipalityId)
    .where('username', '=', username)
    .executeTakeFirst();
}

export function insertAdmin(
  tx: Tx,
  a: { municipalityId: string; username: string; displayName: string; passwordHash: string },
) {
  return tx
    .insertInto('app_user')
    .values({
      municipality_id: a.municipalityId,
      username: a.username,
      display_name: a.displayName,
      role: 'admin',
      password_hash: a.passwordHash,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}
