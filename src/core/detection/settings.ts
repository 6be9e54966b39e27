/**
 * What a municipality configures about detection (the admin, GET/PUT /api/detection/settings):
 * the level below which the guide states the duty to report, and the signal rules. The defaults
 * are the examples of issue #4. A municipality without a settings row uses them.
 */

export const SIGNAL_RULES = ['several_professionals', 'red_after_yellow', 'low_level', 'level_drop'] as const;
export type SignalRule = (typeof SIGNAL_RULES)[number];

export const SIGNAL_RULE_LABELS: Record<SignalRule, string> = {
  several_professionals: 'Flere fagpersoner er bekymrede',
  red_after_yellow: 'Rød efter gul',
  low_level: 'Lavt niveau',
  level_drop: 'Fald i niveau',
};

export interface DetectionRules {
  several_professionals: { enabled: boolean; minProfessionals: number; withinDays: number };
  red_after_yellow: { enabled: boolean };
  low_level: { enabled: boolean; maxLevel: number };
  level_drop: { enabled: boolean; minDrop: number; withinDays: number };
}

export interface DetectionSettings {
  /** a concern level below this makes the guide state the duty to report (underretningspligt) */
  mustReportBelow: number;
  rules: DetectionRules;
}

export const DEFAULT_DETECTION_SETTINGS: DetectionSettings = {
  mustReportBelow: 5,
  rules: {
    several_professionals: { enabled: true, minProfessionals: 2, withinDays: 90 },
    red_after_yellow: { enabled: true },
    low_level: { enabled: true, maxLevel: 4 },
    level_drop: { enabled: true, minDrop: 3, withinDays: 365 },
  },
};

/** The bounds the API and the CHECK constraints of migration 004 enforce. */
export const SETTING_BOUNDS = {
  mustReportBelow: { min: 2, max: 10 },
  minProfessionals: { min: 2, max: 10 },
  withinDays: { min: 7, max: 730 },
  maxLevel: { min: 1, max: 9 },
  minDrop: { min: 1, max: 9 },
} as const;

/** One sentence per rule as configured, for the settings page and the documentation. */
export function describeRule(rule: SignalRule, rules: DetectionRules): string {
  switch (rule) {
    case 'several_professionals': {
      const r = rules.several_professionals;
      return `Bekymringer fra mindst ${r.minProfessionals} forskellige fagpersoner inden for ${r.withinDays} dage.`;
    }
    case 'red_after_yellow':
      return 'En rød trivselsvurdering, når barnets forrige vurdering var gul eller rød.';
    case 'low_level':
      return `En bekymring på niveau ${rules.low_level.maxLevel} eller derunder.`;
    case 'level_drop': {
      const r = rules.level_drop;
      return `Et fald på mindst ${r.minDrop} niveauer fra barnets forrige bekymring inden for ${r.withinDays} dage.`;
    }
  }
}
