import { copenhagenInstant } from '../../core/calendar/zone.ts';
import { PLACEMENT_REASON_LABELS } from '../../core/casework/placement-reasons.ts';
import { consultationLastDay, DEFAULT_CONSULTATION_RULE } from '../../core/documents/consultation.ts';
import { DEFAULT_APPEAL_GUIDANCE, type DecisionType } from '../../core/documents/decision-types.ts';
import { letterDate } from '../../core/documents/printed.ts';
import type { MeasureRow } from '../casework/rows.ts';
import type { AreaInput } from '../context.ts';
import { ageOn, timestampOn, toDate, toDay } from '../dates.ts';
import { Random } from '../random.ts';
import { planKindLabel, planValues } from './letters.ts';
import { type DocumentsContext, World } from './lookup.ts';
import { writeDecisionLetters, writeLetter } from './mail.ts';
import type { CaseDecisionRow, DocumentsBase, DocumentsData } from './rows.ts';
import { consultationFacts, consultationReply, measureReasons, placementReasons } from './texts.ts';

/**
 * Demo Kommune's documents (issue #14 item 7): a written decision for every measure started in the
 * last year and every placement, with reasons from the case and the appeal guidance of its type;
 * a few consultations under way (one party has answered, the deadline ahead); and finalised decision
 * and plan letters rendered from Trappen's default templates, most of them recorded as sent. After
 * the forums, on streams of its own, so no row generated before changes.
 */

const CONSULTATIONS = 4;
const DECISION_LETTERS = 12;
const PLAN_LETTERS = 8;

export function generateDocuments(input: AreaInput, rows: DocumentsBase): DocumentsData {
  const random = new Random(`trappen-demo-documents:${input.seed}`);
  const ids = new Random(`trappen-demo-documents-ids:${input.seed}:${input.code}`);
  let n = 0;
  const out: DocumentsData = {
    consultation: [],
    consultation_answer: [],
    case_decision: [],
    case_document: [],
  };
  const ctx: DocumentsContext = {
    municipalityId: input.municipalityId,
    random,
    uuid: () => ids.uuid(),
    key: (what) => `demo-${what}-${String(++n).padStart(6, '0')}`,
    today: input.today,
    out,
  };
  const world = new World(rows, input.name);
  decideMeasures(ctx, world);
  consultParties(ctx, world);
  writeDecisionLetters(ctx, world, DECISION_LETTERS);
  writePlanLetters(ctx, world);
  return out;
}

function decisionType(m: MeasureRow): DecisionType {
  if (m.consent === 'without_consent') return 'placement_without_consent';
  if (m.consent === 'with_consent') return 'placement_with_consent';
  return 'measure_granted';
}

/** A decision for each measure started in the last year and each placement, made the day it started. */
function decideMeasures(ctx: DocumentsContext, world: World): void {
  const { random, today } = ctx;
  const yearAgo = toDay(today) - 365;
  for (const m of world.rows.measure) {
    if (m.start_on > today || (m.track !== 'placement' && toDay(m.start_on) < yearAgo)) continue;
    const { case: c, child, name } = world.child(m.case_id);
    const type = decisionType(m);
    const offer = world.offer(m.offer_id);
    const placement = type !== 'measure_granted';
    const reasons = [
      ...measureReasons(random, {
        child: child.first_name,
        openedReason: c.opened_reason,
        offer,
        step: m.step_position,
      }),
      ...(placement
        ? placementReasons(
            child.first_name,
            (m.placement_reasons ?? []).map(
              (r) => PLACEMENT_REASON_LABELS[r as keyof typeof PLACEMENT_REASON_LABELS] ?? r,
            ),
            type === 'placement_without_consent',
          )
        : []),
    ].join('\n\n');
    const period = m.planned_end_on ? ` til ${letterDate(m.planned_end_on)}` : '';
    const decided = placement
      ? `${name} anbringes uden for hjemmet (${offer}) fra ${letterDate(m.start_on)}.`
      : `Kommunen bevilger ${offer} til ${name} fra ${letterDate(m.start_on)}${period}.`;
    const g = DEFAULT_APPEAL_GUIDANCE[type];
    const row: CaseDecisionRow = {
      municipality_id: ctx.municipalityId,
      id: ctx.uuid(),
      case_id: m.case_id,
      child_id: m.child_id,
      decision_type: type,
      decided,
      legal_basis: m.legal_basis,
      reasons,
      decided_on: m.start_on,
      decided_by: m.created_by,
      measure_id: m.id,
      forum_decision_id: m.forum_decision_id,
      consultation_id: null,
      appeal_guidance: {
        appealTo: g.appealTo,
        how: g.how,
        deadlineWeeks: g.deadlineWeeks,
        references: g.references.map((r) => ({ ...r })),
      },
      status: 'final',
      created_at: timestampOn(toDay(m.start_on), random),
      idempotency_key: ctx.key('decision'),
      request_hash: 'demo',
    };
    ctx.out.case_decision.push(row);
  }
}

/** A few consultations under way on open cases: sent days ago, one parent has answered. */
function consultParties(ctx: DocumentsContext, world: World): void {
  const { random, today } = ctx;
  const open = world.rows.cases.filter(
    (c) => c.closed_at === null && c.caseworker_id !== null && world.parents(c.child_id).length >= 2,
  );
  for (const c of random.shuffle(open).slice(0, CONSULTATIONS)) {
    const { child } = world.child(c.id);
    const caseworker = c.caseworker_id as string;
    const sentDay = toDay(today) - random.int(2, 9);
    const sentAt = copenhagenInstant(toDate(sentDay), random.int(9, 14), random.int(0, 59));
    const young = ageOn(child.birth_date, today) >= 15;
    const parties = [
      ...world.parents(child.id).map((p) => ({ name: p.name, relation: p.relation })),
      ...(young ? [{ name: `${child.first_name} ${child.last_name}`, relation: 'den unge selv' }] : []),
    ];
    const id = ctx.uuid();
    ctx.out.consultation.push({
      municipality_id: ctx.municipalityId,
      id,
      case_id: c.id,
      facts: consultationFacts(random, child.first_name),
      parties,
      sent_at: sentAt.toISOString(),
      rule_days: DEFAULT_CONSULTATION_RULE.days,
      rule_unit: DEFAULT_CONSULTATION_RULE.unit,
      last_day: consultationLastDay(sentAt),
      created_by: caseworker,
      created_at: sentAt.toISOString(),
      idempotency_key: ctx.key('consultation'),
      request_hash: 'demo',
    });
    const receivedDay = random.int(sentDay + 1, toDay(today) - 1);
    ctx.out.consultation_answer.push({
      municipality_id: ctx.municipalityId,
      id: ctx.uuid(),
      consultation_id: id,
      party: parties[0]?.name as string,
      kind: 'reply',
      text: consultationReply(random),
      received_on: toDate(receivedDay),
      recorded_by: caseworker,
      recorded_at: timestampOn(receivedDay, random),
    });
  }
}

/** The newest plans of open cases, handed to the parents at the meeting where they were agreed. */
function writePlanLetters(ctx: DocumentsContext, world: World): void {
  const goals = new Map<string, { position: number; text: string }[]>();
  for (const g of world.rows.plan_goal) goals.set(g.plan_id, [...(goals.get(g.plan_id) ?? []), g]);
  const plans = world.rows.plan
    .filter((p) => world.cases.get(p.case_id)?.closed_at === null && (goals.get(p.id)?.length ?? 0) > 0)
    .sort((a, b) => b.agreed_on.localeCompare(a.agreed_on) || a.id.localeCompare(b.id));
  let written = 0;
  for (const plan of plans) {
    if (written >= PLAN_LETTERS) break;
    const people = world.letterPeople(plan.case_id, plan.agreed_on, plan.created_by);
    if (!people) continue;
    const measures = world.rows.measure
      .filter(
        (m) =>
          m.case_id === plan.case_id &&
          m.start_on <= plan.agreed_on &&
          (m.ended_on === null || m.ended_on > plan.agreed_on),
      )
      .map((m) => world.offer(m.offer_id));
    const values = planValues(people, {
      kind: plan.kind,
      goals: (goals.get(plan.id) ?? []).sort((a, b) => a.position - b.position).map((g) => g.text),
      measures,
    });
    writeLetter(ctx, {
      caseId: plan.case_id,
      type: 'plan',
      title: `${planKindLabel(plan.kind)} – ${people.child.name}`,
      values,
      decisionId: null,
      writer: plan.created_by,
      writtenAt: plan.created_at,
      // Handed over at the meeting, or the day it was written down when that came later.
      sent: {
        to: people.recipient.name,
        via: 'handed_over',
        on: toDate(Math.max(toDay(plan.agreed_on), toDay(plan.created_at.slice(0, 10)))),
      },
    });
    written += 1;
  }
}
