import type { ParticipantRole, TransitionKind } from '../../core/detection/transition.ts';
import { schoolGrade, toDate, toDay } from '../dates.ts';
import { TITLES } from '../world/names.ts';
import type { ChildRow, GroupRow, WorldData } from '../world/rows.ts';
import type { ChildState } from './events.ts';
import { type DetectionWorld, dayOf, iso, momentOn, workday } from './lookups.ts';
import type { PreventiveFollowRow, SignalActionRow, SignalRow, TransitionConversationRow } from './rows.ts';
import { FOLLOW_NOTES, TRANSITION_TEXTS, YOUTH_GUIDES } from './texts.ts';

/**
 * Children known to preventive work (followed without a case, figure F2) and transition
 * conversations (seed 003_*, prøvehandling 1). A follow starts where a preventive worker closed
 * or worked a signal; conversations are held mostly with the families the professionals worry
 * about, as the trial intended, and now and then with any family.
 */

export function generateFollows(
  w: DetectionWorld,
  signals: readonly SignalRow[],
  actions: readonly SignalActionRow[],
): PreventiveFollowRow[] {
  const lastAction = new Map<string, SignalActionRow>();
  for (const a of actions) lastAction.set(a.signal_id, a);
  const followed = new Set<string>();
  const out: PreventiveFollowRow[] = [];
  for (const s of signals) {
    const step = lastAction.get(s.id);
    if (!step || followed.has(s.child_id)) continue;
    const supported = s.outcome === 'universal' || s.outcome === 'early_offer';
    if (!(supported ? w.random.chance(0.3) : s.status === 'contacted' && w.random.chance(0.2))) continue;
    followed.add(s.child_id);
    const started = Date.parse(step.at) + w.random.int(2, 30) * 60_000;
    const endDay = dayOf(started) + w.random.int(60, 200);
    const ended = supported && endDay < w.today && w.random.chance(0.35) ? momentOn(endDay, w.random) : null;
    out.push({
      municipality_id: w.municipalityId,
      id: w.ids.uuid(),
      child_id: s.child_id,
      started_by: step.actor_id,
      started_at: iso(started),
      note: w.random.chance(0.6) ? w.random.pick(FOLLOW_NOTES) : null,
      ended_by: ended === null ? null : step.actor_id,
      ended_at: ended === null ? null : iso(ended),
    });
  }
  return out;
}

interface Occasion {
  kind: TransitionKind;
  /** the group that makes the child part of the cohort */
  group: GroupRow;
  /** the days the conversation may be held on, both included */
  from: number;
  to: number;
}

/** Which transition the child is at, and when its conversation could have been held. */
function occasionOf(w: DetectionWorld, child: ChildRow, today: string): Occasion | undefined {
  const [year, month] = today.split('-').map(Number) as [number, number];
  const schoolYear = month >= 8 ? year : year - 1;
  for (const group of w.childGroups.get(child.id) ?? []) {
    if (group.name.startsWith('Vuggestue')) {
      const start = toDay(child.birth_date) + 183;
      return { kind: 'home_to_daycare', group, from: start - 30, to: start - 3 };
    }
    const first = group.name.startsWith('0.');
    const last = group.name.startsWith('9.');
    if (!first && !last) continue;
    const grade = schoolGrade(child.birth_date, today);
    if (first && grade === 0) {
      const june = toDay(`${schoolYear}-06-01`);
      return { kind: 'daycare_to_school', group, from: june, to: june + 20 };
    }
    if (last && grade === 9) {
      const from = toDay(`${schoolYear}-08-20`);
      return { kind: 'school_to_youth_education', group, from, to: toDay(`${schoolYear + 1}-03-31`) };
    }
  }
  return undefined;
}

export function generateTransitions(
  w: DetectionWorld,
  today: string,
  states: ReadonlyMap<string, { trouble: ChildState['trouble'] }>,
  family: Pick<WorldData, 'child_relation' | 'person'>,
  signalled: ReadonlySet<string>,
): TransitionConversationRow[] {
  const persons = new Map(family.person.map((p) => [p.id, p]));
  const parents = new Map<string, string[]>();
  for (const r of family.child_relation) {
    if (!r.has_custody) continue;
    const p = persons.get(r.person_id);
    if (!p) continue;
    const names = parents.get(r.child_id);
    if (names) names.push(`${p.first_name} ${p.last_name}`);
    else parents.set(r.child_id, [`${p.first_name} ${p.last_name}`]);
  }
  const out: TransitionConversationRow[] = [];
  for (const child of w.children) {
    const occasion = occasionOf(w, child, today);
    if (!occasion) continue;
    const from = Math.max(occasion.from, w.today - 365);
    const to = Math.min(occasion.to, w.today - 1);
    if (from > to) continue;
    const worried = (states.get(child.id)?.trouble ?? 0) > 0;
    if (!w.random.chance(worried ? 0.7 : 0.03)) continue;
    const held = workday(w.random.int(from, to), w.today);
    if (held < from - 3) continue;
    const owner = w.userById.get(w.groupOwner.get(occasion.group.id) ?? '');
    const preventive = w.preventiveByDistrict.get(child.district_id) ?? [];
    const byPreventive = signalled.has(child.id) && preventive.length > 0 && w.random.chance(0.3);
    const recorder = byPreventive ? w.random.pick(preventive) : owner;
    if (!recorder) continue;
    const people: { name: string; role: ParticipantRole }[] = (parents.get(child.id) ?? []).map((name) => ({
      name,
      role: 'parent',
    }));
    if (occasion.kind === 'school_to_youth_education')
      people.unshift({ name: `${child.first_name} ${child.last_name}`, role: 'child' });
    const roleOf = (title: string | null): ParticipantRole =>
      title === TITLES.teacher
        ? 'teacher'
        : title === TITLES.pedagogue
          ? 'pedagogue'
          : title === TITLES.healthVisitor
            ? 'health_visitor'
            : title === TITLES.preventive
              ? 'preventive_worker'
              : 'other';
    for (const u of new Set([owner, recorder]))
      if (u) people.push({ name: u.display_name, role: roleOf(u.title) });
    if (occasion.kind === 'daycare_to_school') {
      const daycares = [...w.unitById.values()].filter(
        (u) => u.kind === 'daycare' && u.district_id === child.district_id,
      );
      const pedagogue = (w.unitProfessionals.get(w.random.pick(daycares).id) ?? []).find(
        (p) => p.title === TITLES.pedagogue,
      );
      if (pedagogue) people.push({ name: pedagogue.display_name, role: 'pedagogue' });
    }
    if (occasion.kind === 'school_to_youth_education')
      people.push({ name: w.random.pick(YOUTH_GUIDES), role: 'youth_guidance' });
    const texts = TRANSITION_TEXTS[occasion.kind];
    const followUp = w.random.chance(0.6) ? w.random.pick(texts.followUps) : null;
    const recordedDay = Math.min(held + w.random.int(0, 2), w.today - 1);
    out.push({
      municipality_id: w.municipalityId,
      id: w.ids.uuid(),
      child_id: child.id,
      kind: occasion.kind,
      held_on: toDate(held),
      participants: people,
      summary: w.random.chance(0.85) ? w.random.pick(texts.summaries) : null,
      follow_up: followUp,
      follow_up_due: followUp ? toDate(held + w.random.int(30, 90)) : null,
      recorded_by: recorder.id,
      created_at: iso(momentOn(recordedDay, w.random)),
    });
  }
  return out;
}
