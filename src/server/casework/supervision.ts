import { CASE_POLICY } from '../../core/access/case-policy.ts';
import type { SupervisionCasesResponse } from '../../core/api/casework-overview.ts';
import { copenhagenDateOf, copenhagenIso, todayInCopenhagen } from '../../core/calendar/zone.ts';
import { type CaseRuleId, caseDeadlines, isOverdue } from '../../core/casework/deadlines.ts';
import { caseloadFor, quietSince } from '../../core/casework/quiet.ts';
import { type ActorHandle, DeniedError } from '../actor-db.ts';
import { loadCaseFacts, loadCaseworkSettings } from './deadlines.queries.ts';
import { childrenByIds, lastContacts } from './mine.queries.ts';
import * as q from './supervision.queries.ts';

/** One collator: localeCompare with a locale builds a new one on every call. */
const DANISH = new Intl.Collator('da');
/**
 * The leader's supervision of case work (issue #6 point 9): per caseworker (and preventive worker
 * and foster-care consultant) their caseload against the target, their overdue assessments,
 * plans, follow-ups and supervision visits and their quiet cases; the open cases with no
 * caseworker; and every overdue deadline to drill into. Scope: the leader's own districts — the
 * cases, and the staff with a district there or a case there. A caseload is the person's whole
 * caseload (a count, no case in it named); the overdue and quiet counts are of the cases in scope,
 * each case counted for its caseworker and its foster-care consultant. Reassigning is
 * PATCH /api/cases/:id.
 */

type Category = 'assessments' | 'plans' | 'followUps' | 'visits';
/** The parties' reply deadline is theirs, never the caseworker's overdue work: no category. */
const CATEGORY: Record<CaseRuleId, Category | null> = {
  'assessment-4m': 'assessments',
  'assessment-2m': 'assessments',
  'plan-3m': 'plans',
  'youth-plan-16': 'plans',
  'first-follow-up': 'followUps',
  'follow-up-home': 'followUps',
  'follow-up-placement': 'followUps',
  'aftercare-17-5': 'followUps',
  'supervision-visits': 'visits',
  'consultation-reply': null,
};

export async function caseSupervision(h: ActorHandle): Promise<SupervisionCasesResponse> {
  const reach = CASE_POLICY[h.actor.role].supervision;
  if (!reach) throw new DeniedError({ action: 'read', entityType: 'case_supervision', entityId: null });
  const { tx } = h;
  const districtIds = reach === 'own_districts' ? h.actor.districtIds : null;
  const now = new Date();
  const today = todayInCopenhagen(now);
  const cases = await q.openCasesIn(tx, districtIds);
  const ids = cases.map((c) => c.id);
  const caseUsers = [
    ...new Set(
      cases.flatMap((c) => [c.caseworker_id, c.foster_care_consultant_id].filter((u) => u !== null)),
    ),
  ];
  const [children, facts, settings, contacts, staff] = await Promise.all([
    childrenByIds(
      tx,
      cases.map((c) => c.child_id),
    ),
    loadCaseFacts(tx, ids),
    loadCaseworkSettings(tx),
    lastContacts(tx, ids),
    q.staffOf(tx, districtIds, caseUsers),
  ]);
  const staffIds = staff.map((s) => s.id);
  const [districts, caseloads] = await Promise.all([
    q.districtsOfUsers(tx, staffIds),
    q.caseloadsOf(tx, staffIds),
  ]);

  const counts = new Map(
    staffIds.map((id) => [id, { assessments: 0, plans: 0, followUps: 0, visits: 0, quiet: 0 }]),
  );
  const overdueItems: SupervisionCasesResponse['overdueItems'] = [];
  const unassigned: SupervisionCasesResponse['unassigned'] = [];
  for (const c of cases) {
    const child = { id: c.child_id, name: children.get(c.child_id)?.name ?? '' };
    const responsible = [c.caseworker_id, c.foster_care_consultant_id].flatMap((u) => {
      const entry = u === null ? undefined : counts.get(u);
      return entry ? [entry] : [];
    });
    if (c.caseworker_id === null) {
      unassigned.push({
        caseId: c.id,
        child,
        district: { id: c.district_id, name: c.district_name },
        openedAt: copenhagenIso(c.opened_at),
      });
    }
    const f = facts.get(c.id);
    for (const d of f ? caseDeadlines(f, today, settings) : []) {
      const category = CATEGORY[d.rule];
      if (!isOverdue(d, today) || category === null) continue;
      for (const r of responsible) r[category] += 1;
      overdueItems.push({
        caseId: c.id,
        child,
        caseworker: c.caseworker_id ? { id: c.caseworker_id, name: c.caseworker_name ?? '' } : null,
        rule: d.rule,
        label: d.label,
        dueOn: d.dueOn,
      });
    }
    const quiet = quietSince(
      contacts.get(c.id) ?? null,
      copenhagenDateOf(c.opened_at),
      today,
      settings.quietWeeks,
    );
    if (quiet !== null) for (const r of responsible) r.quiet += 1;
  }
  overdueItems.sort((a, b) => a.dueOn.localeCompare(b.dueOn) || DANISH.compare(a.child.name, b.child.name));
  unassigned.sort((a, b) => a.openedAt.localeCompare(b.openedAt));

  await h.audit({
    action: 'read',
    entityType: 'case_supervision',
    entityId: null,
    details: {
      caseIds: [...new Set([...overdueItems.map((i) => i.caseId), ...unassigned.map((u) => u.caseId)])],
      childIds: [...new Set([...overdueItems.map((i) => i.child.id), ...unassigned.map((u) => u.child.id)])],
    },
  });
  return {
    asOf: copenhagenIso(now),
    quietWeeks: settings.quietWeeks,
    caseloadTarget: settings.caseloadTarget,
    caseworkers: staff.map((s) => {
      const n = caseloads.get(s.id) ?? 0;
      const k = counts.get(s.id) ?? { assessments: 0, plans: 0, followUps: 0, visits: 0, quiet: 0 };
      return {
        user: { id: s.id, name: s.display_name },
        role: s.role,
        districts: districts.get(s.id) ?? [],
        caseload: caseloadFor(s.role, n, settings.caseloadTarget),
        overdue: { assessments: k.assessments, plans: k.plans, followUps: k.followUps, visits: k.visits },
        quietCases: k.quiet,
      };
    }),
    unassigned,
    overdueItems,
  };
}
