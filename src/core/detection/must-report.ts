import { RISK_FACTOR_LABELS, type RiskFactor } from './factors.ts';
import { isLevel } from './scale.ts';

/**
 * When the guide must say plainly that the professional has a duty to report (skærpet
 * underretningspligt): the level is below the municipality's threshold, or the concern points
 * to violence or abuse, through the risk factor `violence` or words in its text.
 *
 * The text test errs on the side of saying it: a false hit costs one sentence the professional
 * can weigh (the reason names the word found), a miss could cost a child its protection. It
 * does not understand negation ("ingen tegn på vold" still hits) and says so in the reason.
 */

export const REPORT_FACTORS: readonly RiskFactor[] = ['violence'];

/** Letters of any alphabet (æ, ø, å included): JavaScript's \b and \w know only ASCII. */
const START = '(?<![\\p{L}\\p{N}])';
const END = '(?![\\p{L}\\p{N}])';
const REST = '\\p{L}*';

/**
 * Word stems that point to violence or abuse against a child, matched at the start of a word.
 * "misbrug" alone is substance abuse (a risk factor, not a duty by itself), so only "misbrugt"
 * (was abused) is here; "voldsom" (intense) is left out on purpose.
 */
const VIOLENCE_OR_ABUSE: readonly RegExp[] = [
  `vold(?:en|e|elig${REST}|tægt${REST}|tog|ramt${REST}|sudsat${REST})?${END}`,
  `slå(?:r|et|ede)${END}`,
  `slog${END}`,
  `tæsk${REST}`,
  `tæv(?:et|er|ede)${END}`,
  `prygl${REST}`,
  `mishandl${REST}`,
  `overgreb${REST}`,
  `seksuel${REST}`,
  `krænk${REST}`,
  `incest${REST}`,
  `misbrugt${REST}`,
  `blå\\s+mærker${END}`,
  `brandmærk${REST}`,
  `kvæl${REST}`,
].map((source) => new RegExp(`${START}${source}`, 'u'));

/** The words of `text` that point to violence or abuse, lower-cased, the first hit of each stem. */
export function violenceWords(text: string): string[] {
  const lower = text.toLowerCase();
  const found = new Set<string>();
  for (const pattern of VIOLENCE_OR_ABUSE) {
    const hit = pattern.exec(lower);
    if (hit) found.add(hit[0].replace(/\s+/g, ' '));
  }
  return [...found];
}

export interface MustReportInput {
  level: number;
  riskFactors: readonly RiskFactor[];
  /** the concern's texts; none when the guide is asked before anything is written */
  texts?: readonly string[];
}

export interface MustReportDecision {
  mustReport: boolean;
  /** why, in Danish, one sentence per reason; empty when not */
  reasons: string[];
  /** whether the reasons include violence or abuse: the guide then warns against telling the parents first */
  violenceOrAbuse: boolean;
}

export function decideMustReport(input: MustReportInput, mustReportBelow: number): MustReportDecision {
  if (!isLevel(input.level)) throw new RangeError(`concern level must be 1–10, got ${input.level}`);
  const reasons: string[] = [];
  if (input.level < mustReportBelow) {
    reasons.push(
      `Niveau ${input.level} ligger under kommunens grænse for underretning (${mustReportBelow}).`,
    );
  }
  const factors = REPORT_FACTORS.filter((f) => input.riskFactors.includes(f));
  for (const f of factors) reasons.push(`Risikofaktoren «${RISK_FACTOR_LABELS[f]}» er valgt.`);
  const words = [...new Set((input.texts ?? []).flatMap(violenceWords))];
  if (words.length > 0) {
    reasons.push(
      `Teksten nævner ${words.map((w) => `«${w}»`).join(', ')}, som kan pege på vold eller overgreb. ` +
        'Vurdér selv, om det gør det.',
    );
  }
  return {
    mustReport: reasons.length > 0,
    reasons,
    violenceOrAbuse: factors.length > 0 || words.length > 0,
  };
}

/**
 * The plain sentence about the duty and where the report goes: Front, through the report form
 * (the guide links to it with `reportFormUrl`).
 */
export const DUTY_TO_REPORT_TEXT =
  'Du har skærpet underretningspligt (Barnets Lov § 133): Når du i dit arbejde får kendskab til ' +
  'eller grund til at antage, at et barn kan have behov for særlig støtte, skal du underrette ' +
  'kommunen. Pligten er personlig og kan ikke overlades til andre. Du underretter Modtagelsen ' +
  '(Front) med underretningsskemaet; er barnet i akut fare, ringer du også.';
