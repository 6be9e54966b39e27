import { z } from 'zod';
import { isStorableText, UNSTORABLE_TEXT_MESSAGE } from '../text.ts';

export { isStorableText, UNSTORABLE_TEXT_MESSAGE };

/**
 * The value types of the API's edge. Every request schema (path, query string and body) is built
 * from these, so a value that passes validation can also be stored and computed with: before,
 * a NUL byte, a lone surrogate, year 0000 or 2^31 passed the schemas and failed in PostgreSQL or in
 * date arithmetic as a 500 (issue #10, item 11). Now each is a 400 `invalid_input` in Danish.
 */

/**
 * Any string from a client. The base of every other string type here; use it for strings that are
 * neither ids, dates nor codes, trimmed or not as the field needs (`Text.trim().max(100)`).
 */
export const Text = z.string().refine(isStorableText, { message: UNSTORABLE_TEXT_MESSAGE, abort: true });

/** Trimmed text that must say something, e.g. `text(2000, 'Begrundelsen')`. */
export const text = (max: number, what: string) =>
  Text.trim()
    .min(1, { message: `${what} må ikke være tom.` })
    .max(max, { message: `${what} må højst være ${max} tegn.` });

/** Free text kept as written (not trimmed) that may be empty: notes, descriptions. */
export const freeText = (max: number, what = 'Teksten') =>
  Text.max(max, { message: `${what} må højst være ${max} tegn.` });

/**
 * An id (a UUID). Upper case is accepted and made lower case here, so a use case, a comparison in
 * code and the audit log always see the one canonical form (issue #10, item 2).
 */
export const idWith = (message: string) => z.uuid({ message }).toLowerCase();
export const Id = idWith('Ugyldigt id.');

export const IdempotencyKey = z.string().regex(/^[A-Za-z0-9_-]{8,100}$/, {
  message: 'Idempotensnøglen skal være 8–100 tegn: bogstaver, tal, - og _.',
});

/**
 * The years a date may have. Wide enough for any birth date and any deadline, narrow enough that
 * period arithmetic (a month back, a year on) never leaves the calendar PostgreSQL and JavaScript
 * share: there is no year 0, and year 1 minus a month is before it.
 */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2200;
const YEAR_MESSAGE = `Årstallet skal være mellem ${MIN_YEAR} og ${MAX_YEAR}.`;

const yearInRange = (text: string) => {
  const year = Number(text.slice(0, 4));
  return year >= MIN_YEAR && year <= MAX_YEAR;
};

/** A real calendar date, YYYY-MM-DD (not 2026-02-30), in MIN_YEAR–MAX_YEAR. */
export const CalendarDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'Datoen skal skrives ÅÅÅÅ-MM-DD.', abort: true })
  .refine(
    (d) => {
      const t = new Date(`${d}T00:00:00Z`);
      return !Number.isNaN(t.getTime()) && t.toISOString().slice(0, 10) === d;
    },
    { message: 'Datoen findes ikke.', abort: true },
  )
  .refine(yearInRange, { message: YEAR_MESSAGE });

/** A month, YYYY-MM, in MIN_YEAR–MAX_YEAR. */
export const CalendarMonth = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'Måneden skal skrives ÅÅÅÅ-MM.', abort: true })
  .refine(yearInRange, { message: YEAR_MESSAGE });

/** An instant, ISO 8601 with its offset, in MIN_YEAR–MAX_YEAR. */
export const Instant = z.iso
  .datetime({ offset: true, message: 'Tidspunktet skal være ISO 8601 med tidszone.', abort: true })
  .refine(yearInRange, { message: YEAR_MESSAGE });

/** The largest value of a PostgreSQL `integer` column. */
export const INT4_MAX = 2_147_483_647;

/** A whole number for an `integer` column, from `min` up to `max` (at most INT4_MAX). */
export const int4 = (what: string, min = 0, max = INT4_MAX) => {
  const range = `${what} skal være et helt tal fra ${min} til ${max}.`;
  return z
    .number({ message: range })
    .int({ message: range, abort: true })
    .min(min, { message: range, abort: true })
    .max(Math.min(max, INT4_MAX), { message: range });
};

/** The version of an editable record a save names (optimistic locking; an `integer` column). */
export const Version = int4('Versionen', 1);
