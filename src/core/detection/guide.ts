import type { IcsArea, RiskFactor } from './factors.ts';
import { DUTY_TO_REPORT_TEXT, decideMustReport } from './must-report.ts';
import { type BandInfo, bandOf, type LevelBand } from './scale.ts';

/**
 * The guide (handleguide): for a concern level and the situation around it, what to do now.
 * Pure: the server adds whom to contact (the district's preventive workers from the registry)
 * and which offers of the catalog suit the child (the catalog's matching, steps 1–2).
 *
 * Read top to bottom: the band gives the base steps; each situation that holds adds its own,
 * and the urgent ones (danger, violence or abuse) come first.
 */

/**
 * The web route of the professional's report form (src/web/app.tsx, `underretning/ny`; the page
 * is src/web/intake/report-form-page.tsx), with the child chosen. Where the guide says "underret",
 * it links here for a user who reports from that form.
 */
export const REPORT_FORM_PATH = '/underretning/ny';

export function reportFormUrl(childId: string): string {
  return `${REPORT_FORM_PATH}?childId=${encodeURIComponent(childId)}`;
}

/** The guide offers early help only: the catalog's steps 1–2 (early and preventive). */
export const GUIDE_MAX_STEP = 2;

export const SITUATIONS = [
  'acute_danger',
  'violence_or_abuse',
  'must_report',
  'parents_not_informed',
  'parents_informed',
  'age_0_5',
  'age_6_17',
  'age_18_22',
] as const;
export type Situation = (typeof SITUATIONS)[number];

export const SITUATION_LABELS: Record<Situation, string> = {
  acute_danger: 'Barnet kan være i akut fare',
  violence_or_abuse: 'Mistanke om vold eller overgreb',
  must_report: 'Du har pligt til at underrette',
  parents_not_informed: 'Forældrene kender ikke bekymringen',
  parents_informed: 'Forældrene kender bekymringen',
  age_0_5: 'Barn 0–5 år',
  age_6_17: 'Barn og ung 6–17 år',
  age_18_22: 'Ung 18–22 år',
};

const BAND_STEPS: Record<LevelBand, string[]> = {
  thriving: [
    'Fortsæt det gode samarbejde med barnet og forældrene.',
    'Del det, der virker, med kollegerne omkring barnet.',
  ],
  attention: [
    'Tal med barnet og forældrene om det, du har set, og aftal, hvad I hver især gør.',
    'Drøft dine iagttagelser med din leder eller i teamet, og sæt en dato for opfølgning inden for 4–6 uger.',
    'Du kan få sparring hos den forebyggende socialrådgiver i distriktet, også uden at nævne barnets navn.',
  ],
  concern: [
    'Kontakt den forebyggende socialrådgiver i distriktet for sparring om en tidlig indsats.',
    'Se tilbuddene nedenfor: en tidlig indsats på trin 1–2 kan ofte hjælpe i barnets hverdag.',
    'Aftal en opfølgning med forældrene og dine kolleger inden for 4 uger.',
  ],
  serious: [
    'Kontakt den forebyggende socialrådgiver i distriktet i dag.',
    'Dokumentér, hvad du har set og hørt, med dato.',
  ],
  danger: [
    'Ring til Modtagelsen (Front) eller den forebyggende socialrådgiver nu.',
    'Dokumentér, hvad du har set og hørt, med dato og med barnets egne ord.',
  ],
};

const SITUATION_STEPS: Record<Situation, string[]> = {
  acute_danger: [
    'Er barnet i akut fare, så ring 112. Uden for kommunens åbningstid kontakter du den sociale døgnvagt.',
  ],
  violence_or_abuse: [
    'Tal ikke med forældrene om mistanken, før du har talt med kommunen: det kan bringe barnet i fare eller skade en efterforskning.',
    'Skriv ned, hvad barnet har sagt, med barnets egne ord. Spørg ikke ind, og lov ikke barnet at holde det hemmeligt.',
  ],
  must_report: [],
  parents_not_informed: [
    'Forældrene kender ikke din bekymring endnu: tal med dem, så de kan være med fra starten, medmindre det kan skade barnet.',
  ],
  parents_informed: [
    'Forældrene kender din bekymring: aftal med dem, hvad der skal ske, og hvem der gør hvad.',
  ],
  age_0_5: ['Sundhedsplejen og PPR kan inddrages i arbejdet omkring et lille barn.'],
  age_6_17: ['PPR og skolens trivselsteam kan inddrages.'],
  age_18_22: ['Kommunens ungeindsats kan inddrages; støtte kan vare til det fyldte 23. år.'],
};

export interface GuideInput {
  level: number;
  /** whole years */
  age: number;
  /** unknown before the professional has said */
  parentsInformed?: boolean | undefined;
  riskFactors: readonly RiskFactor[];
  areas: readonly IcsArea[];
  /** the concern's texts, when written */
  texts?: readonly string[] | undefined;
}

export interface Guide {
  level: number;
  band: BandInfo;
  situations: Situation[];
  steps: string[];
  mustReport: boolean;
  mustReportReasons: string[];
  /** the sentence about the duty to report; null when there is none */
  dutyToReport: string | null;
}

function ageSituation(age: number): Situation {
  if (age <= 5) return 'age_0_5';
  if (age <= 17) return 'age_6_17';
  return 'age_18_22';
}

export function buildGuide(input: GuideInput, mustReportBelow: number): Guide {
  const band = bandOf(input.level);
  const report = decideMustReport(
    { level: input.level, riskFactors: input.riskFactors, texts: input.texts ?? [] },
    mustReportBelow,
  );
  const situations: Situation[] = [];
  if (band.id === 'danger') situations.push('acute_danger');
  if (report.violenceOrAbuse) situations.push('violence_or_abuse');
  if (report.mustReport) situations.push('must_report');
  // With violence or abuse suspected the parents are not told first, whatever they know.
  if (!report.violenceOrAbuse && input.parentsInformed === false) situations.push('parents_not_informed');
  if (!report.violenceOrAbuse && input.parentsInformed === true) situations.push('parents_informed');
  situations.push(ageSituation(input.age));

  const urgent: Situation[] = situations.filter((s) => s === 'acute_danger' || s === 'violence_or_abuse');
  const rest = situations.filter((s) => !urgent.includes(s));
  const steps = [
    ...urgent.flatMap((s) => SITUATION_STEPS[s]),
    ...(report.mustReport
      ? [band.id === 'danger' ? 'Underret kommunen med det samme.' : 'Underret kommunen i dag.']
      : []),
    ...BAND_STEPS[band.id],
    ...rest.flatMap((s) => SITUATION_STEPS[s]),
  ];
  return {
    level: input.level,
    band,
    situations,
    steps: [...new Set(steps)],
    mustReport: report.mustReport,
    mustReportReasons: report.reasons,
    dutyToReport: report.mustReport ? DUTY_TO_REPORT_TEXT : null,
  };
}
