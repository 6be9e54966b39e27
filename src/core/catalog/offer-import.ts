import { CsvSyntaxError, parseCsv } from './csv.ts';
import {
  type ColumnContext,
  checkOfferRules,
  columnOfField,
  normaliseWord,
  OFFER_COLUMNS,
  type OfferColumn,
  type OfferImportFields,
} from './offer-columns.ts';
import type { Ladder } from './types.ts';

/**
 * Reading a catalog file (CSV or JSON) into offers, without touching the database. The whole
 * file is checked and every problem is reported with its line and column in Danish, so a
 * municipality can fix its spreadsheet in one go; the server writes nothing unless there are
 * none. CSV lines are the rows Excel shows (the header is line 1); JSON lines are the 1-based
 * index in the array.
 */

export interface ImportError {
  line: number;
  /** the column's Danish header (CSV) or key (JSON); null when the whole line or file is meant */
  column: string | null;
  message: string;
}

export interface ImportRow {
  line: number;
  offer: OfferImportFields;
}

export interface ImportValidation {
  rows: ImportRow[];
  errors: ImportError[];
}

/** A long list of errors helps nobody: the first ones show what is wrong with the file. */
export const MAX_REPORTED_ERRORS = 200;

function limited(errors: ImportError[]): ImportError[] {
  if (errors.length <= MAX_REPORTED_ERRORS) return errors;
  const rest = errors.length - MAX_REPORTED_ERRORS;
  const next = errors[MAX_REPORTED_ERRORS] as ImportError;
  return [
    ...errors.slice(0, MAX_REPORTED_ERRORS),
    {
      line: next.line,
      column: null,
      message: `Yderligere ${rest} fejl er ikke vist. Ret de første, og prøv igen.`,
    },
  ];
}

const fileError = (message: string): ImportValidation => ({
  rows: [],
  errors: [{ line: 1, column: null, message }],
});

/** Strict UTF-8: a file saved as Windows-1252 ("CSV (semikolonsepareret)") is refused, not garbled. */
export function decodeUtf8(bytes: Uint8Array): { ok: true; text: string } | { ok: false; message: string } {
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return {
      ok: false,
      message:
        'Filen er ikke gyldig UTF-8. Gem den i Excel som «CSV UTF-8 (kommasepareret) (*.csv)», eller vælg tegnsæt UTF-8, og prøv igen.',
    };
  }
}

function textOf(input: Uint8Array | string): { ok: true; text: string } | { ok: false; message: string } {
  return typeof input === 'string' ? { ok: true, text: input } : decodeUtf8(input);
}

/** Cross-field rules and names seen twice, shared by the CSV and JSON readers. */
class RowCollector {
  readonly rows: ImportRow[] = [];
  readonly errors: ImportError[] = [];
  private readonly names = new Map<string, number>();
  constructor(private readonly columnName: (column: OfferColumn) => string) {}

  add(line: number, offer: Partial<OfferImportFields>, lineErrors: ImportError[]) {
    for (const e of checkOfferRules(offer)) {
      lineErrors.push({ line, column: this.columnName(columnOfField(e.field)), message: e.message });
    }
    if (offer.name !== undefined) {
      const earlier = this.names.get(offer.name);
      if (earlier !== undefined) {
        lineErrors.push({
          line,
          column: this.columnName(columnOfField('name')),
          message: `Navnet «${offer.name}» står også på linje ${earlier}. Hvert tilbud må kun stå én gang.`,
        });
      } else {
        this.names.set(offer.name, line);
      }
    }
    if (lineErrors.length > 0) this.errors.push(...lineErrors);
    else this.rows.push({ line, offer: offer as OfferImportFields });
  }

  result(): ImportValidation {
    return this.errors.length > 0
      ? { rows: [], errors: limited(this.errors) }
      : { rows: this.rows, errors: [] };
  }
}

function setField(offer: Partial<OfferImportFields>, column: OfferColumn, value: unknown) {
  if (column.field !== null && value !== undefined) (offer as Record<string, unknown>)[column.field] = value;
}

const HEADERS = new Map<string, OfferColumn>();
for (const column of OFFER_COLUMNS) {
  for (const h of [column.header, ...(column.aliases ?? [])]) HEADERS.set(normaliseWord(h), column);
}

/** Match the header row to columns; problems are reported against the header's line. */
function readHeader(cells: string[], line: number) {
  const errors: ImportError[] = [];
  const byIndex: (OfferColumn | null)[] = [];
  const seen = new Set<OfferColumn>();
  if (cells.length === 1 && /[,\t]/.test(cells[0] ?? '')) {
    errors.push({
      line,
      column: null,
      message:
        'Kolonnerne skal være adskilt af semikolon (;), som Excel gør med danske indstillinger. Filen ser ud til at bruge komma eller tabulator.',
    });
    return { errors, byIndex };
  }
  for (const cell of cells) {
    const name = cell.trim();
    if (name === '') {
      byIndex.push(null);
      continue;
    }
    const column = HEADERS.get(normaliseWord(name));
    if (!column) {
      errors.push({
        line,
        column: name,
        message: `Ukendt kolonne «${name}». Se kolonnerne i docs/catalog.md.`,
      });
      byIndex.push(null);
    } else if (seen.has(column)) {
      errors.push({ line, column: column.header, message: `Kolonnen «${column.header}» står to gange.` });
      byIndex.push(null);
    } else {
      seen.add(column);
      byIndex.push(column);
    }
  }
  for (const column of OFFER_COLUMNS) {
    if (column.required && !seen.has(column)) {
      errors.push({
        line,
        column: column.header,
        message: `Kolonnen «${column.header}» mangler i overskriften.`,
      });
    }
  }
  return { errors, byIndex };
}

/** A CSV file (bytes as uploaded, or text) → offers to import, or every problem found. */
export function validateOfferCsv(input: Uint8Array | string, ladder: Ladder): ImportValidation {
  const decoded = textOf(input);
  if (!decoded.ok) return fileError(decoded.message);
  let records: ReturnType<typeof parseCsv>;
  try {
    records = parseCsv(decoded.text);
  } catch (error) {
    if (error instanceof CsvSyntaxError) {
      return { rows: [], errors: [{ line: error.line, column: null, message: error.message }] };
    }
    throw error;
  }
  const [header, ...data] = records;
  if (!header)
    return fileError('Filen er tom. Den første linje skal være overskrifterne, fx «Navn;Beskrivelse;…».');
  const { errors: headerErrors, byIndex } = readHeader(header.cells, header.line);
  if (headerErrors.length > 0) return { rows: [], errors: headerErrors };

  const ctx: ColumnContext = { ladder };
  const collector = new RowCollector((c) => c.header);
  for (const record of data) {
    // Excel writes rows of only semicolons for rows that were once used: skip them.
    if (record.cells.every((c) => c.trim() === '')) continue;
    const { line, cells } = record;
    const lineErrors: ImportError[] = [];
    const offer: Partial<OfferImportFields> = {};
    cells.forEach((cell, index) => {
      if (index >= byIndex.length || byIndex[index] === null) {
        if (cell.trim() !== '') {
          lineErrors.push({
            line,
            column: null,
            message: `Felt nr. ${index + 1} («${cell.trim().slice(0, 40)}») har ingen kolonneoverskrift.`,
          });
        }
      }
    });
    byIndex.forEach((column, index) => {
      if (!column) return;
      const parsed = column.parse(cells[index] ?? '', ctx);
      if (parsed.ok) setField(offer, column, parsed.value);
      else lineErrors.push({ line, column: column.header, message: parsed.message });
    });
    collector.add(line, offer, lineErrors);
  }
  return collector.result();
}

const KEYS = new Map(OFFER_COLUMNS.map((c) => [c.key, c]));

/** A JSON file: an array of objects with the keys of docs/catalog.md (English, like the API). */
export function validateOfferJson(input: Uint8Array | string, ladder: Ladder): ImportValidation {
  const decoded = textOf(input);
  if (!decoded.ok) return fileError(decoded.message);
  let data: unknown;
  try {
    data = JSON.parse(decoded.text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return fileError(`Filen er ikke gyldig JSON: ${(error as Error).message}`);
  }
  if (!Array.isArray(data))
    return fileError('Filen skal indeholde en JSON-liste ([ … ]) med ét objekt for hvert tilbud.');

  const ctx: ColumnContext = { ladder };
  const collector = new RowCollector((c) => c.key);
  data.forEach((item: unknown, index) => {
    const line = index + 1;
    if (item === null || typeof item !== 'object' || Array.isArray(item)) {
      collector.add(line, {}, [
        { line, column: null, message: 'Hvert element skal være et objekt ({ … }) med et tilbud.' },
      ]);
      return;
    }
    const lineErrors: ImportError[] = [];
    const offer: Partial<OfferImportFields> = {};
    const record = item as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      if (!KEYS.has(key)) lineErrors.push({ line, column: key, message: `Ukendt felt «${key}».` });
    }
    for (const column of OFFER_COLUMNS) {
      if (!(column.key in record)) {
        if (column.required)
          lineErrors.push({ line, column: column.key, message: `Feltet «${column.key}» mangler.` });
        continue;
      }
      const parsed = column.parse(record[column.key], ctx);
      if (parsed.ok) setField(offer, column, parsed.value);
      else lineErrors.push({ line, column: column.key, message: parsed.message });
    }
    collector.add(line, offer, lineErrors);
  });
  return collector.result();
}
