import { ageOn } from '../../core/people.ts';
import type { MeasureRow } from '../casework/rows.ts';
import type { DemoOfferRow } from '../catalog/rows.ts';
import { toDate, toDay } from '../dates.ts';
import type { CaseFacts } from './facts.ts';
import { schoolPlacement } from './gated.ts';
import type { Recorder, Subject } from './record.ts';
import { meetingBefore, meetingFrom } from './setup.ts';
import {
  ALTERNATIVE_REASONS,
  APPROVAL_REASONS,
  NETWORK_CONTRIBUTIONS,
  PROPOSAL_REASONS,
  REJECTION_REASONS,
} from './texts.ts';

/**
 * The council's other outcomes and what is still open: proposals that ended in an alternative at
 * a lower step (the measure the child then got), a few rejected, a few waiting for the next
 * agenda, and a few approved placements waiting for the leader's approval (bevilling) because
 * they cost more than the threshold of their step.
 */

/** Demo Kommune's thresholds: a placement above these monthly costs needs a leader's approval. */
export const DEMO_APPROVAL_THRESHOLDS = { byStep: { '5': 40_000, '6': 60_000 }, otherwise: null };

/** A main measure on step 2 or 3 that needed no forum: where a proposal upwards ended lower. */
function openToProposal(facts: CaseFacts, m: MeasureRow, all: readonly MeasureRow[]): boolean {
  if (m.step_position < 2 || m.step_position > 3 || m.track === 'placement' || facts.specialised(m))
    return false;
  return !all.some(
    (o) =>
      o !== m &&
      o.start_on <= m.start_on &&
      (o.ended_on === null || o.ended_on > m.start_on) &&
      o.step_position >= m.step_position,
  );
}

/** A higher offer the child could have been proposed for, fitting its age on the day. */
function higherOffer(
  facts: CaseFacts,
  m: MeasureRow,
  childId: string,
  day: number,
): DemoOfferRow | undefined {
  const birth = facts.birthDate.get(childId);
  if (!birth) return undefined;
  const age = ageOn(birth, toDate(day));
  const wanted =
    m.step_position === 2
      ? ['MST – Multisystemisk terapi', 'Dagbehandling – Kompasset', 'Familiedøgnbehandling']
      : ['Almen plejefamilie', 'Forstærket plejefamilie', 'Børne- og Ungehjemmet Solbakken'];
  return facts.base.offer.find((o) => wanted.includes(o.name) && age >= o.age_min && age <= o.age_max);
}

export function decideOthers(rec: Recorder, facts: CaseFacts, from: number) {
  const { random, today } = rec;
  const used = new Set<string>();
  const candidates: { m: MeasureRow; subject: Subject }[] = [];
  for (const [caseId, list] of facts.measuresOfCase) {
    for (const m of list)
      if (openToProposal(facts, m, list)) candidates.push({ m, subject: facts.subject(caseId) });
  }
  const propose = (subject: Subject, offer: DemoOfferRow, on: number, by: string) =>
    rec.propose(subject, {
      forum_kind: 'creative_council',
      offer_ids: [offer.id],
      step_position: offer.step_position,
      specialised_offer: offer.specialised,
      placement: offer.step_position >= 4,
      without_consent: false,
      reason: random.pick(
        offer.step_position >= 4 ? PROPOSAL_REASONS.placement : PROPOSAL_REASONS.specialised,
      ),
      network_contribution: random.pick(NETWORK_CONTRIBUTIONS),
      tried: facts.tried(subject.caseId, on),
      views: facts.views(subject.caseId, on),
      proposed_by: by,
      on,
    });
  const proposalReason = (offer: DemoOfferRow, on: number) =>
    `Indstillet ${toDate(on)} til ${offer.step_position >= 4 ? `anbringelse (trin ${offer.step_position})` : `et specialiseret tilbud på trin ${offer.step_position}`}: rådet afsøger alternativer tættere på hverdagslivet.`;

  // Alternatives: the council found the lower step the child then started on.
  for (const { m, subject } of candidates) {
    const start = toDay(m.start_on);
    if (start < from + 60 || !random.chance(0.12)) continue;
    const council = rec.council(subject.districtId);
    const day = meetingBefore(council, start);
    const before = day === undefined ? undefined : meetingBefore(council, day);
    const offer = higherOffer(facts, m, subject.childId, start);
    if (day === undefined || before === undefined || !offer) continue;
    const on = random.int(Math.max(before + 1, day - 13), day - 1);
    const p = propose(subject, offer, on, m.created_by);
    rec.decide(council, day, subject, {
      rule: 'specialised_proposal',
      source: { kind: 'proposal', id: p.id },
      proposal_id: p.id,
      outcome: 'alternative',
      step_position: m.step_position,
      offer_id: m.offer_id,
      placement: false,
      without_consent: false,
      reasons: random.pick(ALTERNATIVE_REASONS),
      agendaReason: proposalReason(offer, on),
      dueOn: on,
    });
    used.add(m.id);
  }

  // Rejected: proposed while a measure ran, and the council kept the child where it was.
  let rejected = 0;
  for (const { m, subject } of random.shuffle(candidates)) {
    if (rejected >= 8 || used.has(m.id)) continue;
    const stop = Math.min(m.ended_on === null ? today : toDay(m.ended_on), today);
    const start = toDay(m.start_on);
    if (stop - start < 120) continue;
    const on = random.int(start + 60, stop - 30);
    const offer = higherOffer(facts, m, subject.childId, on);
    const council = rec.council(subject.districtId);
    const day = meetingFrom(council, on + 1);
    if (!offer || day === undefined || day >= stop) continue;
    const p = propose(subject, offer, on, m.created_by);
    rec.decide(council, day, subject, {
      rule: 'specialised_proposal',
      source: { kind: 'proposal', id: p.id },
      proposal_id: p.id,
      outcome: 'rejected',
      step_position: offer.step_position,
      offer_id: offer.id,
      placement: offer.step_position >= 4,
      without_consent: false,
      reasons: random.pick(REJECTION_REASONS),
      agendaReason: proposalReason(offer, on),
      dueOn: on,
    });
    used.add(m.id);
    rejected += 1;
  }

  // Still open today: a few proposals for the next agenda, a few approvals waiting for a leader.
  const runningNow = random
    .shuffle(candidates)
    .filter(
      ({ m, subject }) =>
        m.ended_on === null && !used.has(m.id) && facts.caseOf(subject.caseId)?.closed_at === null,
    );
  const reasons = ['parents_insufficient_care', 'home_conflict_or_violence'];
  let pending = 0;
  let approvals = 0;
  for (const { m, subject } of runningNow) {
    const council = rec.council(subject.districtId);
    if (pending < 6) {
      const offer = higherOffer(facts, m, subject.childId, today);
      const last = meetingBefore(council, today) ?? today - 1;
      if (!offer) continue;
      propose(subject, offer, random.int(last + 1, today), m.created_by);
      used.add(m.id);
      pending += 1;
      continue;
    }
    if (approvals >= 3) break;
    const birth = facts.birthDate.get(subject.childId);
    const costly = facts.base.offer.find(
      (o) =>
        o.step_position === (approvals % 2 === 0 ? 6 : 5) &&
        o.cost_unit === 'month' &&
        Number(o.unit_cost) > (o.step_position === 6 ? 60_000 : 40_000) &&
        birth !== undefined &&
        ageOn(birth, toDate(today)) >= o.age_min &&
        ageOn(birth, toDate(today)) <= o.age_max,
    );
    const pc = rec.forum('placement_committee');
    const dP = meetingBefore(pc, today - 2);
    const dC = dP === undefined ? undefined : meetingBefore(council, dP);
    const before = dC === undefined ? undefined : meetingBefore(council, dC);
    if (!costly || dP === undefined || dC === undefined || before === undefined) continue;
    const on = random.int(Math.max(before + 1, dC - 13), dC - 1);
    const p = propose(subject, costly, on, m.created_by);
    const item = {
      source: { kind: 'proposal' as const, id: p.id },
      step_position: costly.step_position,
      offer_id: costly.id,
      placement: true,
      without_consent: false,
      outcome: 'approved' as const,
    };
    const c = rec.decide(council, dC, subject, {
      ...item,
      rule: 'specialised_proposal',
      proposal_id: p.id,
      reasons: random.pick(APPROVAL_REASONS),
      agendaReason: proposalReason(costly, on),
      dueOn: on,
    });
    const committee = rec.decide(pc, dP, subject, {
      ...item,
      rule: 'placement_ground',
      source: { kind: 'decision', id: c.id },
      reasons: 'Der er grundlag for anbringelse; hjemmebaserede indsatser er afprøvet.',
      agendaReason: `Det Kreative Råd vurderede ${c.decided_on}, at hjemmebaserede indsatser ikke er tilstrækkelige: er der grundlag for anbringelse?`,
      dueOn: dC,
    });
    schoolPlacement(rec, subject, committee, m);
    const requested = Math.min(dP + random.int(1, 2), today);
    const startDate = toDate(today + random.int(7, 21));
    const threshold = costly.step_position === 6 ? 60_000 : 40_000;
    rec.out.measure_approval.push({
      municipality_id: rec.municipalityId,
      measure_id: rec.ids.uuid(),
      case_id: subject.caseId,
      child_id: subject.childId,
      offer_id: costly.id,
      step_position: costly.step_position,
      monthly_cost: costly.unit_cost,
      threshold: threshold.toFixed(2),
      // The measure's create request as case work would start it once approved.
      request: {
        offerId: costly.id,
        startDate,
        monthlyCost: Number(costly.unit_cost),
        legalBasis: costly.legal_basis,
        provider: costly.provider_name,
        reason: 'Anbringelse efter Anbringelses- og efterværnsudvalgets afgørelse.',
        forumDecisionId: committee.id,
        consent: 'with_consent',
        placementReasons: reasons,
        idempotencyKey: rec.key('measure'),
      },
      state: 'pending',
      requested_by: m.created_by,
      requested_at: new Date(requested * 86_400_000 + random.int(8 * 60, 13 * 60) * 60_000).toISOString(),
      idempotency_key: rec.key('approval'),
    });
    used.add(m.id);
    approvals += 1;
  }
}
