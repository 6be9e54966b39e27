/**
 * CSV as Excel in Denmark reads and writes it: `;` between cells (the comma is the decimal
 * mark), RFC 4180 quoting (a cell with `;`, `"`, CR or LF is quoted, `"` doubled), CRLF line
 * ends, UTF-8 with a byte order mark so Excel does not guess Windows-1252. No I/O.
 */

export const CSV_DELIMITER = ';';
export const BOM = '\uFEFF';

export class CsvSyntaxError extends Error {
  /** 1-based record number (the row Excel shows), where the broken record starts */
  readonly line: number;
  constructor(line: number, message: string) {
    super(message);
    this.line = line;
  }
}

/**
 * Formula injection (OWASP "CSV Injection"): a spreadsheet runs a cell that starts with one of
 * these as a formula. A cell that already starts with `'` followed by one is included, so that
 * neutralising and restoring are exact inverses (a literal `'=x` survives a round trip).
 */
const FORMULA_START = /^'*[=+\-@\t\r]/;

/** Prefix `'` to a cell a spreadsheet would run as a formula. */
export function neutraliseFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** Undo `neutraliseFormula`: drop the one `'` it added. */
export function restoreFormula(cell: string): string {
  return cell.startsWith("'") && FORMULA_START.test(cell) ? cell.slice(1) : cell;
}

export interface FormatOptions {
  /** prefix `'` to cells that would run as formulas (default true: files leave for Excel) */
  neutraliseFormulas?: boolean;
  /** start with a byte order mark (default true) */
  bom?: boolean;
}

function formatCell(cell: string): string {
  return /[";\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

/** Rows of cells to CSV text: `;`, CRLF after every record, BOM first. */
export function formatCsv(rows: readonly (readonly string[])[], options: FormatOptions = {}): string {
  const neutralise = options.neutraliseFormulas ?? true;
  const lines = rows.map((row) => {
    // A record of one empty cell would be an empty line, which readers skip: quote it.
    if (row.length === 1 && row[0] === '') return '""';
    return row.map((cell) => formatCell(neutralise ? neutraliseFormula(cell) : cell)).join(CSV_DELIMITER);
  });
  return `${options.bom === false ? '' : BOM}${lines.map((l) => `${l}\r\n`).join('')}`;
}

export interface ParseOptions {
  /** remove the `'` that `formatCsv` put before formula-like cells (default true) */
  restoreFormulas?: boolean;
}

export interface CsvRecord {
  /** the row Excel shows for this record (1-based; empty lines count, breaks inside a quoted cell do not) */
  line: number;
  cells: string[];
}

/**
 * CSV text to records of cells. Accepts a BOM, CRLF, LF or CR line ends, quoted cells with
 * `;`, `""` and line breaks inside. Empty lines are skipped (but counted). A `"` inside an
 * unquoted cell is kept as written (as Excel does); a quote that is never closed is an error.
 */
export function parseCsv(text: string, options: ParseOptions = {}): CsvRecord[] {
  const restore = options.restoreFormulas ?? true;
  const src = text.startsWith(BOM) ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  let line = 1;
  let cells: string[] = [];
  let cell = '';
  // A record that holds nothing at all (an empty line) is dropped; `""` is a record of one empty cell.
  let hasContent = false;
  let i = 0;
  const finishCell = () => {
    cells.push(restore ? restoreFormula(cell) : cell);
    cell = '';
  };
  const finishRecord = () => {
    finishCell();
    if (hasContent) records.push({ line, cells });
    cells = [];
    hasContent = false;
    line += 1;
  };
  while (i < src.length) {
    const c = src[i] as string;
    if (c === '"' && cell === '') {
      // A quoted cell runs to the next lone quote.
      hasContent = true;
      i += 1;
      for (;;) {
        if (i >= src.length) {
          throw new CsvSyntaxError(line, 'Et felt i anførselstegn (") bliver aldrig afsluttet.');
        }
        const d = src[i] as string;
        if (d === '"') {
          if (src[i + 1] === '"') {
            cell += '"';
            i += 2;
            continue;
          }
          i += 1;
          break;
        }
        cell += d;
        i += 1;
      }
      // Text after the closing quote (`"a"b`) is kept, as Excel does.
      while (i < src.length && src[i] !== CSV_DELIMITER && src[i] !== '\r' && src[i] !== '\n') {
        cell += src[i];
        i += 1;
      }
      continue;
    }
    if (c === CSV_DELIMITER) {
      hasContent = true;
      finishCell();
      i += 1;
      continue;
    }
    if (c === '\r' || c === '\n') {
      finishRecord();
      i += c === '\r' && src[i + 1] === '\n' ? 2 : 1;
      continue;
    }
    hasContent = true;
    cell += c;
    i += 1;
  }
  if (hasContent) finishRecord();
  return records;
}
