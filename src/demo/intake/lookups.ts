import type { AppUserRow } from '../world/rows.ts';
import type { IntakeBase } from './rows.ts';

/** The demo's people and places, indexed the ways the intake generator looks them up. */
export function intakeLookups(rows: IntakeBase) {
  const byRole = (role: string) => rows.app_user.filter((u) => u.role === role);
  const front = byRole('front');
  if (front.length === 0) throw new Error('Demo Kommune has no Front user');
  // Who screens outside office hours: Front's first user (Front screens always, without a shift).
  const onCall = front.find((u) => u.username === 'front') ?? (front[0] as AppUserRow);
  const districtUsers = new Map<string, AppUserRow[]>();
  const userById = new Map(rows.app_user.map((u) => [u.id, u]));
  for (const ud of rows.user_district) {
    const u = userById.get(ud.user_id);
    if (!u) continue;
    const list = districtUsers.get(ud.district_id) ?? [];
    list.push(u);
    districtUsers.set(ud.district_id, list);
  }

  // Who could report from the child's own school, daycare or club: the owners of its groups.
  const unitById = new Map(rows.unit.map((u) => [u.id, u]));
  const groupUnit = new Map(rows.group.map((g) => [g.id, g.unit_id]));
  const groupOwners = new Map<string, string[]>();
  for (const ug of rows.user_group) {
    const list = groupOwners.get(ug.group_id) ?? [];
    list.push(ug.user_id);
    groupOwners.set(ug.group_id, list);
  }
  const childGroups = new Map<string, string[]>();
  for (const e of rows.enrolment) {
    const list = childGroups.get(e.child_id) ?? [];
    list.push(e.group_id);
    childGroups.set(e.child_id, list);
  }
  return { front, onCall, districtUsers, userById, unitById, groupUnit, groupOwners, childGroups };
}
