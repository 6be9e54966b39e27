import { randomUUID } from 'node:crypto';
import type { PlanCreateRequest, PlanView } from '../../core/api/casework.ts';
import { AppError } from '../../core/errors.ts';
import { ageOn, todayInCopenhagen } from '../../core/people.ts';
import type { ActorHandle } from '../actor-db.ts';
import { openCase, requireOpen } from './case-access.ts';
import * as cq from './cases.queries.ts';
import * as q from './plans.queries.ts';

/**
 * The child's plan (barnets plan, BL § 91) and the youth plan (ungeplan, BL § 108): concrete goals,
 * each tied to an ICS area and to the measures of the case that serve it, agreed with the family
 * (who took part is recorded). Written by the assigned caseworker ('write').
 */

/** A youth plan is made for a young person from 15, so it is in place by 16 (rule youth-plan-16). */
export const YOUTH_PLAN_MIN_AGE = 15;

export async function createPlan(h: ActorHandle, caseId: string, r: PlanCreateRequest): Promise<PlanView> {
  const { tx, actor } = h;
  const id = randomUUID();
  const { row } = await openCase(h, caseId, 'write', {
    action: 'create',
    entityType: 'plan',
    entityId: id,
    details: { kind: r.kind, agreedOn: r.agreedOn, goals: r.goals.length },
  });
  requireOpen(row);
  if (r.agreedOn > todayInCopenhagen()) {
    throw new AppError('unprocessable', 'Datoen, planen blev aftalt, kan ikke ligge i fremtiden.');
  }
  if (r.kind === 'youth_plan') {
    const child = await cq.child(tx, row.child_id);
    if (!child) throw new Error(`case ${caseId} has no child`);
    const age = ageOn(child.birth_date, r.agreedOn);
    if (age < YOUTH_PLAN_MIN_AGE) {
      throw new AppError(
        'unprocessable',
        `En ungeplan laves for unge fra ${YOUTH_PLAN_MIN_AGE} år; barnet var ${age} år den ${r.agreedOn}. Lav en barnets plan.`,
      );
    }
  }
  const wanted = [...new Set(r.goals.flatMap((g) => g.measureIds ?? []))];
  const ofCase = new Set(await q.measureIdsOfCase(tx, caseId, wanted));
  const foreign = wanted.filter((m) => !ofCase.has(m));
  if (foreign.length > 0) {
    throw new AppError('unprocessable', `Indsatserne hører ikke til denne sag: ${foreign.join(', ')}.`);
  }
  const summary = r.summary?.trim();
  await q.insertPlan(tx, {
    id,
    municipality_id: actor.municipalityId,
    case_id: caseId,
    kind: r.kind,
    agreed_on: r.agreedOn,
    participants: JSON.stringify(r.participants),
    summary: summary ? summary : null,
    created_by: actor.userId,
  });
  await q.insertGoals(
    tx,
    actor.municipalityId,
    id,
    r.goals.map((g) => ({ icsArea: g.icsArea, text: g.text, measureIds: [...new Set(g.measureIds ?? [])] })),
  );
  const [plan] = await planViews(h, await q.plansOfCase(tx, caseId, id));
  if (!plan) throw new Error('the plan just made is gone');
  return plan;
}

export async function listPlans(h: ActorHandle, caseId: string): Promise<PlanView[]> {
  await openCase(h, caseId, 'read', { action: 'read', entityType: 'plan', entityId: null });
  return planViews(h, await q.plansOfCase(h.tx, caseId));
}

async function planViews(h: ActorHandle, plans: q.PlanRow[]): Promise<PlanView[]> {
  const goals = await q.goalsOf(
    h.tx,
    plans.map((p) => p.id),
  );
  const links = await q.goalMeasures(
    h.tx,
    goals.map((g) => g.id),
  );
  return plans.map((p) => ({
    id: p.id,
    caseId: p.case_id,
    version: p.version,
    kind: p.kind,
    agreedOn: p.agreed_on,
    participants: p.participants,
    summary: p.summary,
    goals: goals
      .filter((g) => g.plan_id === p.id)
      .map((g) => ({
        id: g.id,
        position: g.position,
        icsArea: g.ics_area,
        text: g.text,
        achievedOn: g.achieved_on,
        measureIds: links.filter((l) => l.goal_id === g.id).map((l) => l.measure_id),
      })),
  }));
}
