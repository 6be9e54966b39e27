import type { Ladder, Offer } from './types.ts';

/** Socialstyrelsen's six steps with short ids s1–s6, for the catalog's unit tests. */
export const TEST_LADDER: Ladder = {
  id: 'ladder',
  version: 1,
  createdAt: '2026-01-01T00:00:00.000Z',
  note: null,
  steps: [
    { id: 's1', position: 1, name: 'Tidlig indsats i almenområdet', category: 'preventive', track: 'early' },
    { id: 's2', position: 2, name: 'Forebyggende indsatser', category: 'preventive', track: 'early' },
    { id: 's3', position: 3, name: 'Hjemmebaserede indsatser', category: 'preventive', track: 'family' },
    {
      id: 's4',
      position: 4,
      name: 'Anbringelse i slægt og netværk',
      category: 'placement',
      track: 'placement',
    },
    { id: 's5', position: 5, name: 'Anbringelse i plejefamilie', category: 'placement', track: 'placement' },
    { id: 's6', position: 6, name: 'Anbringelse på institution', category: 'placement', track: 'placement' },
  ],
};

/** An active offer on step s2 with neutral values; each test states the fields it relies on. */
export function testOffer(id: string, fields: Partial<Offer> = {}): Offer {
  return {
    id,
    name: id,
    description: '',
    providerKind: 'own',
    providerName: 'Familiehuset',
    stepId: 's2',
    target: 'child',
    form: 'individual',
    setting: 'home',
    ageMin: 0,
    ageMax: 17,
    icsAreas: [],
    typicalDurationWeeks: null,
    timeLimited: false,
    specialised: false,
    evidence: 'none',
    programme: null,
    legalBasis: '',
    unitCost: 0,
    costUnit: 'month',
    capacity: null,
    status: 'active',
    illustrative: true,
    ...fields,
  };
}
