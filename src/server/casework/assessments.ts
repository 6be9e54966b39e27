import type {
  AssessmentCreateRequest,
  AssessmentPatchRequest,
  AssessmentSuggestionsResponse,
  AssessmentView,
} from '../../core/api/casework-assessment.ts';
import { copenhagenDateOf, todayInCopenhagen } from '../../core/calendar/zone.ts';
import { addCalendarMonths } from '../../core/casework/months.ts';
import type { IcsArea, Ladder } from '../../core/catalog/types.ts';
import { AppError } from '../../core/errors.ts';
import { ageOn } from '../../core/people.ts';
import type { ActorHandle } from '../actor-db.ts';
import { matchOffersFor } from '../catalog/analysis.ts';
import { loadCurrentLadder } from '../catalog/ladder.queries.ts';
import { type Created, createOnce } from '../idempotency.ts';
import * as q from './assessments.queries.ts';
import { openCase, requireOpen } from './case-access.ts';
import { childCurrentStep } from './case-view.ts';
import * as cq from './cases.queries.ts';

/**
 * The assessment (børnefaglig undersøgelse, BL § 20) and clarification (afdækning, BL § 19):
 * the ICS triangle, Signs of Safety with the safety scale, a provisional assessment past the
 * 4 months, and the conclusion proposing a step and offers from the catalog's matching.
 * Writing is the assigned caseworker's ('write'); every use goes through openCase.
 */

/** Months from awareness to the legal deadline (assessment-4m) and the local target (assessment-2m). */
export const ASSESSMENT_DUE_MONTHS = 4;
export const ASSESSMENT_TARGET_MONTHS = 2;

type PatchResult = { view: AssessmentView } | { conflict: AssessmentView };

/** Empty text is no text: a cleared field is stored as null, so "described" means something. */
function textOrNull(value: string | null | undefined): string | null | undefined {
  if (value === undefined || value === null) return value;
  const t = value.trim();
  return t === '' ? null : t;
}

function notFuture(date: string, what: string) {
  if (date > todayInCopenhagen()) throw new AppError('unprocessable', `${what} kan ikke ligge i fremtiden.`);
}

/** The ICS areas an assessment describes: those with text. */
export function describedAreas(a: Pick<q.AssessmentRow, IcsColumn>): IcsArea[] {
  return ICS_COLUMNS.filter(([, col]) => (a[col] ?? '').trim() !== '').map(([area]) => area);
}
type IcsColumn = 'development' | 'parenting' | 'family_environment';
const ICS_COLUMNS: [IcsArea, IcsColumn][] = [
  ['development', 'development'],
  ['parenting', 'parenting'],
  ['family_environment', 'family_environment'],
];

export async function assessmentViews(
  h: ActorHandle,
  rows: readonly q.AssessmentRow[],
  ladder?: Ladder,
): Promise<AssessmentView[]> {
  const { tx, actor } = h;
  const l = ladder ?? (await loadCurrentLadder(tx, actor.municipalityId));
  const [ratings, offers] = await Promise.all([
    q.safetyRatingsOf(
      tx,
      rows.map((r) => r.id),
    ),
    q.offerNames(tx, [...new Set(rows.flatMap((r) => r.proposed_offer_ids))]),
  ]);
  return rows.map((r) => {
    const full = r.kind === 'assessment';
    const step = r.proposed_step_id ? l.steps.find((s) => s.id === r.proposed_step_id) : undefined;
    return {
      id: r.id,
      caseId: r.case_id,
      version: r.version,
      kind: r.kind,
      awareOn: r.aware_on,
      dueOn: full ? addCalendarMonths(r.aware_on, ASSESSMENT_DUE_MONTHS) : null,
      targetOn: full ? addCalendarMonths(r.aware_on, ASSESSMENT_TARGET_MONTHS) : null,
      development: r.development,
      parenting: r.parenting,
      familyEnvironment: r.family_environment,
      worries: r.worries,
      whatWorks: r.what_works,
      whatMustHappen: r.what_must_happen,
      safetyRatings: ratings
        .filter((s) => s.assessment_id === r.id)
        .map((s) => ({
          participant: s.participant,
          participantRole: s.participant_role,
          score: s.score,
          ratedOn: s.rated_on,
        })),
      provisionalOn: r.provisional_on,
      provisionalText: r.provisional_text,
      conclusion: r.conclusion,
      proposedStep: r.proposed_step_id
        ? { id: r.proposed_step_id, name: step ? `${step.position}. ${step.name}` : 'Trin uden for trappen' }
        : null,
      proposedOffers: r.proposed_offer_ids.map((id) => ({ id, name: offers.get(id) ?? '' })),
      completedOn: r.completed_on,
    };
  });
}

async function oneView(h: ActorHandle, row: q.AssessmentRow): Promise<AssessmentView> {
  const [view] = await assessmentViews(h, [row]);
  if (!view) throw new Error('no view');
  return view;
}

/**
 * POST /api/cases/:id/assessments; `created` false for a retry with the same key: the same kind on
 * the same case by the same user (and the same awareOn when one was sent). The texts may since have
 * been edited, so they are not compared.
 */
export async function createAssessment(
  h: ActorHandle,
  caseId: string,
  r: AssessmentCreateRequest,
): Promise<Created<AssessmentView>> {
  const { tx, actor } = h;
  return createOnce(
    {
      key: r.idempotencyKey,
      byKey: (key) => q.assessmentByKey(tx, key),
      sameRequest: (found) =>
        found.case_id === caseId &&
        found.created_by === actor.userId &&
        found.kind === r.kind &&
        (r.awareOn === undefined || r.awareOn === found.aware_on),
      what: r.kind === 'assessment' ? 'en anden undersøgelse' : 'en anden afdækning',
      view: (found) => oneView(h, found),
    },
    (id, keyDetails) =>
      openCase(h, caseId, 'write', {
        action: 'create',
        entityType: 'assessment',
        entityId: id,
        details: { kind: r.kind, ...keyDetails },
      }),
    async (id, { row }) => {
      requireOpen(row);
      const awareOn = r.awareOn ?? row.aware_on ?? copenhagenDateOf(row.opened_at);
      notFuture(awareOn, 'Datoen, kommunen blev opmærksom,');
      // One unfinished assessment (or clarification) at a time. The case row's lock serialises
      // concurrent creates, so the check below cannot be raced; a concurrent retry with the same
      // key has committed by the time we hold the lock, so the key is read again first (undefined
      // hands it to createOnce, which returns it as a retry).
      await cq.lockCase(tx, caseId);
      if (r.idempotencyKey && (await q.assessmentByKey(tx, r.idempotencyKey))) return undefined;
      const running = await q.unfinishedOfKind(tx, caseId, r.kind);
      if (running) {
        throw new AppError(
          'conflict',
          `Sagen har allerede en igangværende ${r.kind === 'assessment' ? 'undersøgelse' : 'afdækning'} (${running.id}).`,
        );
      }
      // Undefined when the key was used on another case at the same moment (this case's row lock
      // did not cover it).
      return q.insertAssessment(tx, {
        id,
        municipality_id: actor.municipalityId,
        case_id: caseId,
        kind: r.kind,
        aware_on: awareOn,
        development: textOrNull(r.development) ?? null,
        parenting: textOrNull(r.parenting) ?? null,
        family_environment: textOrNull(r.familyEnvironment) ?? null,
        worries: textOrNull(r.worries) ?? null,
        what_works: textOrNull(r.whatWorks) ?? null,
        what_must_happen: textOrNull(r.whatMustHappen) ?? null,
        provisional_text: null,
        conclusion: null,
        proposed_step_id: null,
        created_by: actor.userId,
        idempotency_key: r.idempotencyKey ?? null,
      });
    },
  );
}

export async function listAssessments(h: ActorHandle, caseId: string): Promise<AssessmentView[]> {
  await openCase(h, caseId, 'read', { action: 'read', entityType: 'assessment', entityId: null });
  return assessmentViews(h, await q.assessmentsOfCase(h.tx, caseId));
}

export async function patchAssessment(
  h: ActorHandle,
  assessmentId: string,
  r: AssessmentPatchRequest,
): Promise<PatchResult> {
  const { tx, actor } = h;
  const found = await q.assessment(tx, assessmentId);
  if (!found) throw new AppError('not_found', 'Undersøgelsen findes ikke.');
  const { version, ...fields } = r;
  const { row: caseRow } = await openCase(h, found.case_id, 'write', {
    action: 'update',
    entityType: 'assessment',
    entityId: assessmentId,
    details: { version, fields: Object.keys(fields) },
  });
  const current = await q.lockAssessment(tx, assessmentId);
  if (current.version !== version) {
    await h.audit({
      action: 'version_conflict',
      entityType: 'assessment',
      entityId: assessmentId,
      details: {
        caseId: current.case_id,
        childId: caseRow.child_id,
        sent: version,
        current: current.version,
      },
    });
    return { conflict: await oneView(h, current) };
  }
  requireOpen(caseRow);
  if (current.completed_on !== null) {
    throw new AppError('conflict', 'Undersøgelsen er afsluttet og kan ikke ændres.');
  }
  if (Object.keys(fields).length === 0) throw new AppError('invalid_input', 'Der er intet at ændre.');

  const changes: Parameters<typeof q.updateAssessment>[3] = {};
  const set = <K extends keyof typeof changes>(key: K, value: (typeof changes)[K] | undefined) => {
    if (value !== undefined) changes[key] = value;
  };
  set('development', textOrNull(r.development));
  set('parenting', textOrNull(r.parenting));
  set('family_environment', textOrNull(r.familyEnvironment));
  set('worries', textOrNull(r.worries));
  set('what_works', textOrNull(r.whatWorks));
  set('what_must_happen', textOrNull(r.whatMustHappen));
  set('conclusion', r.conclusion);
  if (r.provisional) {
    if (current.kind !== 'assessment') {
      throw new AppError('unprocessable', 'En foreløbig vurdering hører til en børnefaglig undersøgelse.');
    }
    checkDate(r.provisional.on, current.aware_on, 'Den foreløbige vurdering');
    changes.provisional_on = r.provisional.on;
    changes.provisional_text = r.provisional.text;
  }
  if (r.proposedStepId !== undefined) {
    if (r.proposedStepId !== null) {
      const ladder = await loadCurrentLadder(tx, actor.municipalityId);
      if (!ladder.steps.some((s) => s.id === r.proposedStepId)) {
        throw new AppError('unprocessable', 'Det foreslåede trin findes ikke på den gældende indsatstrappe.');
      }
    }
    changes.proposed_step_id = r.proposedStepId;
  }
  if (r.proposedOfferIds !== undefined) {
    const ids = [...new Set(r.proposedOfferIds)];
    const names = await q.offerNames(tx, ids);
    const unknown = ids.filter((id) => !names.has(id));
    if (unknown.length > 0) {
      throw new AppError(
        'unprocessable',
        `Tilbud findes ikke i kommunens tilbudsvifte: ${unknown.join(', ')}.`,
      );
    }
    changes.proposed_offer_ids = ids;
  }
  if (r.completedOn !== undefined) {
    const conclusion = r.conclusion ?? current.conclusion;
    if (!conclusion) {
      throw new AppError(
        'unprocessable',
        'En undersøgelse kan først afsluttes, når konklusionen er skrevet.',
      );
    }
    checkDate(r.completedOn, current.aware_on, 'Afslutningsdatoen');
    changes.completed_on = r.completedOn;
  }
  for (const s of r.safetyRatings ?? []) notFuture(s.ratedOn, 'Datoen for skaleringen');
  await q.insertSafetyRatings(
    tx,
    (r.safetyRatings ?? []).map((s) => ({
      municipality_id: actor.municipalityId,
      assessment_id: assessmentId,
      participant: s.participant,
      participant_role: s.participantRole,
      score: s.score,
      rated_on: s.ratedOn,
      created_by: actor.userId,
    })),
  );
  const updated = await q.updateAssessment(tx, assessmentId, version, changes);
  if (!updated) throw new Error('the locked assessment changed version');
  return { view: await oneView(h, updated) };
}

function checkDate(date: string, awareOn: string, what: string) {
  notFuture(date, what);
  if (date < awareOn) {
    throw new AppError(
      'unprocessable',
      `${what} kan ikke ligge før datoen, kommunen blev opmærksom (${awareOn}).`,
    );
  }
}

/**
 * Offers for the conclusion: the catalog's knowledge-based match (src/core/catalog/matching.ts,
 * the same as GET /api/offers/match) for the child's age today, the ICS areas the assessment
 * describes and the child's current step. Read access to the case is enough: it proposes, it
 * decides nothing.
 */
export async function assessmentSuggestions(
  h: ActorHandle,
  caseId: string,
  assessmentId: string,
): Promise<AssessmentSuggestionsResponse> {
  const { tx, actor } = h;
  const { row } = await openCase(h, caseId, 'read', {
    action: 'suggest',
    entityType: 'assessment',
    entityId: assessmentId,
  });
  const a = await q.assessment(tx, assessmentId);
  if (!a || a.case_id !== caseId) throw new AppError('not_found', 'Undersøgelsen findes ikke på sagen.');
  const c = await cq.child(tx, row.child_id);
  if (!c) throw new Error(`case ${caseId} has no child`);
  const today = todayInCopenhagen();
  const step = await childCurrentStep(tx, actor.municipalityId, c.id, today);
  const age = Math.min(22, Math.max(0, ageOn(c.birth_date, today)));
  const areas = describedAreas(a);
  const matches = await matchOffersFor(h, {
    age,
    ...(areas.length > 0 ? { areas } : {}),
    ...(step.stepId ? { currentStep: step.stepId } : {}),
  });
  return {
    suggestions: matches.map((m) => ({
      offer: { id: m.offer.id, name: m.offer.name },
      step: m.step,
      atCapacity: m.atCapacity,
      reasons: m.reasons,
    })),
  };
}
