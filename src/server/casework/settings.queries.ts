import type { Insertable } from 'kysely';
import type { Tx } from '../../store/database.ts';
import type { CaseworkSettingTable } from '../../store/schema-casework.ts';

/** The municipality's one row of case-work rules (casework_setting); read by deadlines.queries.ts. */

export async function saveCaseworkSettings(
  tx: Tx,
  municipalityId: string,
  values: Omit<Insertable<CaseworkSettingTable>, 'municipality_id'>,
): Promise<void> {
  await tx
    .insertInto('casework_setting')
    .values({ municipality_id: municipalityId, ...values })
    .onConflict((oc) => oc.column('municipality_id').doUpdateSet(values))
    .execute();
}
