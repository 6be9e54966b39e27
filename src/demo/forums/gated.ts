import { addCalendarMonths } from '../../core/casework/months.ts';
import { PLACEMENT_REASONS, type PlacementReason } from '../../core/casework/placement-reasons.ts';
import { emergencyDeadline, FORUM_KIND_LABELS } from '../../core/forums/index.ts';
import type { MeasureRow } from '../casework/rows.ts';
import { toDate, toDay } from '../dates.ts';
import type { CaseFacts } from './facts.ts';
import type { Recorder, Subject } from './record.ts';
import type { ForumDecisionRow } from './rows.ts';
import { meetingBefore, meetingFrom } from './setup.ts';
import {
  APPROVAL_REASONS,
  EMERGENCY_REASONS,
  NETWORK_CONTRIBUTIONS,
  POSTPONED_MISSING,
  PROPOSAL_REASONS,
  SCHOOL_REASONS,
} from './texts.ts';

/**
 * The decisions behind case work's gated measures: every measure on a specialised step and every
 * placement starts on an approving decision of the forum the gate names, made at one of its
 * meetings within the validity before the start. A placement goes from the proposal to Det
 * Kreative Råd, on to the placement committee, and without consent on to the children's
 * committee; the placement committee's approval sends it to the school visitation committee.
 * A measure beside a running one (the foster parents' group beside the foster family) starts on
 * that one's decision. The two newest placements started on a leader's emergency decision.
 */

export type MeasureUpdate = Pick<
  MeasureRow,
  'forum_decision_id' | 'emergency_decision_id' | 'consent' | 'placement_reasons' | 'forum_decision_ref'
>;

const WITHOUT_CONSENT_SHARE = 0.15;

export function decideGatedMeasures(rec: Recorder, facts: CaseFacts): Map<string, MeasureUpdate> {
  const { random, today } = rec;
  const updates = new Map<string, MeasureUpdate>();
  const gated = (m: MeasureRow) => m.track === 'placement' || facts.specialised(m);
  const emergencies = emergencyMeasures(facts, today, gated);
  for (const [caseId, measures] of facts.measuresOfCase) {
    const subject = facts.subject(caseId);
    const withoutConsent = random.chance(WITHOUT_CONSENT_SHARE);
    const reasons = random
      .shuffle(PLACEMENT_REASONS.filter((r) => r !== 'other'))
      .slice(0, random.int(1, 3)) as PlacementReason[];
    const made: {
      measure: MeasureRow;
      decision: ForumDecisionRow | null;
      consent: MeasureUpdate['consent'];
    }[] = [];
    for (const m of measures.filter(gated)) {
      const placement = m.track === 'placement';
      const consent: MeasureUpdate['consent'] = placement
        ? withoutConsent
          ? 'without_consent'
          : 'with_consent'
        : null;
      const base = { consent, placement_reasons: placement ? reasons : [], forum_decision_ref: null };
      // Beside a running gated measure on the same or a higher step: its decision covers this one.
      const beside = made.find(
        (x) =>
          besides(x.measure, m) &&
          x.decision !== null &&
          x.decision.decided_on <= m.start_on &&
          addCalendarMonths(x.decision.decided_on, 3) >= m.start_on,
      );
      if (beside?.decision) {
        updates.set(m.id, {
          ...base,
          consent: beside.consent,
          forum_decision_id: beside.decision.id,
          emergency_decision_id: null,
        });
        continue;
      }
      const emergency = emergencies.get(m.id);
      if (emergency) {
        const e = emergencyPlacement(rec, subject, m, emergency);
        updates.set(m.id, {
          ...base,
          consent: 'with_consent',
          forum_decision_id: null,
          emergency_decision_id: e.id,
        });
        made.push({ measure: m, decision: e.decision, consent: 'with_consent' });
        continue;
      }
      const decision = chain(rec, facts, subject, m, placement && withoutConsent);
      if (!decision) continue;
      updates.set(m.id, { ...base, forum_decision_id: decision.id, emergency_decision_id: null });
      made.push({ measure: m, decision, consent });
    }
  }
  return updates;
}

/** Whether `m` starts beside `o`, running on its start on the same track and the same or a higher step. */
const besides = (o: MeasureRow, m: MeasureRow) =>
  o.start_on <= m.start_on &&
  (o.ended_on === null || o.ended_on > m.start_on) &&
  o.step_position >= m.step_position &&
  o.track === m.track;

/**
 * The newest placement started in the last months with nothing gated after it reached no
 * committee in time (overdue); the newest other one did.
 */
function emergencyMeasures(
  facts: CaseFacts,
  today: number,
  gated: (m: MeasureRow) => boolean,
): Map<string, 'in_time' | 'overdue'> {
  const newestFirst = (a: MeasureRow, b: MeasureRow) =>
    a.start_on > b.start_on ? -1 : a.start_on < b.start_on ? 1 : a.id < b.id ? -1 : 1;
  const recent = [...facts.measuresOfCase.values()].flatMap((ms) =>
    ms
      .filter(
        (m) =>
          m.track === 'placement' &&
          toDay(m.start_on) >= today - 200 &&
          toDay(m.start_on) <= today - 9 &&
          !ms.some((o) => o !== m && besides(o, m)),
      )
      .map((m) => ({ m, alone: !ms.some((o) => o !== m && gated(o) && o.start_on >= m.start_on) })),
  );
  const out = new Map<string, 'in_time' | 'overdue'>();
  const overdue = recent
    .filter((r) => r.alone)
    .map((r) => r.m)
    .sort(newestFirst)[0];
  if (overdue) out.set(overdue.id, 'overdue');
  const inTime = recent
    .map((r) => r.m)
    .filter((m) => m !== overdue)
    .sort(newestFirst)[0];
  if (inTime) out.set(inTime.id, 'in_time');
  return out;
}

function emergencyPlacement(
  rec: Recorder,
  subject: Subject,
  m: MeasureRow,
  kind: 'in_time' | 'overdue',
): { id: string; decision: ForumDecisionRow | null } {
  const start = toDay(m.start_on);
  const decidedOn = start - rec.random.int(0, 1);
  const leader = rec.council(subject.districtId).chairId;
  const id = rec.ids.uuid();
  const reachBy = emergencyDeadline(toDate(decidedOn));
  rec.out.emergency_decision.push({
    municipality_id: rec.municipalityId,
    id,
    case_id: subject.caseId,
    child_id: subject.childId,
    decided_on: toDate(decidedOn),
    reach_forum_by: reachBy,
    reason: rec.random.pick(EMERGENCY_REASONS),
    decided_by: leader,
    created_at: new Date(decidedOn * 86_400_000 + rec.random.int(16 * 60, 22 * 60) * 60_000).toISOString(),
    idempotency_key: rec.key('emergency'),
    request_hash: 'demo',
  });
  if (kind === 'in_time') {
    const pc = rec.forum('placement_committee');
    const day = meetingFrom(pc, start);
    if (day !== undefined && toDate(day) <= reachBy && day < rec.today) {
      const d = rec.decide(pc, day, subject, {
        rule: 'placement_ground',
        source: { kind: 'child', id: subject.childId },
        outcome: 'approved',
        step_position: m.step_position,
        offer_id: m.offer_id,
        placement: true,
        without_consent: false,
        reasons: 'Udvalget godkender den akutte anbringelse; der er grundlag for anbringelse.',
        agendaReason: `Akut anbragt ${toDate(start)} på lederens afgørelse: udvalget skal tage stilling senest ${reachBy}.`,
        dueOn: decidedOn,
      });
      schoolPlacement(rec, subject, d, m);
      return { id, decision: d };
    }
  }
  return { id, decision: null };
}

/**
 * The proposal and the decisions behind one measure, ending with the decision the gate asks for
 * (the council's for a specialised step below placement; the placement committee's, or without
 * consent the children's committee's, for a placement). Null when the forums had not yet met.
 */
function chain(
  rec: Recorder,
  facts: CaseFacts,
  subject: Subject,
  m: MeasureRow,
  withoutConsent: boolean,
): ForumDecisionRow | null {
  const { random } = rec;
  const start = toDay(m.start_on);
  const placement = m.track === 'placement';
  const council = rec.council(subject.districtId);
  const pc = rec.forum('placement_committee');
  const cc = rec.forum('children_committee');
  const dF = withoutConsent ? meetingBefore(cc, start) : undefined;
  const dP = placement ? meetingBefore(pc, dF ?? start) : undefined;
  const dC = meetingBefore(council, dP ?? start);
  if (dC === undefined || (placement && dP === undefined) || (withoutConsent && dF === undefined))
    return null;
  const postponedFirst = random.chance(0.1);
  const first = postponedFirst ? meetingBefore(council, dC) : dC;
  const beforeFirst = first === undefined ? undefined : meetingBefore(council, first);
  if (first === undefined || beforeFirst === undefined) return null;
  const proposedOn = random.int(Math.max(beforeFirst + 1, first - 13), first - 1);
  const offer = facts.offer(m.offer_id);
  const proposal = rec.propose(subject, {
    forum_kind: 'creative_council',
    offer_ids: [m.offer_id],
    step_position: m.step_position,
    specialised_offer: offer.specialised,
    placement,
    without_consent: placement && withoutConsent,
    reason: random.pick(placement ? PROPOSAL_REASONS.placement : PROPOSAL_REASONS.specialised),
    network_contribution: random.pick(NETWORK_CONTRIBUTIONS),
    tried: facts.tried(subject.caseId, proposedOn),
    views: facts.views(subject.caseId, proposedOn),
    proposed_by: m.created_by,
    on: proposedOn,
  });
  const what = placement
    ? `anbringelse (trin ${m.step_position})`
    : `et specialiseret tilbud på trin ${m.step_position}`;
  const item = {
    rule: 'specialised_proposal' as const,
    source: { kind: 'proposal' as const, id: proposal.id },
    proposal_id: proposal.id,
    step_position: m.step_position,
    offer_id: m.offer_id,
    placement,
    without_consent: placement && withoutConsent,
    agendaReason: `Indstillet ${toDate(proposedOn)} til ${what}: rådet afsøger alternativer tættere på hverdagslivet.`,
    dueOn: proposedOn,
  };
  if (postponedFirst)
    rec.decide(council, first, subject, {
      ...item,
      outcome: 'postponed',
      missing: random.pick(POSTPONED_MISSING),
      reasons: 'Rådet kan ikke tage stilling, før sagen er belyst bedre.',
    });
  const councilDecision = rec.decide(council, dC, subject, {
    ...item,
    outcome: 'approved',
    reasons: random.pick(APPROVAL_REASONS),
  });
  if (!placement || dP === undefined) return councilDecision;
  const committee = rec.decide(pc, dP, subject, {
    ...item,
    rule: 'placement_ground',
    source: { kind: 'decision', id: councilDecision.id },
    proposal_id: null,
    outcome: 'approved',
    reasons:
      'Der er grundlag for anbringelse; hjemmebaserede indsatser er afprøvet eller ikke tilstrækkelige.',
    agendaReason: `${FORUM_KIND_LABELS.creative_council} vurderede ${councilDecision.decided_on}, at hjemmebaserede indsatser ikke er tilstrækkelige: er der grundlag for anbringelse?`,
    dueOn: dC,
  });
  schoolPlacement(rec, subject, committee, m);
  if (!withoutConsent || dF === undefined) return committee;
  return rec.decide(cc, dF, subject, {
    ...item,
    rule: 'placement_without_consent',
    source: { kind: 'decision', id: committee.id },
    proposal_id: null,
    outcome: 'approved',
    reasons: 'Børne- og ungeudvalget træffer afgørelse om anbringelse uden samtykke (barnets lov § 47).',
    agendaReason: `Anbringelse uden samtykke, grundlag fundet ${committee.decided_on}: afgøres af ${FORUM_KIND_LABELS.children_committee} (barnets lov § 47).`,
    dueOn: dP,
  });
}

/** (e) The school visitation committee's decision on the school during the placement, when it has met. */
export function schoolPlacement(rec: Recorder, subject: Subject, committee: ForumDecisionRow, m: MeasureRow) {
  const svc = rec.forum('school_visitation_committee');
  const day = meetingFrom(svc, toDay(committee.decided_on) + 1);
  if (day === undefined || day >= rec.today) return;
  const school =
    m.step_position >= 6
      ? rec.random.pick(['internal_school', 'special_class'] as const)
      : rec.random.chance(0.8)
        ? 'ordinary_school'
        : 'special_class';
  rec.decide(svc, day, subject, {
    rule: 'school_placement',
    source: { kind: 'decision', id: committee.id },
    outcome: 'approved',
    step_position: committee.step_position,
    offer_id: committee.offer_id,
    placement: true,
    without_consent: committee.without_consent,
    school_placement: school,
    reasons: SCHOOL_REASONS[school],
    agendaReason: `Anbringelse besluttet ${committee.decided_on}: skoletilbud under anbringelsen (almindelig skole, specialklasse eller intern skole).`,
    dueOn: toDay(committee.decided_on),
  });
}
