import { describe, expect, it } from 'vitest';
import { daysBetween } from '../../core/detection/dates.ts';
import { violenceWords } from '../../core/detection/must-report.ts';
import { EARLY_OFFER_MAX_STEP } from '../../core/detection/queue.ts';
import { DEFAULT_DETECTION_SETTINGS } from '../../core/detection/settings.ts';
import { type ChildHistory, evaluateSignals, type Trigger } from '../../core/detection/signal-rules.ts';
import { ageOn } from '../../core/people.ts';
import type { DemoData } from '../data.ts';
import { generateDemo } from '../generate.ts';
import { CONCERN_TEXTS } from './texts.ts';

/**
 * The demo's year of early detection: plausible rates, and every signal what the live rules
 * (core/detection/signal-rules.ts) raise from the generated concerns and ratings, with the
 * server's "one open signal per child and rule" and the queue's dated steps.
 */

const RULES = DEFAULT_DETECTION_SETTINGS.rules;

const cases = [
  { seed: 2026, today: '2026-03-15' },
  // After the start of a school year: the transition conversations take the other branch.
  { seed: 2027, today: '2026-09-01' },
].map((c) => ({ ...c, demo: generateDemo({ ...c, code: 'demo', name: 'Demo Kommune' }) }));

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = out.get(k);
    if (list) list.push(row);
    else out.set(k, [row]);
  }
  return out;
}

function userNamed(d: DemoData, username: string) {
  const u = d.app_user.find((x) => x.username === username);
  if (!u) throw new Error(`no user ${username}`);
  return u;
}

function histories(d: DemoData): Map<string, ChildHistory> {
  const out = new Map<
    string,
    { concerns: ChildHistory['concerns'][number][]; ratings: ChildHistory['ratings'][number][] }
  >();
  const of = (id: string) => {
    let h = out.get(id);
    if (!h) {
      h = { concerns: [], ratings: [] };
      out.set(id, h);
    }
    return h;
  };
  for (const c of d.concern)
    of(c.child_id).concerns.push({
      id: c.id,
      authorId: c.author_id,
      level: c.level,
      at: new Date(c.created_at),
    });
  for (const r of d.wellbeing_rating)
    of(r.child_id).ratings.push({ id: r.id, color: r.color, at: new Date(r.rated_at) });
  return out;
}

describe.each(cases)('demo detection, seed $seed on $today', ({ today, demo }) => {
  const child = new Map(demo.child.map((c) => [c.id, c]));
  const signalById = new Map(demo.signal.map((s) => [s.id, s]));
  const actionsOf = groupBy(demo.signal_action, (a) => a.signal_id);
  const triggersOf = groupBy(demo.signal_trigger, (t) => t.signal_id);
  const beforeToday = (iso: string) => iso.slice(0, 10) < today;

  it('gives every group an owner who rates it twice, months apart, before today', () => {
    const owners = groupBy(demo.user_group, (g) => g.group_id);
    const unitsOf = groupBy(demo.user_unit, (u) => u.user_id);
    const rounds = groupBy(demo.wellbeing_round, (r) => r.group_id);
    const enrolled = new Set(demo.enrolment.map((e) => `${e.group_id}|${e.child_id}`));
    for (const group of demo.group) {
      const own = owners.get(group.id) ?? [];
      expect(own.length, group.name).toBeGreaterThanOrEqual(1);
      const mine = (rounds.get(group.id) ?? []).sort((a, b) => (a.created_at < b.created_at ? -1 : 1));
      if (!enrolled.has(`${group.id}|${demo.enrolment.find((e) => e.group_id === group.id)?.child_id}`))
        continue;
      expect(mine.length, group.name).toBeLessThanOrEqual(2);
      for (const r of mine) {
        expect(own.map((o) => o.user_id)).toContain(r.rated_by);
        expect(unitsOf.get(r.rated_by)?.map((u) => u.unit_id)).toContain(group.unit_id);
        expect(r.rated_on < today).toBe(true);
        expect(r.rated_on).toBe(r.created_at.slice(0, 10));
      }
      if (mine.length === 2)
        expect(daysBetween(mine[0]?.rated_on ?? '', mine[1]?.rated_on ?? '')).toBeGreaterThan(60);
    }
    const byRound = new Map(demo.wellbeing_round.map((r) => [r.id, r]));
    for (const r of demo.wellbeing_rating) {
      const round = byRound.get(r.round_id);
      expect(round?.group_id).toBe(r.group_id);
      expect(r.rated_at).toBe(round?.created_at);
      expect(enrolled.has(`${r.group_id}|${r.child_id}`)).toBe(true);
      if (r.color === 'green') expect(r.note).toBeNull();
    }
  });

  it('has laerer1 with one class that has a previous round, and both logins writing concerns', () => {
    const laerer1 = userNamed(demo, 'laerer1');
    const classes = demo.user_group.filter((g) => g.user_id === laerer1.id);
    expect(classes).toHaveLength(1);
    const rounds = demo.wellbeing_round.filter((r) => r.group_id === classes[0]?.group_id);
    expect(rounds).toHaveLength(2);
    expect(rounds.every((r) => r.rated_by === laerer1.id)).toBe(true);
    for (const username of ['laerer1', 'paedagog1']) {
      const mine = demo.concern.filter((c) => c.author_id === userNamed(demo, username).id);
      expect(mine.length, username).toBeGreaterThanOrEqual(2);
    }
  });

  it('has plausible rates: a few per cent yellow, fewer red, concerns and signals for a few children', () => {
    const n = demo.wellbeing_rating.length;
    const share = (color: string) => demo.wellbeing_rating.filter((r) => r.color === color).length / n;
    expect(n).toBeGreaterThan(15_000);
    expect(share('yellow')).toBeGreaterThan(0.02);
    expect(share('yellow')).toBeLessThan(0.08);
    expect(share('red')).toBeGreaterThan(0.005);
    expect(share('red')).toBeLessThan(share('yellow') / 2);
    const minors = demo.child.filter((c) => ageOn(c.birth_date, today) < 18).length;
    const concerned = new Set(demo.concern.map((c) => c.child_id)).size;
    expect(concerned / minors).toBeGreaterThan(0.02);
    expect(concerned / minors).toBeLessThan(0.08);
    const signalled = new Set(demo.signal.map((s) => s.child_id)).size;
    expect(signalled / minors).toBeGreaterThan(0.008);
    expect(signalled / minors).toBeLessThan(0.03);
    for (const rule of Object.keys(RULES))
      expect(
        demo.signal.some((s) => s.rule === rule),
        rule,
      ).toBe(true);
    const low = demo.concern.filter((c) => c.level <= 2).length / demo.concern.length;
    expect(low).toBeLessThan(0.06);
    const closed = demo.signal.filter((s) => s.status === 'closed');
    const outcome = (o: string) => closed.filter((s) => s.outcome === o).length / closed.length;
    expect(outcome('universal')).toBeGreaterThan(0.4);
    expect(outcome('early_offer')).toBeGreaterThan(0.15);
    expect(outcome('report')).toBeGreaterThan(0.03);
    expect(outcome('report')).toBeLessThan(outcome('early_offer'));
  });

  it('raises only what the real rules raise, and everything they raise', () => {
    const history = histories(demo);
    const keys = new Map(demo.signal_trigger.map((t) => [t.trigger_key, t]));
    expect(keys.size).toBe(demo.signal_trigger.length);
    const events: [string, Trigger][] = [
      ...demo.concern.map((c): [string, Trigger] => [c.child_id, { kind: 'concern', id: c.id }]),
      ...demo.wellbeing_rating
        .filter((r) => r.color === 'red')
        .map((r): [string, Trigger] => [r.child_id, { kind: 'rating', id: r.id }]),
    ];
    let candidates = 0;
    for (const [childId, trigger] of events) {
      for (const c of evaluateSignals(history.get(childId) as ChildHistory, RULES, [trigger])) {
        candidates += 1;
        const row = keys.get(c.triggerKey);
        expect(row, c.triggerKey).toBeDefined();
        expect(row?.explanation).toBe(c.explanation);
        const signal = signalById.get(row?.signal_id ?? '');
        expect(signal?.rule).toBe(c.rule);
        expect(signal?.child_id).toBe(childId);
        const linked = new Set([
          ...demo.signal_concern.filter((l) => l.signal_id === signal?.id).map((l) => l.concern_id),
          ...demo.signal_rating.filter((l) => l.signal_id === signal?.id).map((l) => l.rating_id),
        ]);
        for (const id of [...c.concernIds, ...c.ratingIds]) expect(linked.has(id)).toBe(true);
      }
    }
    expect(candidates).toBe(demo.signal_trigger.length);
    // A signal says what its first trigger said, when it said it.
    for (const s of demo.signal) {
      const first = (triggersOf.get(s.id) ?? []).sort((a, b) => (a.created_at < b.created_at ? -1 : 1))[0];
      expect(first?.explanation).toBe(s.explanation);
      expect(first?.created_at).toBe(s.raised_at);
    }
  });

  it('keeps one open signal per child and rule: a trigger joins it while it is open, opens anew after', () => {
    for (const [, signals] of groupBy(demo.signal, (s) => `${s.child_id}|${s.rule}`)) {
      signals.sort((a, b) => (a.raised_at < b.raised_at ? -1 : 1));
      expect(signals.filter((s) => s.status !== 'closed').length).toBeLessThanOrEqual(1);
      signals.forEach((s, i) => {
        const next = signals[i + 1];
        if (next) expect(s.closed_at !== null && s.closed_at <= next.raised_at).toBe(true);
        for (const t of triggersOf.get(s.id) ?? []) {
          expect(t.created_at >= s.raised_at).toBe(true);
          if (s.closed_at) expect(t.created_at <= s.closed_at).toBe(true);
        }
      });
    }
  });

  it('dates every step of the queue in order, before today, as the signal records them', () => {
    const offers = new Map(demo.offer.map((o) => [o.id, o]));
    for (const s of demo.signal) {
      const steps = (actionsOf.get(s.id) ?? []).sort((a, b) => (a.at < b.at ? -1 : 1));
      const kinds = steps.map((a) => a.kind).join(',');
      expect([
        '',
        'acknowledge',
        'acknowledge,contact',
        'acknowledge,outcome',
        'acknowledge,contact,outcome',
      ]).toContain(kinds);
      for (const a of steps) {
        expect(a.at > s.raised_at).toBe(true);
        expect(beforeToday(a.at)).toBe(true);
        expect(a.on_date).toBe(a.at.slice(0, 10));
      }
      expect(s.status).toBe(
        { '': 'new', acknowledge: 'acknowledged', contact: 'contacted', outcome: 'closed' }[
          steps.at(-1)?.kind ?? ''
        ],
      );
      expect(s.acknowledged_at).toBe(steps[0]?.at ?? null);
      expect(s.first_contact_on).toBe(steps.find((a) => a.kind === 'contact')?.on_date ?? null);
      const end = steps.find((a) => a.kind === 'outcome');
      expect([s.outcome, s.outcome_on, s.offer_id, s.closed_at]).toEqual(
        end ? [end.outcome, end.on_date, end.offer_id, end.at] : [null, null, null, null],
      );
      if (s.outcome === 'early_offer') {
        const offer = offers.get(s.offer_id ?? '');
        expect(offer?.step_position).toBeLessThanOrEqual(EARLY_OFFER_MAX_STEP);
        expect(offer?.status).toBe('active');
        const age = ageOn(child.get(s.child_id)?.birth_date ?? '', s.outcome_on ?? '');
        expect(age).toBeGreaterThanOrEqual(offer?.age_min ?? 99);
        expect(age).toBeLessThanOrEqual(offer?.age_max ?? -1);
      }
    }
  });

  it("has each concern written by a professional of the child's unit, or the district's preventive worker", () => {
    const units = new Set(demo.user_unit.map((u) => `${u.user_id}|${u.unit_id}`));
    const districts = new Set(demo.user_district.map((d) => `${d.user_id}|${d.district_id}`));
    const groupUnit = new Map(demo.group.map((g) => [g.id, g.unit_id]));
    const childUnits = new Set(demo.enrolment.map((e) => `${e.child_id}|${groupUnit.get(e.group_id)}`));
    for (const c of demo.concern) {
      const kid = child.get(c.child_id);
      if (c.unit_id === null) expect(districts.has(`${c.author_id}|${kid?.district_id}`)).toBe(true);
      else
        expect(units.has(`${c.author_id}|${c.unit_id}`) && childUnits.has(`${c.child_id}|${c.unit_id}`)).toBe(
          true,
        );
      expect(daysBetween(kid?.birth_date ?? '', c.created_at.slice(0, 10))).toBeGreaterThanOrEqual(183);
      expect(beforeToday(c.created_at)).toBe(true);
    }
  });

  it('sets each concern status and lock as the steps on its signals did', () => {
    const signalsOf = groupBy(demo.signal_concern, (l) => l.concern_id);
    for (const c of demo.concern) {
      const signals = (signalsOf.get(c.id) ?? []).map((l) => signalById.get(l.signal_id));
      expect(c.updated_at).toBe(c.created_at);
      if (signals.length === 0) {
        expect([c.status, c.locked_at]).toEqual(['received', null]);
        continue;
      }
      if (c.status === 'received') expect(c.locked_at).toBeNull();
      if (c.locked_at) {
        expect(c.status).not.toBe('received');
        const steps = signals.flatMap((s) => actionsOf.get(s?.id ?? '') ?? []).map((a) => a.at);
        expect(steps).toContain(c.locked_at);
        expect(steps.every((at) => at >= (c.locked_at as string) || at < c.created_at)).toBe(true);
      }
      if (c.status === 'closed') {
        expect(c.locked_at).not.toBeNull();
        expect(signals.map((s) => s?.closed_at)).toContain(c.closed_at);
      } else expect(c.closed_at).toBeNull();
    }
  });

  it('fills the queue of forebyggende1: open signals of district 1, some not yet seen', () => {
    const worker = userNamed(demo, 'forebyggende1');
    const districts = demo.user_district.filter((d) => d.user_id === worker.id).map((d) => d.district_id);
    const queue = demo.signal.filter((s) => districts.includes(child.get(s.child_id)?.district_id ?? ''));
    const open = queue.filter((s) => s.status !== 'closed');
    expect(open.length).toBeGreaterThanOrEqual(5);
    expect(open.filter((s) => s.status === 'new').length).toBeGreaterThanOrEqual(1);
    expect(queue.filter((s) => s.status === 'closed').length).toBeGreaterThanOrEqual(10);
    expect(demo.signal_action.some((a) => a.actor_id === worker.id)).toBe(true);
  });

  it('follows some children as known to preventive work and records transition conversations', () => {
    const preventive = new Set(
      demo.user_district
        .filter((ud) => demo.app_user.find((u) => u.id === ud.user_id)?.role === 'preventive_worker')
        .map((ud) => `${ud.user_id}|${ud.district_id}`),
    );
    expect(demo.preventive_follow.length).toBeGreaterThanOrEqual(20);
    const current = demo.preventive_follow.filter((f) => f.ended_at === null).map((f) => f.child_id);
    expect(new Set(current).size).toBe(current.length);
    for (const f of demo.preventive_follow) {
      expect(preventive.has(`${f.started_by}|${child.get(f.child_id)?.district_id}`)).toBe(true);
      expect(beforeToday(f.started_at)).toBe(true);
      if (f.ended_at) expect(f.ended_at > f.started_at && beforeToday(f.ended_at)).toBe(true);
    }
    const kinds = groupBy(demo.transition_conversation, (t) => t.kind);
    for (const kind of ['home_to_daycare', 'daycare_to_school', 'school_to_youth_education'])
      expect(kinds.get(kind)?.length ?? 0, kind).toBeGreaterThanOrEqual(10);
    for (const t of demo.transition_conversation) {
      expect(t.held_on < today && t.created_at.slice(0, 10) >= t.held_on).toBe(true);
      expect(t.participants.length).toBeGreaterThanOrEqual(1);
      if (t.follow_up_due) expect(t.follow_up_due >= t.held_on).toBe(true);
    }
  });
});

describe('the demo concern texts', () => {
  it('name violence or abuse only at the levels where the child is in danger, so the guide reads them right', () => {
    for (const age of Object.values(CONCERN_TEXTS)) {
      for (const [severity, areas] of Object.entries(age)) {
        const texts = Object.values(areas).flat();
        const naming = texts.filter((t) => violenceWords(t).length > 0);
        if (severity === 'danger') expect(naming.length).toBeGreaterThan(0);
        else expect(naming).toEqual([]);
      }
    }
  });
});
