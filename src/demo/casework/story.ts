import type { MeasureEndReason, MeasureTrack } from '../../store/schema-casework.ts';
import type { DemoOfferRow } from '../catalog/rows.ts';
import { ageOn, toDate } from '../dates.ts';
import type { Random } from '../random.ts';
import type { CaseProfile } from '../world/cases.ts';

/**
 * The road of one case on the ladder: its measures, as phases of one main measure each (the step
 * the child is on), the next starting the day the last ends so that every change of the highest
 * step is one ladder move, with at most one measure beside it on the same or a lower step that
 * ends with it (so it never changes the position). Pure: the caller's random stream decides.
 */

export type StoryKind = CaseProfile | 'closed' | 'closed_after_assessment';

export interface StoryMeasure {
  offer: DemoOfferRow;
  step: number;
  track: MeasureTrack;
  start: number;
  end: number | null;
  endReason: MeasureEndReason | null;
  /** index of the phase; a side measure shares its main measure's */
  phase: number;
  main: boolean;
}

/** Offers a case can be given as its main measure, by step: not the anonymous counselling, nor
 * the groups for foster and network parents, nor the aftercare and home-coming offers, which the
 * story picks on purpose. */
const NOT_MAIN = new Set([
  'Åben anonym rådgivning',
  'Netværksgruppe for netværksplejeforældre',
  'Plejeforældregruppe med supervision',
  'Forældrestøtte til forældre med anbragte børn',
  'De Utrolige År – pædagoger og lærere',
  'Familierådslagning',
  'Hjemkomstpakke',
  'Ungestøtte – kontaktperson efter 18 år',
  'Efterværnsfællesskabet Broen',
  'Ungekollegiet Solbakken',
]);

/** Beside a main measure on step N: offers on N or lower. */
const SIDE: Record<number, readonly string[]> = {
  2: ['PPR-konsultation i dagtilbud og skole', 'De Utrolige År – pædagoger og lærere'],
  3: ['Familierådslagning', 'PPR-konsultation i dagtilbud og skole'],
  4: ['Netværksgruppe for netværksplejeforældre'],
  5: ['Plejeforældregruppe med supervision', 'Forældrestøtte til forældre med anbragte børn'],
  6: ['Forældrestøtte til forældre med anbragte børn'],
};

export function trackOf(step: number): MeasureTrack {
  return step >= 4 ? 'placement' : step === 3 ? 'home' : 'early';
}

/** The steps of the road, the last being where the case stands today (or ended). */
function stepsFor(kind: StoryKind, random: Random, adultToday: boolean): number[] {
  switch (kind) {
    case 'assessment':
    case 'closed_after_assessment':
      return random.chance(0.5) ? [] : [random.pick([1, 2])];
    case 'early': {
      const last = random.chance(0.35) ? 1 : 2;
      if (random.chance(0.25)) return [3, last];
      if (last === 2 && random.chance(0.25)) return [1, 2];
      return [last];
    }
    case 'home':
      if (adultToday) return [random.chance(0.6) ? 5 : 6, 3];
      if (random.chance(0.1)) return [5, 3];
      return random.chance(0.3) ? [2, 3] : [3];
    case 'network':
      return random.chance(0.6) ? [3, 4] : [4];
    case 'foster': {
      const r = random.float();
      return r < 0.55 ? [3, 5] : r < 0.7 ? [6, 5] : [5];
    }
    case 'institution': {
      const r = random.float();
      return r < 0.5 ? [3, 6] : r < 0.65 ? [5, 6] : [6];
    }
    case 'closed': {
      const r = random.float();
      return r < 0.2 ? [] : r < 0.55 ? [2] : r < 0.8 ? [3, 2] : [3];
    }
  }
}

/**
 * An offer for a child of `age`: among `special` offers when given, else the step's main offers;
 * only offers whose age range fits (the server refuses others, measures.ts). Undefined when none fits.
 */
function pickOffer(
  offers: readonly DemoOfferRow[],
  step: number,
  age: number,
  random: Random,
  special?: readonly string[],
): DemoOfferRow | undefined {
  const fits = offers.filter(
    (o) =>
      (special ? special.includes(o.name) : o.step_position === step && !NOT_MAIN.has(o.name)) &&
      age >= o.age_min &&
      age <= o.age_max,
  );
  return fits.length > 0 ? random.pick(fits) : undefined;
}

/**
 * The main offer of a phase: the intended one, else any main offer for the age on the nearest
 * step (a lower one first) — e.g. a foster family for a four-year-old instead of a youth
 * institution, adult support instead of a parent programme at 19.
 */
function mainOffer(
  offers: readonly DemoOfferRow[],
  step: number,
  age: number,
  random: Random,
  special?: readonly string[],
): DemoOfferRow {
  const intended =
    (special && pickOffer(offers, step, age, random, special)) ?? pickOffer(offers, step, age, random);
  if (intended) return intended;
  for (let distance = 1; distance <= 6; distance++) {
    for (const other of [step - distance, step + distance]) {
      if (other < 1) continue;
      const offer = pickOffer(offers, other, age, random);
      if (offer) return offer;
    }
  }
  throw new Error(`Demo Kommune's catalog has no offer for a child of ${age}`);
}

const MIN_PHASE_DAYS = 60;

/**
 * The measures of a case whose measures may start from `first` and must end by `end` when
 * `closes` (else the last runs on). A young adult placed until 18 moves to aftercare on the
 * birthday (the placement ended by `turned_18`).
 */
export function storyMeasures(args: {
  kind: StoryKind;
  birthDate: string;
  first: number;
  end: number;
  closes: boolean;
  offers: readonly DemoOfferRow[];
  random: Random;
  eighteenth: number;
}): StoryMeasure[] {
  const { kind, birthDate, first, end, closes, offers, random, eighteenth } = args;
  const adultToday = kind === 'home' && eighteenth < end;
  let steps = stepsFor(kind, random, adultToday);
  const span = end - first - (closes ? 10 : 0);
  while (steps.length > 1 && span < MIN_PHASE_DAYS * steps.length) steps = steps.slice(1);
  if (steps.length === 0 || span < 20) return [];

  // Phase boundaries: a young adult's placement ends on the 18th birthday; otherwise spread the
  // phases over the span with some randomness, each at least MIN_PHASE_DAYS.
  const starts = [first];
  if (adultToday && steps.length === 2 && eighteenth > first + 30) starts.push(eighteenth);
  else if (adultToday && steps.length === 2) steps = [3];
  else {
    for (let i = 1; i < steps.length; i++) {
      const prev = starts[i - 1] as number;
      const room = end - prev - MIN_PHASE_DAYS * (steps.length - i);
      starts.push(prev + MIN_PHASE_DAYS + random.int(0, Math.max(0, Math.round(room * 0.6))));
    }
  }
  const finalEnd = closes
    ? end - random.int(0, Math.min(30, Math.max(0, end - (starts.at(-1) ?? first) - 30)))
    : null;

  // The main offers first: an offer that does not fit the child's age moves the phase to the
  // nearest step that has one, and the end reasons follow the steps as they turned out.
  const phases: { start: number; age: number; offer: DemoOfferRow }[] = [];
  steps.forEach((planned, i) => {
    const start = starts[i] as number;
    const age = ageOn(birthDate, toDate(start));
    const previous = phases[i - 1]?.offer.step_position ?? 0;
    const afterPlacement = i > 0 && previous >= 4 && planned === 3;
    const special = afterPlacement
      ? age >= 18
        ? ['Ungestøtte – kontaktperson efter 18 år', 'Efterværnsfællesskabet Broen']
        : ['Hjemkomstpakke']
      : undefined;
    phases.push({ start, age, offer: mainOffer(offers, planned, age, random, special) });
  });

  const measures: StoryMeasure[] = [];
  phases.forEach(({ start, age, offer }, i) => {
    const step = offer.step_position;
    const next = phases[i + 1]?.offer.step_position;
    const phaseEnd = i + 1 < phases.length ? (starts[i + 1] as number) : finalEnd;
    let endReason: MeasureEndReason | null = null;
    if (next !== undefined) {
      if (adultToday && i === 0) endReason = 'turned_18';
      else if (next > step) endReason = step === 5 && next === 6 ? 'breakdown' : 'step_up';
      else if (next < step) endReason = 'step_down';
      else endReason = 'other';
    } else if (phaseEnd !== null) endReason = 'goals_met';
    measures.push({
      offer,
      step,
      track: trackOf(step),
      start,
      end: phaseEnd,
      endReason,
      phase: i,
      main: true,
    });
    const side = SIDE[step];
    const sideStart = start + random.int(0, 30);
    const sideOffer =
      side && random.chance(0.3) && (phaseEnd === null || sideStart < phaseEnd - 14)
        ? pickOffer(offers, step, age, random, side)
        : undefined;
    if (sideOffer) {
      measures.push({
        offer: sideOffer,
        step: sideOffer.step_position,
        track: trackOf(sideOffer.step_position),
        start: sideStart,
        end: phaseEnd,
        endReason: phaseEnd === null ? null : endReason === 'goals_met' ? 'goals_met' : 'other',
        phase: i,
        main: false,
      });
    }
  });
  return measures;
}
