import { isStorableText } from '../text.ts';
import {
  ICS_AREA_LABELS,
  ICS_AREAS,
  type IcsArea,
  SETTING_LABELS,
  SETTINGS,
  TARGET_LABELS,
  TARGETS,
} from './types.ts';

/**
 * Reading one value of a catalog file, CSV cell or JSON value alike: Danish labels and English
 * codes, Danish amounts (decimal comma), Ja/Nej. Each reader answers a value or a Danish message.
 */

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };
export const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
export const fail = (message: string): Parsed<never> => ({ ok: false, message });

/** Lower case, single spaces: "  Forældre " and "forældre" are the same value. */
export function normaliseWord(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLocaleLowerCase('da');
}

export function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

export function text(
  label: string,
  max: number,
  options: { required?: boolean; emptyAs?: '' | null; asWritten?: boolean } = {},
) {
  return (value: unknown): Parsed<string | null> => {
    if (value === null || value === undefined || value === '') {
      return options.required
        ? fail(`${label} mangler.`)
        : ok(options.emptyAs === undefined ? '' : options.emptyAs);
    }
    if (typeof value !== 'string') return fail(`${label} skal være tekst.`);
    if (!isStorableText(value))
      return fail(`${label} indeholder et tegn, der ikke kan gemmes (et nul-tegn eller ugyldig Unicode).`);
    // Free text (the description) is stored as written; names and short fields lose stray spaces.
    const v = options.asWritten ? value : value.trim();
    if (v === '')
      return options.required
        ? fail(`${label} mangler.`)
        : ok(options.emptyAs === undefined ? '' : options.emptyAs);
    if (v.length > max) return fail(`${label} må højst være ${max} tegn (er ${v.length}).`);
    return ok(v);
  };
}

/** Accept the code (`parents`), the Danish label (`Forældre`) and a few short forms. */
export function choice<T extends string>(
  label: string,
  codes: readonly T[],
  labels: Record<T, string>,
  aliases: Record<string, T> = {},
  emptyAs?: T,
) {
  const words = new Map<string, T>();
  for (const code of codes) {
    words.set(normaliseWord(code), code);
    words.set(normaliseWord(labels[code]), code);
  }
  for (const [alias, code] of Object.entries(aliases)) words.set(normaliseWord(alias), code);
  const allowed = codes.map((c) => labels[c]).join(', ');
  return (value: unknown): Parsed<T> => {
    if (isEmpty(value))
      return emptyAs ? ok(emptyAs) : fail(`${label} mangler. Tilladte værdier: ${allowed}.`);
    const code = typeof value === 'string' ? words.get(normaliseWord(value)) : undefined;
    return code
      ? ok(code)
      : fail(`Ukendt ${label.toLowerCase()} «${String(value)}». Tilladte værdier: ${allowed}.`);
  };
}

export function integer(label: string, min: number, max: number, required: boolean) {
  return (value: unknown): Parsed<number | null> => {
    if (isEmpty(value)) return required ? fail(`${label} mangler.`) : ok(null);
    const n =
      typeof value === 'number'
        ? value
        : typeof value === 'string' && /^\s*\d+\s*$/.test(value)
          ? Number(value)
          : Number.NaN;
    if (!Number.isInteger(n)) return fail(`${label} skal være et helt tal, ikke «${String(value)}».`);
    if (n < min || n > max) return fail(`${label} skal være mellem ${min} og ${max}, ikke ${n}.`);
    return ok(n);
  };
}

const YES = new Set(['ja', 'j', 'x', 'true', '1', 'yes']);
const NO = new Set(['nej', 'n', 'false', '0', 'no']);
export function yesNo(label: string) {
  return (value: unknown): Parsed<boolean> => {
    if (isEmpty(value)) return ok(false);
    if (typeof value === 'boolean') return ok(value);
    const word = typeof value === 'string' || typeof value === 'number' ? normaliseWord(String(value)) : '';
    if (YES.has(word)) return ok(true);
    if (NO.has(word)) return ok(false);
    return fail(`${label} skal være «Ja» eller «Nej», ikke «${String(value)}».`);
  };
}

export const MAX_UNIT_COST = 9_999_999_999.99;

/**
 * A Danish amount: decimal comma, optional thousands dots or spaces: `12.500,50`, `12500,50`,
 * `12 500`, `12500`. A dot is read as a thousands separator only in groups of three, so
 * `12.5` is refused rather than guessed.
 */
export function parseDanishAmount(input: string): Parsed<number> {
  let s = input.trim().replace(/\s*(kr\.?|dkk)$/i, '');
  s = s.replace(/[\s\u00a0\u202f]/g, '');
  const negative = s.startsWith('-');
  if (negative) s = s.slice(1);
  const plain = /^\d+(,\d{1,2})?$/;
  const grouped = /^\d{1,3}(\.\d{3})+(,\d{1,2})?$/;
  if (!plain.test(s) && !grouped.test(s)) {
    return fail(
      `«${input.trim()}» er ikke et beløb. Skriv fx 12500,50 eller 12.500,50 (decimalkomma, højst 2 decimaler).`,
    );
  }
  const value = Number(s.replaceAll('.', '').replace(',', '.'));
  return ok(negative ? -value : value);
}

/** The export's form: decimal comma, no thousands separator, decimals only when there are any. */
export function formatDanishAmount(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(2).replace('.', ',');
}

export function amount(label: string) {
  return (value: unknown): Parsed<number> => {
    if (isEmpty(value)) return fail(`${label} mangler.`);
    let parsed: Parsed<number>;
    if (typeof value === 'number') {
      // 0.1 + 0.2 is not 0.3 in binary: compare cents with a tolerance, then keep exact cents.
      const cents = Math.round(value * 100);
      parsed =
        Number.isFinite(value) && Math.abs(cents - value * 100) < 1e-6
          ? ok(cents / 100)
          : fail(`${label} må højst have 2 decimaler.`);
    } else if (typeof value === 'string') {
      parsed = parseDanishAmount(value);
    } else {
      return fail(`${label} skal være et beløb.`);
    }
    if (!parsed.ok) return parsed;
    if (parsed.value < 0) return fail(`${label} må ikke være negativ (${formatDanishAmount(parsed.value)}).`);
    if (parsed.value > MAX_UNIT_COST) return fail(`${label} er for stor.`);
    return parsed;
  };
}

const icsArea = choice('ICS-område', ICS_AREAS, ICS_AREA_LABELS, {
  udvikling: 'development',
  'barnets udvikling og adfærd': 'development',
  forældre: 'parenting',
  forældreevne: 'parenting',
  familie: 'family_environment',
  'familie og miljø': 'family_environment',
});
export function icsAreas(value: unknown): Parsed<IcsArea[]> {
  if (isEmpty(value)) return ok([]);
  const items = Array.isArray(value)
    ? value
    : typeof value === 'string'
      ? value.split(/[,;]/).filter((s) => s.trim() !== '')
      : null;
  if (!items) return fail('ICS-områder skal være en liste, fx «Barnets udvikling, Forældrekompetencer».');
  const areas: IcsArea[] = [];
  for (const item of items) {
    const area = icsArea(item);
    if (!area.ok) return area;
    areas.push(area.value);
  }
  return ok(ICS_AREAS.filter((a) => areas.includes(a)));
}

export const targetValue = choice('Målgruppe', TARGETS, TARGET_LABELS, {
  barn: 'child',
  'barnet/den unge': 'child',
  'den unge': 'child',
  forældrene: 'parents',
  familie: 'family',
  netværk: 'network',
});
export const settingValue = choice('Ramme', SETTINGS, SETTING_LABELS, {
  hjemme: 'home',
  hjemmet: 'home',
  hverdagsarena: 'everyday',
  hverdagsarenaen: 'everyday',
  dag: 'day',
  dagbehandling: 'day',
  dagtilbud: 'day',
  døgntilbud: 'residential',
});
