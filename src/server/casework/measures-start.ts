import type { MeasureCreateRequest } from '../../core/api/casework-measures.ts';
import { offerAgeFit } from '../../core/casework/age-fit.ts';
import type { MeasureTrack } from '../../core/casework/deadlines.ts';
import { AppError } from '../../core/errors.ts';
import type { ActorHandle } from '../actor-db.ts';
import { recordMeasureDecision } from '../documents/measure-decision.ts';
import { basisInWords, decisionSummaries, forumGate, forumRules } from '../forums/rules.ts';
import type { CaseRow } from './case-access.ts';
import { childBirthDate } from './follow-ups.queries.ts';
import { childLadderMeasures, lockChildLadder } from './ladder.queries.ts';
import { recordLadderChange } from './ladder.ts';
import * as q from './measures.queries.ts';

/**
 * Starting a measure (docs/casework.md "Measures and the ladder", "The gate and the leader's
 * approval"): the request checked against the catalog, the child's age, the placement's legal
 * basis and the escalation gate (`planMeasure`), then stored with its move on the ladder
 * (`insertPlanned`). A caseworker's create and a leader's approval of a waiting measure both go
 * through here, so an approval meets the gate again on the day it is given.
 */

/**
 * The measure's track, from its step on the ladder in force: a step of category placement is a
 * placement; a step on the track "Tæt på familien" (`family`, position 3 on the default ladder) is
 * home-based; every other step (1–2, "Tidlig og tæt på", or a municipality's own preventive step
 * on the early track) is early. The follow-up cadence and plan rules run by it.
 */
export function trackOf(step: { category: string; track: string }): MeasureTrack {
  if (step.category === 'placement') return 'placement';
  if (step.track === 'family') return 'home';
  return 'early';
}

const unprocessable = (message: string) => new AppError('unprocessable', message);

type Offer = NonNullable<Awaited<ReturnType<typeof q.offerInForce>>>;
type Running = Awaited<ReturnType<typeof q.runningOfOffer>>;

/** What the gate started a measure on: a decision, an emergency decision, or (continued) its predecessor's. */
interface Basis {
  forumDecisionId: string | null;
  emergencyDecisionId: string | null;
  /** stored on the measure: only a continuation of a measure started before the gate carries it */
  storedRef: string | null;
  /** the ladder move's words for the basis */
  words: string | null;
}

export interface PlannedMeasure {
  offer: Offer & { step_position: number; ladder_version_id: string };
  track: MeasureTrack;
  legalBasis: string;
  goalIds: string[];
  monthlyCost: number | null;
  basis: Basis;
  consent: 'with_consent' | 'without_consent' | null;
  placementReasons: string[];
}

/**
 * The offer's age range against the child's age on the start date (age-fit.ts): 422 naming both,
 * except a continuation of a running measure of the same offer up to the 23rd birthday.
 */
async function requireAgeFit(
  h: ActorHandle,
  childId: string,
  offer: { age_min: number; age_max: number },
  startOn: string,
  running: Running,
): Promise<void> {
  const child = await childBirthDate(h.tx, childId);
  if (!child) throw unprocessable('Barnet findes ikke.');
  const range = { ageMin: offer.age_min, ageMax: offer.age_max };
  const plain = offerAgeFit(range, child.birth_date, startOn, false);
  if (plain.fits) return;
  const continuing = plain.age > offer.age_max && running !== undefined;
  const fit = continuing ? offerAgeFit(range, child.birth_date, startOn, true) : plain;
  if (!fit.fits) throw unprocessable(fit.message);
}

/** A placement's consent and Danmarks Statistik's reasons: required there, refused elsewhere. */
function placementBasis(r: MeasureCreateRequest, track: MeasureTrack, running: Running) {
  if (track !== 'placement') {
    if (r.consent !== undefined || r.placementReasons !== undefined) {
      throw unprocessable('Samtykke og årsager til anbringelsen angives kun ved en anbringelse.');
    }
    return { consent: null, placementReasons: [] };
  }
  // A continuation of a placement keeps what the placement was decided on unless the request says otherwise.
  const consent = r.consent ?? running?.consent ?? null;
  const reasons =
    r.placementReasons ?? (running?.placement_reasons.length ? running.placement_reasons : null);
  if (consent === null) {
    throw unprocessable('En anbringelse kræver, at det angives, om den sker med eller uden samtykke.');
  }
  if (reasons === null) {
    throw unprocessable('Angiv mindst én årsag til anbringelsen (Danmarks Statistiks liste).');
  }
  return { consent, placementReasons: [...new Set(reasons)] };
}

/**
 * The gate (src/server/forums/rules.ts `forumGate`): 422 `forum_decision_required` naming the forum.
 * A continuation of a running measure of the same offer (a new provider, over the age limit) rests
 * on what that measure was started on: it is no step up the ladder.
 */
async function gateBasis(
  h: ActorHandle,
  c: CaseRow,
  r: MeasureCreateRequest,
  offer: PlannedMeasure['offer'],
  withoutConsent: boolean,
  track: MeasureTrack,
  running: Running,
): Promise<Basis> {
  if (running && (running.forum_decision_id || running.emergency_decision_id || running.forum_decision_ref)) {
    const summary = (await decisionSummaries(h, [running.forum_decision_id])).get(
      running.forum_decision_id ?? '',
    );
    return {
      forumDecisionId: running.forum_decision_id,
      emergencyDecisionId: running.emergency_decision_id,
      storedRef: running.forum_decision_ref,
      words: `Fortsættelse af en igangværende indsats${summary ? ` (${summary.forumName})` : ''}`,
    };
  }
  const { settings } = await forumRules(h);
  const gate = await forumGate(
    h,
    {
      childId: c.child_id,
      placement: track === 'placement',
      withoutConsent,
      startOn: r.startDate,
      stepPosition: offer.step_position,
      specialisedOffer: offer.specialised,
    },
    { decisionId: r.forumDecisionId ?? null, emergencyDecisionId: r.emergencyDecisionId ?? null },
    settings,
  );
  if (!gate.allowed) throw new AppError('forum_decision_required', gate.message);
  if (gate.basis === 'not_gated') {
    return { forumDecisionId: null, emergencyDecisionId: null, storedRef: null, words: null };
  }
  const decisionId = gate.basis === 'decision' ? gate.decisionId : null;
  const summary = decisionId ? (await decisionSummaries(h, [decisionId])).get(decisionId) : undefined;
  return {
    forumDecisionId: decisionId,
    emergencyDecisionId: gate.basis === 'emergency' ? gate.emergencyDecisionId : null,
    storedRef: null,
    words: basisInWords(gate, summary),
  };
}

/** Every check of a start (422, Danish, nothing stored); what to store when it passes. */
export async function planMeasure(
  h: ActorHandle,
  c: CaseRow,
  r: MeasureCreateRequest,
): Promise<PlannedMeasure> {
  const { tx } = h;
  const found = await q.offerInForce(tx, r.offerId);
  if (found?.status !== 'active')
    throw unprocessable('Tilbuddet findes ikke i kommunens aktive tilbudsvifte.');
  if (found.ladder_version_id === null || found.step_position === null || found.step_category === null) {
    throw unprocessable('Tilbuddets trin findes ikke på den gældende indsatstrappe.');
  }
  const offer = { ...found, step_position: found.step_position, ladder_version_id: found.ladder_version_id };
  const running = await q.runningOfOffer(tx, c.id, offer.id, r.startDate);
  await requireAgeFit(h, c.child_id, offer, r.startDate, running);
  const track = trackOf({ category: found.step_category, track: found.step_track ?? '' });
  const placement = placementBasis(r, track, running);
  if (offer.time_limited && !r.plannedEndDate) {
    throw unprocessable('Tilbuddet er tidsbegrænset: angiv den planlagte slutdato.');
  }
  if (r.plannedEndDate && r.plannedEndDate < r.startDate) {
    throw unprocessable('Den planlagte slutdato ligger før startdatoen.');
  }
  const legalBasis = r.legalBasis ?? offer.legal_basis;
  if (!legalBasis) throw unprocessable('Angiv lovgrundlaget: tilbuddet har intet i tilbudsviften.');
  const goalIds = [...new Set(r.goalIds ?? [])];
  const goals = await q.goalsOfCase(tx, c.id, goalIds);
  if (goals.size !== goalIds.length) throw unprocessable('Et af målene hører ikke til en plan i denne sag.');
  const withoutConsent = placement.consent === 'without_consent';
  const basis = await gateBasis(h, c, r, offer, withoutConsent, track, running);
  const offerCost = offer.cost_unit === 'month' && offer.unit_cost !== null ? Number(offer.unit_cost) : null;
  return {
    offer,
    track,
    legalBasis,
    goalIds,
    monthlyCost: r.monthlyCost ?? offerCost,
    basis,
    ...placement,
  };
}

/**
 * Stores the planned measure with the id chosen before (the create's audit names it; an approval
 * names it before it exists) and records its move on the ladder. undefined: the idempotency key
 * was taken meanwhile and nothing was stored.
 */
export async function insertPlanned(
  h: ActorHandle,
  c: CaseRow,
  id: string,
  r: MeasureCreateRequest,
  p: PlannedMeasure,
  createdBy: string,
) {
  const { tx, actor } = h;
  await lockChildLadder(tx, c.child_id);
  const before = await childLadderMeasures(tx, c.child_id);
  const inserted = await q.insertMeasure(tx, {
    id,
    municipality_id: actor.municipalityId,
    case_id: c.id,
    child_id: c.child_id,
    offer_id: p.offer.id,
    step_id: p.offer.step_id,
    step_position: p.offer.step_position,
    ladder_version_id: p.offer.ladder_version_id,
    track: p.track,
    start_on: r.startDate,
    planned_end_on: r.plannedEndDate ?? null,
    legal_basis: p.legalBasis,
    provider: r.provider ?? p.offer.provider_name,
    monthly_cost: p.monthlyCost,
    forum_decision_ref: p.basis.storedRef,
    forum_decision_id: p.basis.forumDecisionId,
    emergency_decision_id: p.basis.emergencyDecisionId,
    consent: p.consent,
    placement_reasons: p.placementReasons,
    created_by: createdBy,
    idempotency_key: r.idempotencyKey ?? null,
  });
  if (!inserted) return undefined;
  await q.linkGoals(tx, actor.municipalityId, inserted.id, p.goalIds);
  await recordLadderChange(h, {
    childId: c.child_id,
    caseId: c.id,
    on: r.startDate,
    before,
    after: [...before, { stepPosition: p.offer.step_position, startOn: r.startDate, endedOn: null }],
    reason: r.reason,
    forumDecisionRef: p.basis.words ?? p.basis.storedRef,
    measureId: inserted.id,
  });
  if (p.basis.forumDecisionId) {
    await recordMeasureDecision(h, {
      caseId: c.id,
      childId: c.child_id,
      measureId: inserted.id,
      offerName: p.offer.name,
      stepPosition: p.offer.step_position,
      startOn: r.startDate,
      plannedEndOn: r.plannedEndDate ?? null,
      legalBasis: p.legalBasis,
      consent: p.consent,
      forumDecisionId: p.basis.forumDecisionId,
      basisWords: p.basis.words,
      reason: r.reason,
    });
  }
  return inserted;
}
