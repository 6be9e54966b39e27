import { describe, expect, it } from 'vitest';
import { emptyOfferValues, requestFromValues, validateOffer } from './offer-form-values.ts';

describe('the offer form', () => {
  it('names every missing required field in Danish', () => {
    const errors = validateOffer(emptyOfferValues());
    expect(errors).toEqual({
      name: 'Skriv tilbuddets navn.',
      providerName: 'Skriv leverandørens navn.',
      stepId: 'Vælg det trin på indsatstrappen, tilbuddet hører til.',
      ageMin: 'Skriv alder fra (0–22 år).',
      ageMax: 'Skriv alder til (0–22 år).',
      unitCost: 'Skriv enhedsprisen i kroner.',
    });
  });

  it('checks ranges and the rules across fields', () => {
    const values = {
      ...emptyOfferValues(),
      name: 'PMTO',
      providerName: 'Familiehuset',
      stepId: 'step',
      ageMin: 12,
      ageMax: 6,
      unitCost: -1,
      evidence: 'evidence_based' as const,
      capacity: 2.5,
    };
    const errors = validateOffer(values);
    expect(errors.ageMin).toBe('Alder fra (12) må ikke være større end alder til (6).');
    expect(errors.unitCost).toBe('Enhedsprisen må ikke være negativ.');
    expect(errors.programme).toBe('Et evidensbaseret program skal have programmets navn.');
    expect(errors.capacity).toBe('Kapaciteten skal være et helt tal, 0 eller derover.');
  });

  it('turns empty optional fields into null for the server', () => {
    const request = requestFromValues({
      ...emptyOfferValues(),
      name: ' PMTO ',
      providerName: 'Familiehuset',
      stepId: 'step',
      ageMin: 3,
      ageMax: 8,
      unitCost: 12500.5,
    });
    expect(request).toMatchObject({
      name: 'PMTO',
      programme: null,
      capacity: null,
      typicalDurationWeeks: null,
      unitCost: 12500.5,
    });
  });
});
