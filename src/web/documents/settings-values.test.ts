import { describe, expect, it } from 'vitest';
import { DECISION_TYPES, DEFAULT_APPEAL_GUIDANCE } from '../../core/documents/decision-types.ts';
import type { DocumentSettingsView } from './documents-api.ts';
import {
  defaultTypeDraft,
  draftOf,
  fieldId,
  isDefaultType,
  problemsOf,
  requestOf,
} from './settings-values.ts';

const view: DocumentSettingsView = {
  consultationRule: { days: 14, unit: 'calendar_days', isDefault: true },
  letterheadAddress: null,
  decisionTypes: DECISION_TYPES.map((type) => ({
    type,
    typeLabel: type,
    appealGuidance: {
      ...DEFAULT_APPEAL_GUIDANCE[type],
      references: [...DEFAULT_APPEAL_GUIDANCE[type].references],
      text: '',
    },
    secondSignature: false,
    isDefault: true,
  })),
  updatedAt: null,
};

describe('the document settings form', () => {
  it('sends back what it read, without the keys it added', () => {
    const request = requestOf(draftOf(view));
    expect(request.consultationRule).toEqual({ days: 14, unit: 'calendar_days' });
    expect(request.letterheadAddress).toBeNull();
    expect(request.decisionTypes[0]).toEqual({
      type: 'measure_granted',
      appealGuidance: {
        appealTo: 'Ankestyrelsen',
        how: DEFAULT_APPEAL_GUIDANCE.measure_granted.how,
        deadlineWeeks: 4,
        references: DEFAULT_APPEAL_GUIDANCE.measure_granted.references.map((r) => ({ ...r })),
      },
      secondSignature: false,
    });
    expect(problemsOf(draftOf(view)).size).toBe(0);
  });

  it('names each problem at its field, in the core’s words', () => {
    const d = draftOf(view);
    d.days = 61;
    const t = d.types[3] ?? defaultTypeDraft('measure_stopped');
    t.appealTo = ' ';
    t.deadlineWeeks = '';
    t.references = [];
    const first = d.types[0] ?? defaultTypeDraft('measure_granted');
    first.references[0] = { key: 'k', text: '', verify: true };
    const p = problemsOf(d);
    expect([...p.keys()][0]).toBe(fieldId.days);
    expect(p.get(fieldId.days)).toBe('Svarfristen skal være 1 til 60 dage.');
    expect(p.get(fieldId.appealTo('measure_stopped'))).toBe('Angiv, hvem der kan klages til.');
    expect(p.get(fieldId.weeks('measure_stopped'))).toBe('Klagefristen skal være 1 til 52 uger.');
    expect(p.get(fieldId.addReference('measure_stopped'))).toBe('Angiv mindst én lovhenvisning.');
    expect(p.get(fieldId.reference('measure_granted', 'k'))).toBe('Skriv henvisningen, eller fjern linjen.');
    expect(p.has(fieldId.how('measure_stopped'))).toBe(false);
  });

  it('knows a type as Trappen ships it, and one the municipality changed', () => {
    const t = defaultTypeDraft('placement_without_consent');
    expect(isDefaultType(t)).toBe(true);
    expect(isDefaultType({ ...t, secondSignature: true })).toBe(false);
    expect(isDefaultType({ ...t, references: t.references.map((r) => ({ ...r, verify: false })) })).toBe(
      false,
    );
    expect(isDefaultType({ ...t, appealTo: ` ${t.appealTo} ` })).toBe(true);
  });
});
