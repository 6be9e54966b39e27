import { AppError } from '../../core/errors.ts';
import { type ActorHandle, DeniedError } from '../actor-db.ts';
import { childFacts } from '../people/children.queries.ts';
import * as q from './reports.queries.ts';
import * as sq from './settings.queries.ts';
import { reportChild } from './views.ts';

/**
 * The municipal setting of non-working days (5 June, 24 and 31 December) and matching a
 * provisional child. A changed setting applies to reports received from then on: stored
 * deadlines never move.
 */

type Settings = { constitutionDayClosed: boolean; christmasEveClosed: boolean; newYearsEveClosed: boolean };

export async function readIntakeSettings(h: ActorHandle) {
  const row = await sq.intakeSettingRow(h.tx);
  const s = await q.loadNonWorkingDays(h.tx, h.actor.municipalityId);
  return {
    settings: {
      constitutionDayClosed: s.constitutionDay,
      christmasEveClosed: s.christmasEve,
      newYearsEveClosed: s.newYearsEve,
    },
    isDefault: row === undefined,
  };
}

export async function changeIntakeSettings(h: ActorHandle, next: Settings) {
  if (h.actor.role !== 'admin')
    throw new DeniedError({ action: 'update', entityType: 'intake_setting', entityId: null });
  const before = await readIntakeSettings(h);
  const values = {
    constitution_day_closed: next.constitutionDayClosed,
    christmas_eve_closed: next.christmasEveClosed,
    new_years_eve_closed: next.newYearsEveClosed,
    updated_at: new Date(),
    updated_by: h.actor.userId,
  };
  await sq.saveIntakeSettings(h.tx, h.actor.municipalityId, values);
  await h.audit({
    action: 'update',
    entityType: 'intake_setting',
    entityId: null,
    details: { before: before.settings, after: next },
  });
  return readIntakeSettings(h);
}

/** Front links a provisional report to the registry's child; the provisional identity stays as history. */
export async function matchReportChild(h: ActorHandle, id: string, childId: string) {
  const { tx, actor } = h;
  if (actor.role !== 'front')
    throw new DeniedError({ action: 'match', entityType: 'report', entityId: id, details: { childId } });
  const report = await q.findReport(tx, id);
  if (!report) throw new AppError('not_found', 'Underretningen findes ikke.');
  if (report.child_id) throw new AppError('conflict', 'Underretningen er allerede knyttet til et barn.');
  if (!(await childFacts(tx, actor, childId))) throw new AppError('not_found', 'Barnet findes ikke.');
  const district = await q.childDistrict(tx, childId);
  await sq.matchChild(tx, id, {
    childId,
    districtId: district?.district_id ?? null,
    matchedBy: actor.userId,
  });
  await h.audit({ action: 'match', entityType: 'report', entityId: id, details: { childId } });
  const child = await sq.childWithDistrict(tx, childId);
  return {
    id,
    child: reportChild({ ...child, child_id: childId, provisional_name: null, provisional_birth_date: null }),
    district: { id: child.district_id, name: child.district_name },
  };
}
