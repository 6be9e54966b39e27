import { POLICY } from '../../core/access/policy.ts';
import type { CaseView } from '../../core/api/casework-cases.ts';
import { copenhagenIso, todayInCopenhagen } from '../../core/calendar/zone.ts';
import { currentPosition } from '../../core/casework/ladder.ts';
import type { Ladder } from '../../core/catalog/types.ts';
import { formatCpr, maskCpr } from '../../core/cpr.ts';
import { ageOn } from '../../core/people.ts';
import type { Tx } from '../../store/database.ts';
import type { ActorHandle } from '../actor-db.ts';
import { loadCurrentLadder } from '../catalog/ladder.queries.ts';
import { type AllowedCaseAccess, type CaseRow, caseRights } from './case-access.ts';
import * as q from './cases.queries.ts';

/**
 * The case as a page shows it (CaseView), shared by every case-work use case that answers with
 * the case: after opening, reading, changing it, and in a 409 with the current version. It does
 * not check access or audit: the caller went through openCase (or just created the case).
 */

/** Step 0 is no step of the ladder: the ordinary everyday life in universal services (domain.md). */
export const EVERYDAY_LIFE = 'Almindeligt hverdagsliv';

/** The name of a position on the ladder in force; 0 is everyday life. */
export function stepName(ladder: Ladder, position: number): string {
  if (position === 0) return EVERYDAY_LIFE;
  return ladder.steps.find((s) => s.position === position)?.name ?? `Trin ${position}`;
}

/**
 * The child's current step today: the highest step among the child's active measures (any case),
 * named as on the ladder in force. `stepId` is that ladder's step at the position (null at 0),
 * which is what the catalog's matching takes as "current step".
 */
export async function childCurrentStep(
  tx: Tx,
  municipalityId: string,
  childId: string,
  today: string = todayInCopenhagen(),
  ladder?: Ladder,
): Promise<{ position: number; name: string; stepId: string | null }> {
  const measures = await q.ladderMeasuresOfChild(tx, childId);
  const position = currentPosition(
    measures.map((m) => ({ stepPosition: m.step_position, startOn: m.start_on, endedOn: m.ended_on })),
    today,
  );
  const l = ladder ?? (await loadCurrentLadder(tx, municipalityId));
  return {
    position,
    name: stepName(l, position),
    stepId: l.steps.find((s) => s.position === position)?.id ?? null,
  };
}

export async function buildCaseView(
  h: ActorHandle,
  row: CaseRow,
  access: AllowedCaseAccess,
): Promise<CaseView> {
  const { tx, actor } = h;
  const today = todayInCopenhagen();
  const c = await q.child(tx, row.child_id);
  if (!c) throw new Error(`case ${row.id} has no child`);
  const [district, names, step, siblings] = await Promise.all([
    q.districtName(tx, row.district_id),
    q.userNames(tx, [row.caseworker_id, row.foster_care_consultant_id, row.contact_person_id]),
    childCurrentStep(tx, actor.municipalityId, row.child_id, today),
    q.siblingsWithOpenCases(tx, c.household_id, c.id),
  ]);
  const ref = (id: string | null) => (id ? { id, name: names.get(id) ?? '' } : null);
  const masked = !POLICY[actor.role].fullCpr;
  return {
    id: row.id,
    version: row.version,
    child: {
      id: c.id,
      name: `${c.first_name} ${c.last_name}`,
      birthDate: c.birth_date,
      age: ageOn(c.birth_date, today),
      cpr: masked ? maskCpr(c.cpr) : formatCpr(c.cpr),
      householdId: c.household_id,
    },
    district: { id: district.id, name: district.name },
    caseworker: ref(row.caseworker_id),
    fosterCareConsultant: ref(row.foster_care_consultant_id),
    contactPerson: ref(row.contact_person_id),
    responsibleTeam: row.responsible_team,
    parentServicesContact: row.parent_services_contact,
    openedAt: copenhagenIso(row.opened_at),
    openedReason: row.opened_reason,
    awareOn: row.aware_on,
    closedAt: row.closed_at ? copenhagenIso(row.closed_at) : null,
    closeReason: row.close_reason_code,
    closedNote: row.closed_reason,
    currentStep: { position: step.position, name: step.name },
    siblings: siblings.map((s) => ({
      childId: s.id,
      name: `${s.first_name} ${s.last_name}`,
      age: ageOn(s.birth_date, today),
      caseId: s.case_id,
    })),
    access: caseRights(h, row, access),
  };
}
