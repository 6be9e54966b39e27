import { randomUUID } from 'node:crypto';

/** Request bodies of the documents' tests (docs/documents.md). */

export const newKey = () => randomUUID();

export const decisionBody = (overrides: Record<string, unknown> = {}) => ({
  idempotencyKey: newKey(),
  type: 'measure_granted',
  decided: 'Kommunen bevilger familiebehandling i hjemmet fra 1. december 2026.',
  legalBasis: 'barnets lovs § 32, stk. 1, nr. 3',
  reasons:
    'Undersøgelsen viser, at Åse og hendes mor har brug for støtte i hverdagen. Vi har lagt vægt på skolens oplysninger.',
  decidedOn: '2026-12-01',
  ...overrides,
});

export const consultationBody = (overrides: Record<string, unknown> = {}) => ({
  idempotencyKey: newKey(),
  facts: 'Skolen oplyser, at Åse har haft 40 % fravær i efteråret.',
  parties: [
    { name: 'Mor Øster', relation: 'mor' },
    { name: 'Far Øster', relation: 'far' },
  ],
  ...overrides,
});
