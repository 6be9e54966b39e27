import type { CaseworkSettingsView } from '../../core/api/casework-overview.ts';
import type { CaseworkSettings } from '../../core/casework/deadlines.ts';
import { type ActorHandle, DeniedError } from '../actor-db.ts';
import { loadCaseworkSettings } from './deadlines.queries.ts';
import { saveCaseworkSettings } from './settings.queries.ts';

/**
 * The municipality's local case-work rules (casework_setting, one row or none = the defaults of
 * src/core/casework): quiet weeks, caseload target and the follow-up cadence per track. The legal
 * deadlines (4 months, 3 months, two visits a year) are law and not settable here.
 */

function view(s: CaseworkSettings): CaseworkSettingsView {
  return {
    quietWeeks: s.quietWeeks,
    caseloadTarget: s.caseloadTarget,
    homeFollowUpMonths: s.homeFollowUpMonths,
    placementFollowUpWeeks: s.placementFollowUpWeeks,
  };
}

// Rules, not person data: everyone who works cases or steers them may read them (the pages show
// "stille i 6 uger" and "mål 20"); only the leader and the admin change them.
const READERS = new Set([
  'caseworker',
  'preventive_worker',
  'foster_care_consultant',
  'leader',
  'admin',
  'analyst',
]);
const WRITERS = new Set(['leader', 'admin']);

export async function readCaseworkSettings(h: ActorHandle): Promise<CaseworkSettingsView> {
  if (!READERS.has(h.actor.role)) {
    throw new DeniedError({ action: 'read', entityType: 'casework_setting', entityId: null });
  }
  return view(await loadCaseworkSettings(h.tx));
}

export async function changeCaseworkSettings(
  h: ActorHandle,
  next: CaseworkSettingsView,
): Promise<CaseworkSettingsView> {
  if (!WRITERS.has(h.actor.role)) {
    throw new DeniedError({ action: 'update', entityType: 'casework_setting', entityId: null });
  }
  const before = view(await loadCaseworkSettings(h.tx));
  const values = {
    quiet_weeks: next.quietWeeks,
    caseload_target: next.caseloadTarget,
    home_follow_up_months: next.homeFollowUpMonths,
    placement_follow_up_weeks: next.placementFollowUpWeeks,
    updated_at: new Date(),
    updated_by: h.actor.userId,
  };
  await saveCaseworkSettings(h.tx, h.actor.municipalityId, values);
  await h.audit({
    action: 'update',
    entityType: 'casework_setting',
    entityId: null,
    details: { before, after: next },
  });
  return view(await loadCaseworkSettings(h.tx));
}
