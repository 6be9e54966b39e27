import type { Insertable } from 'kysely';
import type { Tx } from '../../store/database.ts';
import type { IntakeSettingTable } from '../../store/schema-intake.ts';

/** Queries of intake's settings (intake_setting: one row or none = the defaults) and of matching a child. */

export function intakeSettingRow(tx: Tx) {
  return tx.selectFrom('intake_setting').selectAll().executeTakeFirst();
}

export async function saveIntakeSettings(
  tx: Tx,
  municipalityId: string,
  values: Omit<Insertable<IntakeSettingTable>, 'municipality_id'>,
): Promise<void> {
  await tx
    .insertInto('intake_setting')
    .values({ municipality_id: municipalityId, ...values })
    .onConflict((oc) => oc.column('municipality_id').doUpdateSet(values))
    .execute();
}

/** Links a provisional report to the child (only while it has none). */
export async function matchChild(
  tx: Tx,
  reportId: string,
  m: { childId: string; districtId: string | null; matchedBy: string },
): Promise<void> {
  await tx
    .updateTable('report')
    .set({ child_id: m.childId, district_id: m.districtId, matched_at: new Date(), matched_by: m.matchedBy })
    .where('id', '=', reportId)
    .where('child_id', 'is', null)
    .execute();
}

export function childWithDistrict(tx: Tx, childId: string) {
  return tx
    .selectFrom('child')
    .innerJoin('district', 'district.id', 'child.district_id')
    .select([
      'child.first_name',
      'child.last_name',
      'child.birth_date',
      'district.id as district_id',
      'district.name as district_name',
    ])
    .where('child.id', '=', childId)
    .executeTakeFirstOrThrow();
}
