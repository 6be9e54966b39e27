import { sql } from 'kysely';
import type { Tx } from '../../store/database.ts';
import { tenantJoin } from '../../store/tenant-join.ts';

/** Following a child as known to preventive work: at most one current follow per child (unique index). */

export function currentFollow(tx: Tx, childId: string) {
  return tx
    .selectFrom('preventive_follow')
    .innerJoin('app_user', (j) => tenantJoin(j, 'app_user.id', 'preventive_follow.started_by'))
    .select([
      'preventive_follow.id',
      'preventive_follow.started_at',
      'preventive_follow.note',
      'app_user.id as user_id',
      'app_user.display_name',
      'app_user.title',
    ])
    .where('preventive_follow.child_id', '=', childId)
    .where('preventive_follow.ended_at', 'is', null)
    .executeTakeFirst();
}

export type FollowRow = NonNullable<Awaited<ReturnType<typeof currentFollow>>>;

export async function startFollow(
  tx: Tx,
  f: { municipalityId: string; childId: string; userId: string; note: string | null },
) {
  await tx
    .insertInto('preventive_follow')
    .values({ municipality_id: f.municipalityId, child_id: f.childId, started_by: f.userId, note: f.note })
    .execute();
}

export async function endFollow(tx: Tx, childId: string, userId: string): Promise<string | undefined> {
  const row = await tx
    .updateTable('preventive_follow')
    .set({ ended_at: sql<Date>`now()`, ended_by: userId })
    .where('child_id', '=', childId)
    .where('ended_at', 'is', null)
    .returning('id')
    .executeTakeFirst();
  return row?.id;
}
