import type { Tx } from '../../store/database.ts';
import { tenantJoin } from '../../store/tenant-join.ts';

/** What the guide needs from the registry: the child's age and district, and whom to call there. */

export function childBasics(tx: Tx, childId: string) {
  return tx
    .selectFrom('child')
    .innerJoin('district', (j) => tenantJoin(j, 'district.id', 'child.district_id'))
    .select([
      'child.id',
      'child.first_name',
      'child.last_name',
      'child.birth_date',
      'child.district_id',
      'district.name as district_name',
    ])
    .where('child.id', '=', childId)
    .executeTakeFirst();
}

export type ChildBasics = NonNullable<Awaited<ReturnType<typeof childBasics>>>;

/** The active preventive workers of a district, with name and phone from the registry. */
export function preventiveWorkersOf(tx: Tx, districtId: string) {
  return tx
    .selectFrom('app_user')
    .innerJoin('user_district', (j) => tenantJoin(j, 'user_district.user_id', 'app_user.id'))
    .innerJoin('district', (j) => tenantJoin(j, 'district.id', 'user_district.district_id'))
    .select([
      'app_user.id',
      'app_user.display_name',
      'app_user.title',
      'app_user.phone',
      'district.id as district_id',
      'district.name as district_name',
    ])
    .where('user_district.district_id', '=', districtId)
    .where('app_user.role', '=', 'preventive_worker')
    .where('app_user.active', '=', true)
    .orderBy('app_user.display_name')
    .execute();
}
