import { describe, expect, it } from 'vitest';
import { addCalendarMonths } from '../../core/casework/months.ts';
import { isPlacementReason } from '../../core/casework/placement-reasons.ts';
import { gateMeasure, isSpecialised } from '../../core/forums/index.ts';
import { toDate, toDay } from '../dates.ts';
import { generateDemo } from '../generate.ts';

const TODAY = '2026-03-15';
const demo = generateDemo({ seed: 2026, today: TODAY, code: 'demo', name: 'Demo Kommune' });
const offer = new Map(demo.offer.map((o) => [o.id, o]));
const decisions = demo.forum_decision.map((d) => ({
  id: d.id,
  forumKind: d.forum_kind,
  childId: d.child_id,
  outcome: d.outcome,
  stepPosition: d.step_position,
  decidedOn: d.decided_on,
}));
const decisionById = new Map(demo.forum_decision.map((d) => [d.id, d]));
const meetingById = new Map(demo.forum_meeting.map((m) => [m.id, m]));
const forumById = new Map(demo.forum.map((f) => [f.id, f]));
const emergencyById = new Map(demo.emergency_decision.map((e) => [e.id, e]));
const gated = demo.measure.filter(
  (m) =>
    m.track === 'placement' ||
    isSpecialised({
      stepPosition: m.step_position,
      specialisedOffer: offer.get(m.offer_id)?.specialised ?? false,
    }),
);

describe("Demo Kommune's forums", () => {
  it('has a council per district chaired by its leader, and one of each other forum', () => {
    const councils = demo.forum.filter((f) => f.kind === 'creative_council');
    expect(new Set(councils.map((f) => f.district_id))).toEqual(new Set(demo.district.map((d) => d.id)));
    for (const f of councils) {
      const members = demo.forum_member.filter((m) => m.forum_id === f.id);
      const chair = demo.app_user.find((u) => u.id === members.find((m) => m.chair)?.user_id);
      expect(chair?.username).toMatch(/^leder[1-5]$/);
      expect(members.map((m) => m.role_title)).toEqual(
        expect.arrayContaining(['Psykolog, PPR', 'Skoleleder']),
      );
      expect(f.rhythm).toMatchObject({ kind: 'weekly', everyWeeks: 2 });
    }
    expect(
      demo.forum
        .filter((f) => f.district_id === null)
        .map((f) => f.kind)
        .sort(),
    ).toEqual([
      'children_committee',
      'placement_committee',
      'political_review',
      'school_visitation_committee',
    ]);
  });

  it('holds three years of meetings: closed with attendance in the past, the next published', () => {
    const first = demo.forum_meeting.map((m) => m.held_on).sort()[0] as string;
    expect(first <= addCalendarMonths(TODAY, -36)).toBe(true);
    for (const m of demo.forum_meeting) {
      if (m.held_on < TODAY) {
        expect(m.published_at && m.closed_at && m.published_at < m.closed_at).toBeTruthy();
        expect(m.participants.length).toBeGreaterThan(0);
      } else expect(m.closed_at).toBeNull();
      if (m.published_at) expect(m.published_at < `${TODAY}T00:00`).toBe(true);
    }
    for (const f of demo.forum) {
      const next = demo.forum_meeting.filter((m) => m.forum_id === f.id && m.held_on >= TODAY);
      expect(next[0]?.published_at, f.name).not.toBeNull();
      expect(next.slice(1).every((m) => m.published_at === null)).toBe(true);
    }
  });

  it('starts every gated measure on the decision the gate names (the pure gate over the data)', () => {
    expect(gated.length).toBeGreaterThan(150);
    for (const m of gated) {
      const emergency = m.emergency_decision_id ? emergencyById.get(m.emergency_decision_id) : undefined;
      const result = gateMeasure(
        {
          childId: m.child_id,
          stepPosition: m.step_position,
          specialisedOffer: offer.get(m.offer_id)?.specialised ?? false,
          placement: m.track === 'placement',
          withoutConsent: m.consent === 'without_consent',
          startOn: m.start_on,
        },
        decisions,
        {
          decisionId: m.forum_decision_id,
          emergency: emergency
            ? { id: emergency.id, childId: emergency.child_id, decidedOn: emergency.decided_on }
            : null,
        },
      );
      expect(result, `${m.id} on step ${m.step_position} from ${m.start_on}`).toMatchObject({
        allowed: true,
      });
      expect(result).not.toMatchObject({ basis: 'not_gated' });
      if (m.track === 'placement') {
        expect(m.consent).toMatch(/^with(out)?_consent$/);
        expect(m.placement_reasons.length).toBeGreaterThanOrEqual(1);
        expect(m.placement_reasons.length).toBeLessThanOrEqual(3);
        expect(m.placement_reasons.every(isPlacementReason)).toBe(true);
      }
    }
    const kinds = new Set(
      gated.map((m) =>
        m.forum_decision_id ? decisionById.get(m.forum_decision_id)?.forum_kind : 'emergency',
      ),
    );
    expect(kinds).toEqual(
      new Set(['creative_council', 'placement_committee', 'children_committee', 'emergency']),
    );
    const consents = new Set(gated.filter((m) => m.track === 'placement').map((m) => m.consent));
    expect(consents).toEqual(new Set(['with_consent', 'without_consent']));
  });

  it('records every decision at a closed meeting of its forum, on its agenda', () => {
    const items = new Set(demo.forum_agenda_item.map((i) => `${i.meeting_id}|${i.rule}|${i.source_id}`));
    for (const d of demo.forum_decision) {
      const meeting = meetingById.get(d.meeting_id);
      const forum = forumById.get(d.forum_id);
      expect(meeting?.held_on).toBe(d.decided_on);
      expect(meeting?.closed_at).not.toBeNull();
      expect(forum?.kind).toBe(d.forum_kind);
      if (forum?.district_id) expect(forum.district_id).toBe(d.district_id);
      expect(items.has(`${d.meeting_id}|${d.rule}|${d.source_id}`)).toBe(true);
    }
    expect(demo.forum_agenda_item).toHaveLength(demo.forum_decision.length);
  });

  it('has alternatives at a lower step that the child then started, postponements, rejections', () => {
    const proposals = new Map(demo.forum_proposal.map((p) => [p.id, p]));
    const alternatives = demo.forum_decision.filter((d) => d.outcome === 'alternative');
    expect(alternatives.length).toBeGreaterThanOrEqual(10);
    for (const d of alternatives) {
      const p = proposals.get(d.proposal_id ?? '');
      expect(d.step_position).toBeLessThan(p?.step_position ?? 0);
      const started = demo.measure.find(
        (m) => m.child_id === d.child_id && m.offer_id === d.offer_id && m.start_on > d.decided_on,
      );
      expect(started?.step_position).toBe(d.step_position);
    }
    const postponed = demo.forum_decision.filter((d) => d.outcome === 'postponed');
    expect(postponed.length).toBeGreaterThanOrEqual(3);
    for (const d of postponed) {
      expect(d.missing).toBeTruthy();
      const later = demo.forum_decision.find(
        (x) => x.proposal_id === d.proposal_id && x.outcome === 'approved',
      );
      expect(later && later.decided_on > d.decided_on).toBe(true);
    }
    expect(demo.forum_decision.filter((d) => d.outcome === 'rejected').length).toBeGreaterThanOrEqual(3);
  });

  it('leaves a few proposals for the next agendas and a few placements waiting for approval', () => {
    const decided = new Set(demo.forum_decision.map((d) => d.proposal_id));
    const pending = demo.forum_proposal.filter((p) => !decided.has(p.id));
    expect(pending.length).toBeGreaterThanOrEqual(3);
    for (const p of pending)
      expect(p.proposed_on <= TODAY && p.proposed_on >= toDate(toDay(TODAY) - 14)).toBe(true);
    expect(demo.forum_setting[0]?.approval_thresholds).toEqual({
      byStep: { '5': 40_000, '6': 60_000 },
      otherwise: null,
    });
    expect(demo.measure_approval.length).toBeGreaterThanOrEqual(2);
    for (const a of demo.measure_approval) {
      expect(a.state).toBe('pending');
      expect(Number(a.monthly_cost)).toBeGreaterThan(Number(a.threshold));
      const request = a.request as { forumDecisionId: string; startDate: string };
      const d = decisionById.get(request.forumDecisionId);
      expect(d).toMatchObject({
        forum_kind: 'placement_committee',
        outcome: 'approved',
        child_id: a.child_id,
      });
      expect(demo.measure.some((m) => m.id === a.measure_id)).toBe(false);
    }
  });

  it('has emergency placements: one reached the committee in time, one is overdue', () => {
    expect(demo.emergency_decision).toHaveLength(2);
    const reached = demo.emergency_decision.map((e) =>
      demo.forum_decision.some(
        (d) =>
          d.child_id === e.child_id &&
          d.forum_kind === 'placement_committee' &&
          d.decided_on >= e.decided_on &&
          d.decided_on <= e.reach_forum_by,
      ),
    );
    expect(reached.sort()).toEqual([false, true]);
    expect(demo.emergency_decision.every((e) => e.reach_forum_by < TODAY)).toBe(true);
  });

  it('reviews specialised offers and placements about every 6 months, a few reviews overdue', () => {
    const lastReview = new Map<string, string>();
    for (const d of demo.forum_decision)
      if (d.rule === 'specialised_review' && (lastReview.get(d.child_id) ?? '') < d.decided_on)
        lastReview.set(d.child_id, d.decided_on);
    const stillIn = new Set(gated.filter((m) => m.ended_on === null).map((m) => m.child_id));
    const overdue = [...lastReview].filter(
      ([child, last]) => stillIn.has(child) && addCalendarMonths(last, 6) < TODAY,
    );
    expect(overdue.length).toBeGreaterThanOrEqual(2);
    const political = demo.forum_decision.filter((d) => d.rule === 'political_review');
    expect(political.length).toBeGreaterThan(100);
    expect(demo.forum_decision.some((d) => d.rule === 'aftercare_decision')).toBe(true);
    const school = demo.forum_decision.filter((d) => d.rule === 'school_placement');
    expect(school.every((d) => d.school_placement !== null)).toBe(true);
  });
});
