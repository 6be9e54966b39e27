import {
  DECISION_TYPES,
  DEFAULT_APPEAL_GUIDANCE,
  type DecisionType,
} from '../../core/documents/decision-types.ts';

/** Request bodies of the document settings' tests: Trappen's defaults, changed where a test says. */

interface TypeOverride {
  appealGuidance?: Record<string, unknown>;
  secondSignature?: boolean;
}

export const settingsBody = (
  overrides: {
    consultationRule?: Record<string, unknown>;
    letterheadAddress?: string | null;
    types?: Partial<Record<DecisionType, TypeOverride>>;
  } = {},
) => ({
  consultationRule: { days: 14, unit: 'calendar_days', ...overrides.consultationRule },
  letterheadAddress: overrides.letterheadAddress === undefined ? null : overrides.letterheadAddress,
  decisionTypes: DECISION_TYPES.map((type) => {
    const g = DEFAULT_APPEAL_GUIDANCE[type];
    const o = overrides.types?.[type];
    return {
      type,
      appealGuidance: {
        appealTo: g.appealTo,
        how: g.how,
        deadlineWeeks: g.deadlineWeeks,
        references: g.references.map((r) => ({ ...r })),
        ...o?.appealGuidance,
      },
      secondSignature: o?.secondSignature ?? false,
    };
  }),
});
