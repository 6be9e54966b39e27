import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  appealGuidanceProblem,
  appealGuidanceText,
  DECISION_TYPES,
  DEFAULT_APPEAL_GUIDANCE,
} from './decision-types.ts';
import { DEFAULT_TEMPLATES } from './default-templates.ts';
import { letterDate } from './printed.ts';
import { DOCUMENT_TYPES, fieldsNamed, MERGE_FIELDS, renderTemplate, templateProblem } from './templates.ts';

const decisionValues = {
  'municipality.name': 'Demo Kommune',
  today: '4. december 2026',
  'caseworker.name': 'Søren Æbelø',
  'recipient.name': 'Åse Øster',
  'recipient.address': null,
  'child.name': 'Ærtur Øgaard',
  'child.birthDate': '12.03.2014',
  'decision.title': 'Bevilling af MST',
  'decision.decided': 'Kommunen bevilger MST fra 1. januar 2027.',
  'decision.legalBasis': 'barnets lovs § 32',
  'decision.reasons': 'Lang begrundelse. '.repeat(400),
  'decision.decidedOn': '4. december 2026',
  'decision.forum': '',
  'decision.appealGuidance': appealGuidanceText(DEFAULT_APPEAL_GUIDANCE.measure_granted),
};

describe('letters from templates', () => {
  it('fill every merge field of a decision, Danish letters and long texts as they are', () => {
    const template = MERGE_FIELDS.decision.map((f) => `${f.label}: {{${f.name}}}`).join('\n');
    const r = renderTemplate('decision', template, decisionValues);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.text).toContain('Modtagerens navn: Åse Øster');
    expect(r.text).toContain('Barnets navn: Ærtur Øgaard');
    expect(r.text).toContain(decisionValues['decision.reasons']);
    expect(r.text).toContain('Ankestyrelsen');
    expect(r.text).not.toContain('{{');
  });
  it('drop a line holding only an empty optional field, and keep a labelled one empty', () => {
    const r = renderTemplate(
      'decision',
      '{{recipient.name}}\n{{recipient.address}}\nForum: {{decision.forum}}',
      decisionValues,
    );
    expect(r).toEqual({ ok: true, text: 'Åse Øster\nForum: ' });
  });
  it('refuse a preview when a required field has no value, naming it', () => {
    const r = renderTemplate('decision', 'Begrundelse: {{decision.reasons}}', {
      ...decisionValues,
      'decision.reasons': '  ',
    });
    expect(r).toMatchObject({ ok: false, message: 'Sagen mangler: begrundelsen.' });
  });
  it('render a list as one line each', () => {
    const values = { 'plan.goals': ['Går i skole hver dag', 'Sover hjemme'] };
    expect(renderTemplate('plan', 'Mål:\n{{plan.goals}}', values)).toEqual({
      ok: true,
      text: 'Mål:\n– Går i skole hver dag\n– Sover hjemme',
    });
  });
  it('refuse a template naming a field its type does not have, or a stray brace pair', () => {
    expect(templateProblem('consultation', 'Hej {{decision.reasons}}')).toBe(
      'Ukendte flettefelter: {{decision.reasons}}.',
    );
    expect(templateProblem('plan', 'Hej {{ child.name }} {{')).toMatch(/gyldigt flettefelt/);
    expect(templateProblem('plan', 'Hej {{ child.name }}')).toBeNull();
  });
  it('never leave a placeholder of a known field in a rendered letter (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...DOCUMENT_TYPES),
        fc.array(
          fc.string({ maxLength: 20 }).filter((s) => !s.includes('{') && !s.includes('}')),
          { maxLength: 5 },
        ),
        (type, texts) => {
          const names = MERGE_FIELDS[type].map((f) => f.name);
          const template = names
            .map((n, i) => `${texts[i % Math.max(texts.length, 1)] ?? ''}{{${n}}}`)
            .join('\n');
          expect(templateProblem(type, template)).toBeNull();
          const values = Object.fromEntries(names.map((n) => [n, 'x']));
          const r = renderTemplate(type, template, values);
          expect(r.ok).toBe(true);
          if (r.ok) expect(fieldsNamed(r.text)).toEqual([]);
        },
      ),
    );
  });
});

describe('appeal guidance', () => {
  it('has a default for every decision type, each usable and with references marked to verify', () => {
    for (const t of DECISION_TYPES) {
      const g = DEFAULT_APPEAL_GUIDANCE[t];
      expect(appealGuidanceProblem(g)).toBeNull();
      expect(g.references.every((r) => r.verify)).toBe(true);
    }
  });
  it('reads as one paragraph with the deadline in weeks', () => {
    const text = appealGuidanceText(DEFAULT_APPEAL_GUIDANCE.placement_without_consent);
    expect(text).toMatch(
      /^Du kan klage over afgørelsen til Ankestyrelsen\. Klagen skal være modtaget senest 4 uger/,
    );
    expect(text).toContain('advokatbistand');
  });
  it('refuses edited guidance without a recipient or outside 1–52 weeks', () => {
    const g = DEFAULT_APPEAL_GUIDANCE.measure_refused;
    expect(appealGuidanceProblem({ ...g, appealTo: ' ' })).toMatch(/hvem/);
    expect(appealGuidanceProblem({ ...g, deadlineWeeks: 0 })).toMatch(/1 til 52/);
  });
});

describe('the default templates', () => {
  it('name only their type’s merge fields and render with every field filled', () => {
    for (const type of DOCUMENT_TYPES) {
      const template = DEFAULT_TEMPLATES[type];
      expect(templateProblem(type, template), type).toBeNull();
      const values = Object.fromEntries(MERGE_FIELDS[type].map((f) => [f.name, `‹${f.name}›`]));
      const r = renderTemplate(type, template, values);
      expect(r.ok, type).toBe(true);
    }
  });
  it('write dates as a letter does', () => {
    expect(letterDate('2026-12-04')).toBe('4. december 2026');
    expect(letterDate('2027-03-28')).toBe('28. marts 2027');
  });
});
