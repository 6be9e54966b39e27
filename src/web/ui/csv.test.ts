import { describe, expect, it } from 'vitest';
import { toCsv } from './csv.ts';

describe('toCsv', () => {
  it('writes what Danish Excel expects', () => {
    const csv = toCsv(
      ['Navn', 'Beløb'],
      [
        ['Åse "Bø"', '12,5'],
        ['=SUM(A1)', null],
      ],
    );
    expect(csv).toBe('\uFEFFNavn;Beløb\r\n"Åse ""Bø""";12,5\r\n\'=SUM(A1);\r\n');
  });
});
