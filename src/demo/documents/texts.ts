import type { Random } from '../random.ts';

/**
 * The Danish words of Demo Kommune's decisions, consultations and answers. Synthetic: built from
 * what the demo's case holds (the child, the offer, the reasons for a placement), never a real case.
 */

/** "Åse" → "Åses", "Lukas" → "Lukas'": the genitive a letter writes. */
export const genitive = (name: string) => (/[sxz]$/i.test(name) ? `${name}'` : `${name}s`);

const sentence = (text: string) => {
  const t = text.trim();
  return /[.!?]$/.test(t) ? t : `${t}.`;
};

/** ISO dates in a case's text as a letter writes them: "2025-12-09" → "09.12.2025". */
const danishDates = (text: string) => text.replace(/\b(\d{4})-(\d{2})-(\d{2})\b/g, '$3.$2.$1');

export function measureReasons(
  random: Random,
  f: { child: string; openedReason: string | null; offer: string; step: number },
): string[] {
  const need = random.pick([
    `Den børnefaglige undersøgelse viser, at ${f.child} har brug for støtte, som ${f.offer} kan give.`,
    `Undersøgelsen og samtalerne med familien viser, at ${f.child} og forældrene har brug for ${f.offer}.`,
    `Kommunen vurderer på baggrund af undersøgelsen, at ${genitive(f.child)} behov bedst mødes med ${f.offer}.`,
  ]);
  const least = random.pick([
    `Indsatsen på trin ${f.step} er den mindst indgribende, der kan afhjælpe ${genitive(f.child)} behov.`,
    `Kommunen har overvejet mindre indgribende indsatser, men vurderer, at de ikke er tilstrækkelige.`,
  ]);
  return [
    ...(f.openedReason
      ? [`Sagen blev åbnet med denne begrundelse: ${sentence(danishDates(f.openedReason))}`]
      : []),
    need,
    least,
    'Familien er inddraget, og forældrenes og barnets synspunkter indgår i vurderingen.',
  ];
}

export function placementReasons(
  child: string,
  reasonLabels: readonly string[],
  withoutConsent: boolean,
): string[] {
  const because =
    reasonLabels.length > 0
      ? `Anbringelsen er begrundet i: ${reasonLabels.map((l) => l.toLowerCase()).join(', ')}.`
      : 'Anbringelsen er begrundet i forholdene i hjemmet.';
  return [
    because,
    withoutConsent
      ? `Der er en åbenbar risiko for, at ${genitive(child)} sundhed eller udvikling lider alvorlig skade, og problemerne kan ikke løses under barnets fortsatte ophold i hjemmet. Forældremyndighedens indehaver har ikke givet samtykke.`
      : 'Forældremyndighedens indehaver har givet samtykke til anbringelsen.',
  ];
}

export function consultationFacts(random: Random, child: string): string {
  return random.pick([
    `Skolen oplyser, at ${child} har haft ${random.int(15, 40)} % fravær i dette skoleår, og at ${child} ofte virker træt i timerne.`,
    `Daginstitutionen oplyser, at ${child} flere gange er hentet sent og har virket utryg ved afhentning.`,
    `Sundhedsplejen oplyser, at ${child} ikke er mødt op til de seneste to undersøgelser.`,
    `Den børnefaglige undersøgelse konkluderer, at ${child} har brug for mere støtte i hverdagen, end familien kan give i dag.`,
  ]);
}

export function consultationReply(random: Random): string {
  return random.pick([
    'Vi er enige i oplysningerne, men fraværet skyldes også sygdom i efteråret.',
    'Jeg vil gerne have, at kommunen taler med skolen igen, før der træffes afgørelse.',
    'Vi har ingen bemærkninger ud over, at vi gerne vil have hjælpen hurtigt.',
  ]);
}
