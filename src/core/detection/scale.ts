/**
 * The common scale of concern (Børnelinealen, seed 001_* section 02): 1–10, where 10 is a child
 * who thrives and 1 a child in serious danger. Every professional measures a worry on the same
 * scale, so that a teacher's 6 and a health visitor's 6 mean the same thing. The scale is read
 * in bands; each band has a short Danish description and its own guide (guide.ts).
 */

export const MIN_LEVEL = 1;
export const MAX_LEVEL = 10;
export const LEVELS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;

export const LEVEL_BANDS = ['thriving', 'attention', 'concern', 'serious', 'danger'] as const;
export type LevelBand = (typeof LEVEL_BANDS)[number];

export interface BandInfo {
  id: LevelBand;
  min: number;
  max: number;
  label: string;
  description: string;
}

/** Highest band first, as the ruler is read from the top. */
export const BANDS: readonly BandInfo[] = [
  {
    id: 'thriving',
    min: 9,
    max: 10,
    label: 'Trivsel',
    description: 'Barnet trives og udvikler sig alderssvarende. Forældrene drager god omsorg for barnet.',
  },
  {
    id: 'attention',
    min: 7,
    max: 8,
    label: 'Opmærksomhed',
    description:
      'Barnet trives overvejende, men der er tegn på begyndende mistrivsel, som skal følges og tales om.',
  },
  {
    id: 'concern',
    min: 5,
    max: 6,
    label: 'Bekymring',
    description:
      'Barnet er i mistrivsel på et eller flere områder. Forældrene har brug for støtte for at rette op.',
  },
  {
    id: 'serious',
    min: 3,
    max: 4,
    label: 'Alvorlig bekymring',
    description:
      'Barnets udvikling og trivsel er truet, og forældrene magter ikke alene at ændre situationen.',
  },
  {
    id: 'danger',
    min: 1,
    max: 2,
    label: 'Barnet er i fare',
    description:
      'Barnet er i alvorlig eller akut fare, fx på grund af vold, overgreb eller grov omsorgssvigt.',
  },
];

export function isLevel(value: number): boolean {
  return Number.isInteger(value) && value >= MIN_LEVEL && value <= MAX_LEVEL;
}

export function bandOf(level: number): BandInfo {
  if (!isLevel(level)) throw new RangeError(`concern level must be an integer 1–10, got ${level}`);
  const band = BANDS.find((b) => level >= b.min && level <= b.max);
  // The bands cover 1–10 without gaps (scale.test.ts), so this cannot happen.
  if (!band) throw new RangeError(`no band for level ${level}`);
  return band;
}
