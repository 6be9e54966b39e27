import type { Participant, SafetyParticipantRole } from '../../store/schema-casework.ts';
import { ageOn, toDate } from '../dates.ts';
import { type CaseInput, conversationForm, instantOn } from './input.ts';
import type { CaseworkData } from './rows.ts';
import {
  CHILD_WORDS,
  CONCLUSIONS,
  ICS_TEXTS,
  MEETING_AGREEMENTS,
  MEETING_PURPOSES,
  NO_NEED_CONCLUSION,
  PROFESSIONAL_RELATIONS,
  PROVISIONAL_TEXTS,
  WHAT_MUST_HAPPEN,
  WHAT_WORKS,
  WORRIES,
} from './texts.ts';

/**
 * The assessment side of a case: the assessment (ICS triangle, Signs of Safety, conclusion or a
 * provisional assessment), the child conversation, the participants' safety ratings, a family
 * meeting in some cases, and the network map.
 */

function childWords(age: number, pick: (texts: readonly string[]) => string): string {
  const band = [...CHILD_WORDS].reverse().find((b) => age >= b.minAge) ?? CHILD_WORDS[0];
  return pick(band?.texts ?? ['Barnet deltog i samtalen.']);
}

export function writeAssessment(
  input: CaseInput,
  a: CaseInput['assessments'][number],
  out: CaseworkData,
): string {
  const { random, ids, municipalityId: m, caseId } = input;
  const last = Math.min(input.end, input.today) - 1;
  const id = ids.uuid();
  const firstMain = input.measures.find((s) => s.main);
  const done = a.completed !== null && a.completed <= last ? a.completed : null;
  const needs = firstMain !== undefined || !a.main;
  const started = Math.max(a.aware, input.opened);
  const who = input.caseworkerOn(started);
  out.assessment.push({
    municipality_id: m,
    id,
    case_id: caseId,
    kind: a.main ? 'assessment' : random.chance(0.6) ? 'assessment' : 'clarification',
    aware_on: toDate(a.aware),
    development: random.pick(ICS_TEXTS.development),
    parenting: random.pick(ICS_TEXTS.parenting),
    family_environment: random.pick(ICS_TEXTS.family_environment),
    worries: random.pick(WORRIES),
    what_works: random.pick(WHAT_WORKS),
    what_must_happen: random.pick(WHAT_MUST_HAPPEN),
    provisional_on: a.provisional !== null && a.provisional <= last ? toDate(a.provisional) : null,
    provisional_text: a.provisional !== null && a.provisional <= last ? random.pick(PROVISIONAL_TEXTS) : null,
    conclusion: done === null ? null : needs ? random.pick(CONCLUSIONS) : NO_NEED_CONCLUSION,
    proposed_step_position: done !== null && a.main && firstMain ? firstMain.step : null,
    proposed_offer_ids: done !== null && a.main && firstMain ? [firstMain.offer.id] : [],
    completed_on: done === null ? null : toDate(done),
    created_by: who,
    created_at: instantOn(started, random),
  });
  const age = ageOn(input.child.birth_date, toDate(started));
  const until = done ?? last;
  // The child conversation before the conclusion (BL § 5); a few are still to be held.
  if (until > started + 3 && random.chance(0.9)) {
    const held = started + random.int(3, Math.max(3, until - started));
    out.child_conversation.push({
      municipality_id: m,
      id: ids.uuid(),
      case_id: caseId,
      assessment_id: id,
      held_on: toDate(held),
      form: conversationForm(age, random),
      child_words: childWords(age, (t) => random.pick(t)),
      held_by: input.caseworkerOn(held),
      created_at: instantOn(held, random),
    });
  }
  // Signs of Safety: each participant's safety scale, around the conclusion.
  if (until > started + 7) {
    const placed = input.measures.some((s) => s.track === 'placement');
    const base = placed ? 3 : firstMain && firstMain.step >= 3 ? 4 : 6;
    const raters: { name: string; role: SafetyParticipantRole }[] = [
      ...(age >= 7 ? [{ name: input.child.first_name, role: 'child' as const }] : []),
      ...input.family.map((p) => ({ name: p.name, role: 'parent' as const })),
      ...input.network.slice(0, 1).map((n) => ({ name: n.name, role: 'network' as const })),
      { name: input.userName(who), role: 'caseworker' },
    ];
    const on = until - random.int(0, 7);
    for (const r of raters) {
      out.safety_rating.push({
        municipality_id: m,
        id: ids.uuid(),
        assessment_id: id,
        participant: r.name,
        participant_role: r.role,
        score: Math.min(10, Math.max(0, base + random.int(-2, 3) + (r.role === 'parent' ? 1 : 0))),
        rated_on: toDate(on),
        created_by: who,
        created_at: instantOn(on, random),
      });
    }
  }
  // A family meeting during some assessments: family, network and the caseworker.
  if (a.main && until > started + 14 && random.chance(0.35)) {
    const held = started + random.int(7, until - started);
    const participants: Participant[] = [
      ...input.family,
      ...input.network.slice(0, 2).map((n) => ({ name: n.name, relation: n.relation })),
      { name: input.userName(input.caseworkerOn(held)), relation: 'Rådgiver' },
    ];
    out.family_meeting.push({
      municipality_id: m,
      id: ids.uuid(),
      case_id: caseId,
      assessment_id: id,
      held_on: toDate(held),
      purpose: random.pick(MEETING_PURPOSES),
      participants,
      agreements: random.pick(MEETING_AGREEMENTS),
      created_by: input.caseworkerOn(held),
      created_at: instantOn(held, random),
    });
  }
  return id;
}

/** The network map: relatives and friends from the child's relations, and a professional. */
export function writeNetwork(input: CaseInput, out: CaseworkData): void {
  const { random, ids, municipalityId: m, caseId } = input;
  const day = input.opened + random.int(3, 30);
  if (day >= Math.min(input.end, input.today)) return;
  const networkPlaced = input.measures.some((s) => s.step === 4);
  const members = [
    ...input.network.map((n) => ({ ...n, professional: false })),
    {
      name: input.faker.person.fullName(),
      relation: random.pick(PROFESSIONAL_RELATIONS),
      phone: null,
      professional: true,
    },
  ];
  members.forEach((n, i) => {
    out.network_member.push({
      municipality_id: m,
      id: ids.uuid(),
      case_id: caseId,
      name: n.name,
      relation: n.relation,
      closeness: n.professional
        ? 'middle'
        : i === 0
          ? 'close'
          : random.pick(['close', 'middle', 'distant'] as const),
      contributions: n.professional
        ? ['support']
        : i === 0 && networkPlaced
          ? ['network_foster_family', 'support']
          : random
              .shuffle(['pick_up', 'weekends', 'support', 'practical_help', 'respite'] as const)
              .slice(0, random.int(0, 2)),
      phone: n.phone,
      notes: null,
      active: true,
      created_by: input.caseworkerOn(day),
      created_at: instantOn(day, random),
    });
  });
}
