import { describe, expect, it } from 'vitest';
import { appealGuidanceText, DEFAULT_APPEAL_GUIDANCE } from '../../core/documents/decision-types.ts';
import { sectionsOf } from '../../core/documents/printed.ts';
import { toDay } from '../dates.ts';
import { generateDemo } from '../generate.ts';

const TODAY = '2026-03-15';
const demo = generateDemo({ seed: 2026, today: TODAY, code: 'demo', name: 'Demo Kommune' });
const decisionById = new Map(demo.case_decision.map((d) => [d.id, d]));

describe("Demo Kommune's documents", () => {
  it('has a decision for every measure started in the last year and every placement, typed by its consent', () => {
    const due = demo.measure.filter(
      (m) => m.start_on <= TODAY && (m.track === 'placement' || toDay(m.start_on) >= toDay(TODAY) - 365),
    );
    expect(due.length).toBeGreaterThan(50);
    const byMeasure = new Map(demo.case_decision.map((d) => [d.measure_id, d]));
    for (const m of due) {
      const d = byMeasure.get(m.id);
      expect(d, m.id).toBeDefined();
      if (!d) continue;
      const expected =
        m.consent === 'without_consent'
          ? 'placement_without_consent'
          : m.consent === 'with_consent'
            ? 'placement_with_consent'
            : 'measure_granted';
      expect(d.decision_type).toBe(expected);
      expect(d.forum_decision_id).toBe(m.forum_decision_id);
      expect(d.case_id).toBe(m.case_id);
      expect(d.decided_on).toBe(m.start_on);
      expect(d.status).toBe('final');
      expect(d.appeal_guidance).toEqual(JSON.parse(JSON.stringify(DEFAULT_APPEAL_GUIDANCE[d.decision_type])));
      expect(d.reasons.length).toBeGreaterThan(100);
    }
    expect(demo.case_decision).toHaveLength(due.length);
    const types = new Set(demo.case_decision.map((d) => d.decision_type));
    expect(types).toEqual(
      new Set(['measure_granted', 'placement_with_consent', 'placement_without_consent']),
    );
  });

  it('has a few consultations under way: the deadline ahead, one party answered, another waited for', () => {
    expect(demo.consultation.length).toBeGreaterThanOrEqual(3);
    for (const c of demo.consultation) {
      expect(c.last_day > TODAY).toBe(true);
      expect(c.sent_at < `${TODAY}T00:00:00Z`).toBe(true);
      expect(c.parties.length).toBeGreaterThanOrEqual(2);
      const answers = demo.consultation_answer.filter((a) => a.consultation_id === c.id);
      expect(answers).toHaveLength(1);
      expect(c.parties.map((p) => p.name)).toContain(answers[0]?.party);
      expect((answers[0]?.received_on ?? '') <= TODAY).toBe(true);
    }
  });

  it('renders every decision letter from the template, naming its reasons and appeal guidance', () => {
    const letters = demo.case_document.filter((d) => d.document_type === 'decision');
    expect(letters.length).toBeGreaterThanOrEqual(5);
    for (const l of letters) {
      const d = decisionById.get(l.decision_id ?? '');
      expect(d, l.id).toBeDefined();
      if (!d) continue;
      expect(l.case_id).toBe(d.case_id);
      expect(l.body).toContain(d.reasons);
      expect(l.body).toContain(d.decided);
      expect(l.body).toContain(appealGuidanceText(d.appeal_guidance));
      expect(l.body).not.toMatch(/\{\{|\}\}/);
      expect(sectionsOf(l.body ?? '').map((s) => s.heading)).toEqual(
        expect.arrayContaining(['Begrundelse', 'Klagevejledning', 'Lovgrundlag']),
      );
      expect(l.status).toBe('final');
    }
    expect(letters.some((l) => l.sent_via === null)).toBe(true);
    expect(letters.some((l) => l.sent_via === 'digital_post')).toBe(true);
  });

  it('has finalised plan letters with the plan’s goals, handed over', () => {
    const plans = demo.case_document.filter((d) => d.document_type === 'plan');
    expect(plans.length).toBeGreaterThanOrEqual(3);
    for (const p of plans) {
      expect(p.body).toMatch(/^# (Barnets plan|Ungeplan) for /);
      expect(p.body).toMatch(/\n– /);
      expect(p.body).not.toMatch(/\{\{|\}\}/);
      expect(p.sent_via).toBe('handed_over');
      expect(p.sent_on && p.sent_on <= TODAY).toBe(true);
    }
  });
});
