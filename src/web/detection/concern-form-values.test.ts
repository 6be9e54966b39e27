import { describe, expect, it } from 'vitest';
import {
  type ConcernFormValues,
  createRequest,
  emptyConcernValues,
  validateConcern,
} from './concern-form-values.ts';

const child = { id: '6f1c2a5e-0000-4000-8000-000000000001', name: 'Alma Test', detail: '' };

function filled(): ConcernFormValues {
  const v = emptyConcernValues(child);
  return {
    ...v,
    level: 5,
    areas: { ...v.areas, parenting: { checked: true, text: '  Mor virker presset.  ' } },
    riskFactors: ['violence', 'social_isolation'],
    protectiveFactors: ['empathy'],
    parentsInformed: false,
  };
}

describe('the concern form', () => {
  it('names every missing answer of an empty form', () => {
    const errors = validateConcern(emptyConcernValues());
    expect(Object.keys(errors).sort()).toEqual(['areas', 'child', 'level', 'parentsInformed']);
  });

  it('asks for the text of a ticked area, and keeps the text of an unticked one out', () => {
    const v = filled();
    v.areas.development = { checked: true, text: '   ' };
    v.areas.family_environment = { checked: false, text: 'kladde' };
    expect(validateConcern(v)).toEqual({ development: 'Beskriv kort, hvad du ser.' });
    v.areas.development.text = 'Træt om morgenen.';
    const request = createRequest(v, 'key-12345678');
    expect(request.areas).toEqual([
      { area: 'development', text: 'Træt om morgenen.' },
      { area: 'parenting', text: 'Mor virker presset.' },
    ]);
  });

  it('sends the factors in the order of their lists, with the key', () => {
    const request = createRequest(filled(), 'key-12345678');
    expect(request).toMatchObject({
      childId: child.id,
      level: 5,
      riskFactors: ['violence', 'social_isolation'],
      protectiveFactors: ['empathy'],
      parentsInformed: false,
      idempotencyKey: 'key-12345678',
    });
  });
});
