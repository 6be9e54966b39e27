import { CASE_POLICY } from '../../core/access/case-policy.ts';
import type { SupervisionGateResponse } from '../../core/api/casework-gate.ts';
import { todayInCopenhagen } from '../../core/calendar/zone.ts';
import { addCalendarMonths } from '../../core/casework/months.ts';
import { isLongInstitutionalStay } from '../../core/forums/agenda-rules.ts';
import { type ActorHandle, DeniedError } from '../actor-db.ts';
import { forumRules, unansweredEmergencies } from '../forums/rules.ts';
import { pendingInDistricts } from './measure-approvals.queries.ts';
import { approvalView } from './measure-approvals.ts';
import { childrenByIds } from './mine.queries.ts';
import * as q from './supervision-gate.queries.ts';

/**
 * The leader's supervision of the gate (issue #12 items 3(h), 5, 7; docs/casework.md "The gate and
 * the leader's approval"), in the leader's own districts: emergency placements whose placement
 * committee decision is still missing, with the deadline (overdue after it); institutional
 * placements past the flag's months (goal 5 of `002_*`: short, treating placements); and the
 * measures waiting for a leader's approval. One audit event lists the cases named.
 */
export async function gateSupervision(h: ActorHandle): Promise<SupervisionGateResponse> {
  const reach = CASE_POLICY[h.actor.role].supervision;
  if (!reach) throw new DeniedError({ action: 'read', entityType: 'case_supervision', entityId: null });
  const { tx } = h;
  const districtIds = reach === 'own_districts' ? h.actor.districtIds : null;
  const today = todayInCopenhagen();
  const { settings } = await forumRules(h);
  const [emergencyRows, institutional, approvalRows] = await Promise.all([
    unansweredEmergencies(h, districtIds),
    q.runningOnSteps(tx, districtIds, settings.institutionalSteps, today),
    pendingInDistricts(tx, districtIds),
  ]);
  // A child's stay counts from its earliest running institutional measure (a same-day swap of
  // institution continues the stay).
  const stays = new Map<string, (typeof institutional)[number]>();
  for (const m of institutional) if (!stays.has(m.child_id)) stays.set(m.child_id, m);
  const longStays = [...stays.values()].filter((m) =>
    isLongInstitutionalStay({ stepPosition: m.step_position, stepSince: m.start_on }, today, settings),
  );
  const children = await childrenByIds(tx, [
    ...new Set([...emergencyRows.map((e) => e.child_id), ...longStays.map((m) => m.child_id)]),
  ]);
  const child = (id: string) => ({ id, name: children.get(id)?.name ?? '' });
  const response: SupervisionGateResponse = {
    emergencies: emergencyRows.map((e) => ({
      emergencyDecisionId: e.id,
      caseId: e.case_id,
      child: child(e.child_id),
      decidedOn: e.decided_on,
      reachForumBy: e.reach_forum_by,
      overdue: e.reach_forum_by < today,
    })),
    longStays: longStays.map((m) => ({
      caseId: m.case_id,
      child: child(m.child_id),
      measureId: m.id,
      offer: { id: m.offer_id, name: m.offer_name },
      stepPosition: m.step_position,
      since: m.start_on,
      flaggedOn: addCalendarMonths(m.start_on, settings.institutionalFlagMonths),
    })),
    approvals: approvalRows.map(approvalView),
  };
  const named = [...response.emergencies, ...response.longStays, ...response.approvals];
  await h.audit({
    action: 'read',
    entityType: 'case_supervision',
    entityId: null,
    details: {
      view: 'gate',
      caseIds: [...new Set(named.map((n) => n.caseId))],
      childIds: [...new Set(named.map((n) => n.child.id))],
    },
  });
  return response;
}
