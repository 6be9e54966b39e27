import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BOM, CsvSyntaxError, formatCsv, neutraliseFormula, parseCsv, restoreFormula } from './csv.ts';

const cells = (text: string) => parseCsv(text).map((r) => r.cells);

describe('parseCsv', () => {
  it('reads semicolons, a BOM and CRLF as Excel writes them', () => {
    expect(cells(`${BOM}Navn;Pris\r\nPMTO;12.500,50\r\n`)).toEqual([
      ['Navn', 'Pris'],
      ['PMTO', '12.500,50'],
    ]);
  });

  it('reads LF and CR line ends and a last line without an ending', () => {
    expect(cells('a;b\nc;d')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(cells('a;b\rc;d\r')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });

  it('reads quoted cells with semicolons, doubled quotes and line breaks', () => {
    const records = parseCsv('"a;b";"sagde ""hej""";"to\r\nlinjer"\r\nnæste;;\r\n');
    expect(records).toEqual([
      { line: 1, cells: ['a;b', 'sagde "hej"', 'to\r\nlinjer'] },
      { line: 2, cells: ['næste', '', ''] },
    ]);
  });

  it('skips empty lines but counts them, as Excel numbers rows', () => {
    expect(parseCsv('a\r\n\r\nb\r\n')).toEqual([
      { line: 1, cells: ['a'] },
      { line: 3, cells: ['b'] },
    ]);
  });

  it('keeps a quote inside an unquoted cell, as Excel does', () => {
    expect(cells('12" skærm;x')).toEqual([['12" skærm', 'x']]);
  });

  it('refuses a quote that is never closed, naming the record', () => {
    expect(() => parseCsv('a;b\r\n"åben;c\r\n')).toThrow(CsvSyntaxError);
    try {
      parseCsv('a;b\r\n"åben;c\r\n');
    } catch (error) {
      expect((error as CsvSyntaxError).line).toBe(2);
    }
  });
});

describe('formatCsv', () => {
  it('writes a BOM, semicolons, CRLF and quotes only where needed', () => {
    expect(
      formatCsv([
        ['Navn', 'Note'],
        ['a;b', 'sagde "hej"'],
        ['to\nlinjer', 'enkel'],
      ]),
    ).toBe(`${BOM}Navn;Note\r\n"a;b";"sagde ""hej"""\r\n"to\nlinjer";enkel\r\n`);
  });

  it('neutralises formulas (OWASP): = + - @ tab CR get a leading apostrophe', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) {
      expect(neutraliseFormula(`${start}1+1`)).toBe(`'${start}1+1`);
    }
    expect(formatCsv([['=HYPERLINK("http://x","klik")']], { bom: false })).toBe(
      `"'=HYPERLINK(""http://x"",""klik"")"\r\n`,
    );
    expect(neutraliseFormula('PMTO')).toBe('PMTO');
    expect(neutraliseFormula("'tekst")).toBe("'tekst");
  });

  it('restores exactly what it neutralised, also a literal leading apostrophe', () => {
    for (const cell of ['=1', "'=1", "''=1", "'tekst", '-5', 'a=b']) {
      expect(restoreFormula(neutraliseFormula(cell))).toBe(cell);
    }
  });
});

describe('round trip', () => {
  const cell = fc.string({
    unit: fc.constantFrom('a', 'æ', ';', '"', "'", '=', '-', '+', '@', '\t', '\r', '\n', ' ', 'Ø'),
  });
  const anyCell = fc.oneof(cell, fc.string({ unit: 'grapheme' }));
  const table = fc.array(fc.array(anyCell, { minLength: 1, maxLength: 6 }), { maxLength: 8 });

  it('parse(format(rows)) = rows, with formula neutralisation', () => {
    fc.assert(
      fc.property(table, (rows) => {
        expect(cells(formatCsv(rows))).toEqual(rows);
      }),
      { numRuns: 500 },
    );
  });

  it('parse(format(rows)) = rows, without neutralisation or BOM', () => {
    fc.assert(
      fc.property(table, (rows) => {
        const text = formatCsv(rows, { neutraliseFormulas: false, bom: false });
        expect(parseCsv(text, { restoreFormulas: false }).map((r) => r.cells)).toEqual(rows);
      }),
      { numRuns: 500 },
    );
  });

  it('never leaves a formula-like cell for the spreadsheet', () => {
    fc.assert(
      fc.property(table, (rows) => {
        const text = formatCsv(rows, { bom: false });
        for (const record of parseCsv(text, { restoreFormulas: false })) {
          for (const c of record.cells) expect(c).not.toMatch(/^[=+\-@\t\r]/);
        }
      }),
      { numRuns: 300 },
    );
  });
});
