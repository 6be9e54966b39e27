import type { PlanCreateRequest, PlanPatchRequest, PlanView } from '../../core/api/casework-plan.ts';
import { todayInCopenhagen } from '../../core/calendar/zone.ts';
import { AppError } from '../../core/errors.ts';
import { ageOn } from '../../core/people.ts';
import type { ActorHandle } from '../actor-db.ts';
import { type Created, createOnce } from '../idempotency.ts';
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

/**
 * POST /api/cases/:id/plans; `created` false for a retry with the same key: the same kind agreed on
 * the same day on the same case by the same user (the goals and participants may since have been
 * edited, so they are not compared).
 */
export async function createPlan(
  h: ActorHandle,
  caseId: string,
  r: PlanCreateRequest,
): Promise<Created<PlanView>> {
  const { tx, actor } = h;
  return createOnce(
    {
      key: r.idempotencyKey,
      byKey: (key) => q.planByKey(tx, key),
      sameRequest: (found) =>
        found.case_id === caseId &&
        found.created_by === actor.userId &&
        found.kind === r.kind &&
        found.agreed_on === r.agreedOn,
      what: 'en anden plan',
      view: (found) => onePlan(h, found),
    },
    (id, keyDetails) =>
      openCase(h, caseId, 'write', {
        action: 'create',
        entityType: 'plan',
        entityId: id,
        details: { kind: r.kind, agreedOn: r.agreedOn, goals: r.goals.length, ...keyDetails },
      }),
    async (id, { row }) => {
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
      await requireMeasuresOfCase(h, caseId, r.goals);
      const summary = r.summary?.trim();
      const inserted = await q.insertPlan(tx, {
        id,
        municipality_id: actor.municipalityId,
        case_id: caseId,
        kind: r.kind,
        agreed_on: r.agreedOn,
        participants: JSON.stringify(r.participants),
        summary: summary ? summary : null,
        created_by: actor.userId,
        idempotency_key: r.idempotencyKey ?? null,
      });
      if (inserted) await q.insertGoals(tx, actor.municipalityId, id, goalInputs(r.goals), 1);
      return inserted;
    },
  );
}

type GoalInput = PlanCreateRequest['goals'][number];

function goalInputs(goals: readonly GoalInput[]) {
  return goals.map((g) => ({
    icsArea: g.icsArea,
    text: g.text,
    measureIds: [...new Set(g.measureIds ?? [])],
  }));
}

/** The measures a goal serves must be measures of this case (422 naming the others). */
async function requireMeasuresOfCase(h: ActorHandle, caseId: string, goals: readonly GoalInput[]) {
  const wanted = [...new Set(goals.flatMap((g) => g.measureIds ?? []))];
  const ofCase = new Set(await q.measureIdsOfCase(h.tx, caseId, wanted));
  const foreign = wanted.filter((m) => !ofCase.has(m));
  if (foreign.length > 0) {
    throw new AppError('unprocessable', `Indsatserne hører ikke til denne sag: ${foreign.join(', ')}.`);
  }
}

async function onePlan(h: ActorHandle, row: q.PlanRow): Promise<PlanView> {
  const [plan] = await planViews(h, [row]);
  if (!plan) throw new Error('no plan view');
  return plan;
}

/** A plan holds at most this many goals (plan_goal.position's CHECK). */
const MAX_GOALS = 50;

/**
 * PATCH /api/plans/:id: the summary, who agreed the plan, a goal's text or whether it is achieved
 * (`achievedOn`), and new goals numbered after the others. The plan's row is locked and its
 * version compared: a stale version stores nothing and returns the current plan as `conflict`
 * (the route answers 409 after the commit, so the audit of that read is kept). Any stored change
 * bumps the plan's version, goals included: the plan is one document to the family.
 */
export async function patchPlan(
  h: ActorHandle,
  id: string,
  r: PlanPatchRequest,
): Promise<{ plan: PlanView } | { conflict: PlanView }> {
  const { tx, actor } = h;
  const found = await q.planById(tx, id);
  if (!found) throw new AppError('not_found', 'Planen findes ikke.');
  const { version, ...fields } = r;
  const { row: caseRow } = await openCase(h, found.case_id, 'write', {
    action: 'update',
    entityType: 'plan',
    entityId: id,
    details: {
      version,
      fields: Object.keys(fields),
      ...(r.goals ? { goals: r.goals.map((g) => g.id) } : {}),
      ...(r.addGoals ? { addGoals: r.addGoals.length } : {}),
    },
  });
  requireOpen(caseRow);
  const plan = await q.lockPlan(tx, id);
  if (plan.version !== version) return { conflict: await onePlan(h, plan) };
  // A goal named without a text or a date changes nothing (and must not bump the version).
  const changes =
    (r.goals ?? []).filter((g) => g.text !== undefined || g.achievedOn !== undefined).length +
    (r.addGoals?.length ?? 0);
  if (r.summary === undefined && r.participants === undefined && changes === 0) {
    throw new AppError('invalid_input', 'Der er intet at ændre.');
  }

  const goals = await q.goalsOf(tx, [id]);
  const ofPlan = new Map(goals.map((g) => [g.id, g]));
  const seen = new Set<string>();
  for (const g of r.goals ?? []) {
    if (!ofPlan.has(g.id)) throw new AppError('unprocessable', 'Et af målene hører ikke til planen.');
    if (seen.has(g.id)) throw new AppError('unprocessable', 'Et mål er nævnt to gange.');
    seen.add(g.id);
    if (g.achievedOn) {
      if (g.achievedOn > todayInCopenhagen()) {
        throw new AppError('unprocessable', 'Datoen, målet blev nået, kan ikke ligge i fremtiden.');
      }
      if (g.achievedOn < plan.agreed_on) {
        throw new AppError(
          'unprocessable',
          `Datoen, målet blev nået, kan ikke ligge før planen blev aftalt (${plan.agreed_on}).`,
        );
      }
    }
  }
  const added = r.addGoals ?? [];
  if (goals.length + added.length > MAX_GOALS) {
    throw new AppError('unprocessable', `En plan kan højst have ${MAX_GOALS} mål.`);
  }
  await requireMeasuresOfCase(h, plan.case_id, added);

  const set: { summary?: string | null; participants?: string } = {};
  if (r.summary !== undefined) set.summary = r.summary?.trim() ? r.summary.trim() : null;
  if (r.participants !== undefined) set.participants = JSON.stringify(r.participants);
  const updated = await q.updatePlan(tx, id, version, set);
  if (!updated) throw new Error('the locked plan changed version');
  for (const g of r.goals ?? []) {
    const goalSet: { text?: string; achieved_on?: string | null } = {};
    if (g.text !== undefined) goalSet.text = g.text;
    if (g.achievedOn !== undefined) goalSet.achieved_on = g.achievedOn;
    if (Object.keys(goalSet).length > 0) await q.updateGoal(tx, g.id, goalSet);
  }
  const nextPosition = Math.max(0, ...goals.map((g) => g.position)) + 1;
  await q.insertGoals(tx, actor.municipalityId, id, goalInputs(added), nextPosition);
  return { plan: await onePlan(h, updated) };
}

export async function listPlans(h: ActorHandle, caseId: string): Promise<PlanView[]> {
  await openCase(h, caseId, 'read', { action: 'read', entityType: 'plan', entityId: null });
  return planViews(h, await q.plansOfCase(h.tx, caseId));
}

export async function planViews(h: ActorHandle, plans: q.PlanRow[]): Promise<PlanView[]> {
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
