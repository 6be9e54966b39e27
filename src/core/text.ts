/**
 * What PostgreSQL can store of a string. U+0000 cannot be in a text value at all, and jsonb
 * refuses a lone UTF-16 surrogate (in text it would silently become U+FFFD): a client's string
 * with either is refused where it enters — the API's schemas (src/core/api/types.ts), the catalog
 * import, attachment names — rather than failing in the database as a 500.
 */

// biome-ignore lint/suspicious/noControlCharactersInRegex: U+0000 is what it refuses
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Can PostgreSQL store this string as given, in text and in jsonb? */
export function isStorableText(text: string): boolean {
  return !UNSTORABLE.test(text);
}

export const UNSTORABLE_TEXT_MESSAGE =
  'Teksten indeholder et tegn, der ikke kan gemmes (et nul-tegn eller ugyldig Unicode).';
