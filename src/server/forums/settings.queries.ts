import type { Insertable } from 'kysely';
import type { Tx } from '../../store/database.ts';
import type { ForumSettingTable } from '../../store/schema.ts';

/** The forums' local rules: one row per municipality (forum_setting), none = the defaults. */

export function saveForumSettings(tx: Tx, values: Insertable<ForumSettingTable>) {
  const { municipality_id: _m, ...changes } = values;
  return tx
    .insertInto('forum_setting')
    .values(values)
    .onConflict((oc) => oc.column('municipality_id').doUpdateSet(changes))
    .execute();
}
