import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCsv } from './csv.ts';
import {
  formatDanishAmount,
  OFFER_COLUMNS,
  offersToCsvRows,
  offersToJson,
  parseDanishAmount,
} from './offer-columns.ts';
import { validateOfferCsv, validateOfferJson } from './offer-import.ts';
import {
  COST_UNITS,
  EVIDENCE,
  FORMS,
  ICS_AREAS,
  type Ladder,
  OFFER_STATUSES,
  type Offer,
  SETTINGS,
  TARGETS,
} from './types.ts';

const ladder: Ladder = {
  id: 'v1',
  version: 1,
  createdAt: '2025-01-01T00:00:00.000Z',
  note: null,
  steps: [1, 2, 3, 4, 5, 6].map((position) => ({
    id: `s${position}`,
    position,
    name: `Trin ${position}`,
    category: position <= 3 ? ('preventive' as const) : ('placement' as const),
    track: position <= 2 ? ('early' as const) : position === 3 ? ('family' as const) : ('placement' as const),
  })),
};

const HEADER =
  'Navn;Beskrivelse;Leverandørtype;Leverandør;Trin;Målgruppe;Form;Ramme;Alder fra;Alder til;ICS-områder;' +
  'Typisk varighed (uger);Tidsbegrænset;Evidens;Program;Lovgrundlag;Enhedspris (kr.);Prisenhed;Kapacitet;Status';
const PMTO =
  'PMTO;Forældretræning;Egen enhed;Familiehuset;2;Forældre;Individuel;I hjemmet;3;12;' +
  'Forældrekompetencer, Barnets udvikling;26;Ja;Evidensbaseret program;PMTO;BL § 32;12.500,50;pr. forløb;20;Aktiv';
const csv = (...lines: string[]) => `${lines.join('\r\n')}\r\n`;

describe('validateOfferCsv', () => {
  it('reads an Excel file: Danish headers and labels, decimal comma, BOM, CRLF', () => {
    const result = validateOfferCsv(new TextEncoder().encode(`\uFEFF${csv(HEADER, PMTO)}`), ladder);
    expect(result.errors).toEqual([]);
    expect(result.rows).toEqual([
      {
        line: 2,
        offer: {
          name: 'PMTO',
          description: 'Forældretræning',
          providerKind: 'own',
          providerName: 'Familiehuset',
          stepId: 's2',
          target: 'parents',
          form: 'individual',
          setting: 'home',
          ageMin: 3,
          ageMax: 12,
          icsAreas: ['development', 'parenting'],
          typicalDurationWeeks: 26,
          timeLimited: true,
          evidence: 'evidence_based',
          programme: 'PMTO',
          legalBasis: 'BL § 32',
          unitCost: 12500.5,
          costUnit: 'course',
          capacity: 20,
          status: 'active',
        },
      },
    ]);
  });

  it('accepts codes, short forms, LF and headers in any case and order', () => {
    const text =
      'trin;NAVN;målgruppe;form;ramme;alder fra;alder til;evidens;enhedspris;prisenhed;leverandørtype;leverandør\n' +
      '3;Familiebehandling;familie;individual;hjemme;0;17;ingen;12500;måned;ekstern;Privat ApS\n';
    const result = validateOfferCsv(text, ladder);
    expect(result.errors).toEqual([]);
    expect(result.rows[0]?.offer).toEqual({
      name: 'Familiebehandling',
      stepId: 's3',
      target: 'family',
      form: 'individual',
      setting: 'home',
      ageMin: 0,
      ageMax: 17,
      evidence: 'none',
      unitCost: 12500,
      costUnit: 'month',
      providerKind: 'external',
      providerName: 'Privat ApS',
    });
  });

  it('leaves optional columns that are not in the file unset, so stored values are kept', () => {
    const result = validateOfferCsv(
      csv(
        'Navn;Leverandørtype;Leverandør;Trin;Målgruppe;Form;Ramme;Alder fra;Alder til;Evidens;Enhedspris (kr.);Prisenhed',
        'A;Ekstern;X;1;Barnet;Gruppe;Døgn;0;5;Dokumenteret;0;pr. måned',
      ),
      ladder,
    );
    expect(Object.keys(result.rows[0]?.offer ?? {})).not.toContain('status');
  });

  type Case = [string, string, { line: number; column: string | null; message: RegExp }];
  const cases: Case[] = [
    [
      'unknown step',
      PMTO.replace(';2;Forældre', ';9;Forældre'),
      { line: 2, column: 'Trin', message: /Trin «9» findes ikke.*1–6/ },
    ],
    [
      'negative cost',
      PMTO.replace('12.500,50', '-500'),
      { line: 2, column: 'Enhedspris (kr.)', message: /ikke være negativ/ },
    ],
    [
      'a cost in English form',
      PMTO.replace('12.500,50', '12500.5'),
      { line: 2, column: 'Enhedspris (kr.)', message: /ikke et beløb/ },
    ],
    [
      'age from above age to',
      PMTO.replace(';3;12;', ';13;12;'),
      { line: 2, column: 'Alder fra', message: /ikke være større/ },
    ],
    [
      'an unknown target',
      PMTO.replace('Forældre;', 'Bedsteforældre;'),
      { line: 2, column: 'Målgruppe', message: /Ukendt målgruppe «Bedsteforældre».*Forældre/ },
    ],
    ['a missing name', PMTO.replace(/^PMTO/, ''), { line: 2, column: 'Navn', message: /Navn mangler/ }],
    [
      'an evidence-based programme without a name',
      PMTO.replace(';PMTO;BL', ';;BL'),
      { line: 2, column: 'Program', message: /programmets navn/ },
    ],
    [
      'a cell outside the header',
      `${PMTO};ekstra`,
      { line: 2, column: null, message: /ingen kolonneoverskrift/ },
    ],
  ];
  it.each(cases)('reports %s with line and column', (_, line, expected) => {
    const result = validateOfferCsv(csv(HEADER, line), ladder);
    expect(result.rows).toEqual([]);
    expect(result.errors).toEqual([{ ...expected, message: expect.stringMatching(expected.message) }]);
  });

  it('reports names that occur twice on the later line', () => {
    const result = validateOfferCsv(csv(HEADER, PMTO, PMTO.replace('Forældretræning', 'igen')), ladder);
    expect(result.errors).toEqual([
      {
        line: 3,
        column: 'Navn',
        message: 'Navnet «PMTO» står også på linje 2. Hvert tilbud må kun stå én gang.',
      },
    ]);
  });

  it('names a missing required column once, not on every line', () => {
    const result = validateOfferCsv(
      csv(HEADER.replace(';Målgruppe', ''), PMTO.replace(';Forældre', ''), PMTO.replace(';Forældre', '')),
      ladder,
    );
    expect(result.errors).toEqual([
      { line: 1, column: 'Målgruppe', message: 'Kolonnen «Målgruppe» mangler i overskriften.' },
    ]);
  });

  it('refuses unknown and doubled columns and hints at the wrong separator', () => {
    expect(validateOfferCsv(csv(`${HEADER};Noter`), ladder).errors[0]).toMatchObject({ column: 'Noter' });
    expect(validateOfferCsv(csv(`${HEADER};navn`), ladder).errors[0]?.message).toMatch(/to gange/);
    expect(validateOfferCsv(csv(HEADER.replaceAll(';', ',')), ladder).errors[0]?.message).toMatch(
      /semikolon/,
    );
  });

  it('refuses a file that is not UTF-8 (Windows-1252 from Excel) on line 1', () => {
    const latin1 = Buffer.from(csv(HEADER, PMTO), 'latin1');
    expect(validateOfferCsv(latin1, ladder).errors).toEqual([
      { line: 1, column: null, message: expect.stringMatching(/^Filen er ikke gyldig UTF-8/) },
    ]);
  });

  it('refuses an empty file and an unclosed quote', () => {
    expect(validateOfferCsv('', ladder).errors[0]?.message).toMatch(/Filen er tom/);
    expect(validateOfferCsv(csv(HEADER, `"${PMTO}`), ladder).errors[0]).toMatchObject({ line: 2 });
  });

  it('skips rows of only semicolons and reports the rest by Excel row', () => {
    const result = validateOfferCsv(csv(HEADER, ';;;;', '', PMTO.replace(';2;', ';0;')), ladder);
    expect(result.errors).toMatchObject([{ line: 4, column: 'Trin' }]);
  });

  it('refuses a NUL byte in a text cell with its line and column, as PostgreSQL cannot store it', () => {
    const result = validateOfferCsv(csv(HEADER, PMTO.replace('Familiehuset', 'Familie\u0000huset')), ladder);
    expect(result.rows).toEqual([]);
    expect(result.errors).toEqual([
      {
        line: 2,
        column: 'Leverandør',
        message: 'Leverandør indeholder et tegn, der ikke kan gemmes (et nul-tegn eller ugyldig Unicode).',
      },
    ]);
  });

  it('caps a long list of errors', () => {
    const lines = Array.from({ length: 300 }, (_, i) =>
      PMTO.replace('PMTO;', `T${i};`).replace(';2;', ';99;'),
    );
    const result = validateOfferCsv(csv(HEADER, ...lines), ladder);
    expect(result.errors).toHaveLength(201);
    expect(result.errors[200]?.message).toMatch(/Yderligere 100 fejl/);
  });
});

describe('validateOfferJson', () => {
  const base = {
    name: 'PMTO',
    providerKind: 'own',
    providerName: 'Familiehuset',
    step: 2,
    target: 'parents',
    form: 'individual',
    setting: 'home',
    ageMin: 3,
    ageMax: 12,
    evidence: 'evidence_based',
    programme: 'PMTO',
    unitCost: 12500.5,
    costUnit: 'course',
  };

  it('reads an array of objects with codes (and Danish labels)', () => {
    const result = validateOfferJson(
      JSON.stringify([base, { ...base, name: 'B', target: 'Forældre', unitCost: '1.000,25' }]),
      ladder,
    );
    expect(result.errors).toEqual([]);
    expect(result.rows.map((r) => [r.line, r.offer.stepId, r.offer.target, r.offer.unitCost])).toEqual([
      [1, 's2', 'parents', 12500.5],
      [2, 's2', 'parents', 1000.25],
    ]);
  });

  it('reports by 1-based array index and key', () => {
    const result = validateOfferJson(
      JSON.stringify([
        base,
        { ...base, name: 'B', unitCost: -1, colour: 'rød' },
        { ...base, name: 'C', step: undefined },
        7,
      ]),
      ladder,
    );
    expect(result.errors).toEqual([
      { line: 2, column: 'colour', message: 'Ukendt felt «colour».' },
      { line: 2, column: 'unitCost', message: expect.stringMatching(/negativ/) },
      { line: 3, column: 'step', message: 'Feltet «step» mangler.' },
      { line: 4, column: null, message: expect.stringMatching(/objekt/) },
    ]);
  });

  it('refuses a NUL byte or a lone surrogate in a text value with its index and key', () => {
    const text = `[${JSON.stringify({ ...base, name: 'A\u0000' })},${JSON.stringify({ ...base, name: 'B', description: 'x\ud800' })}]`;
    const result = validateOfferJson(text, ladder);
    expect(result.errors.map((e) => [e.line, e.column])).toEqual([
      [1, 'name'],
      [2, 'description'],
    ]);
    expect(result.errors[0]?.message).toMatch(/ikke kan gemmes/);
  });

  it('refuses what is not JSON or not an array', () => {
    expect(validateOfferJson('{', ladder).errors[0]?.message).toMatch(/ikke gyldig JSON/);
    expect(validateOfferJson('{"offers":[]}', ladder).errors[0]?.message).toMatch(/JSON-liste/);
  });
});

describe('Danish amounts', () => {
  it.each([
    ['12.500,50', 12500.5],
    ['12500,50', 12500.5],
    ['12 500', 12500],
    ['1.234.567', 1234567],
    ['0,5', 0.5],
    ['950 kr.', 950],
  ])('%s = %d', (text, value) => {
    expect(parseDanishAmount(text)).toEqual({ ok: true, value });
  });
  it.each(['12.5', '1,234', '12,505', 'abc', '1.23,4'])('refuses %s', (text) => {
    expect(parseDanishAmount(text).ok).toBe(false);
  });
});

/** Any offer the database can hold. */
const offerArb: fc.Arbitrary<Offer> = fc
  .record({
    id: fc.uuid(),
    name: fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim() === s && s !== ''),
    description: fc.string({ maxLength: 60 }),
    providerKind: fc.constantFrom('own' as const, 'external' as const),
    providerName: fc.constantFrom('Familiehuset', '=HYPERLINK("http://x","klik")', 'A; "B"'),
    stepId: fc.constantFrom(...ladder.steps.map((s) => s.id)),
    target: fc.constantFrom(...TARGETS),
    form: fc.constantFrom(...FORMS),
    setting: fc.constantFrom(...SETTINGS),
    ageMin: fc.integer({ min: 0, max: 11 }),
    ageMax: fc.integer({ min: 11, max: 22 }),
    icsAreas: fc.subarray([...ICS_AREAS]),
    typicalDurationWeeks: fc.option(fc.integer({ min: 1, max: 520 })),
    timeLimited: fc.boolean(),
    specialised: fc.boolean(),
    evidence: fc.constantFrom(...EVIDENCE),
    programme: fc.option(fc.constantFrom('PMTO', 'De Utrolige År', '-minus')),
    legalBasis: fc.constantFrom('', 'BL § 32, stk. 1', '+BL'),
    unitCost: fc.integer({ min: 0, max: 99_999_999 }).map((c) => c / 100),
    costUnit: fc.constantFrom(...COST_UNITS),
    capacity: fc.option(fc.integer({ min: 0, max: 500 })),
    status: fc.constantFrom(...OFFER_STATUSES),
    illustrative: fc.boolean(),
  })
  .filter((o) => o.evidence !== 'evidence_based' || o.programme !== null);

describe('export → import round trip', () => {
  const withoutId = ({ id: _id, ...fields }: Offer) => fields;
  const names = (offers: Offer[]) => new Set(offers.map((o) => o.name)).size === offers.length;

  it('CSV gives back every field of every offer (property)', () => {
    fc.assert(
      fc.property(fc.array(offerArb, { maxLength: 5 }).filter(names), (offers) => {
        const text = formatCsv(offersToCsvRows(offers, ladder));
        const result = validateOfferCsv(new TextEncoder().encode(text), ladder);
        expect(result.errors).toEqual([]);
        const byName = new Map(result.rows.map((r) => [r.offer.name, r.offer]));
        for (const o of offers) expect(byName.get(o.name)).toEqual(withoutId(o));
      }),
      { numRuns: 200 },
    );
  });

  it('JSON gives back every field of every offer (property)', () => {
    fc.assert(
      fc.property(fc.array(offerArb, { maxLength: 5 }).filter(names), (offers) => {
        const result = validateOfferJson(JSON.stringify(offersToJson(offers, ladder)), ladder);
        expect(result.errors).toEqual([]);
        const byName = new Map(result.rows.map((r) => [r.offer.name, r.offer]));
        for (const o of offers) expect(byName.get(o.name)).toEqual(withoutId(o));
      }),
      { numRuns: 200 },
    );
  });

  it('writes the amount with a decimal comma and every column header', () => {
    expect(formatDanishAmount(12500.5)).toBe('12500,50');
    expect(formatDanishAmount(950)).toBe('950');
    expect(offersToCsvRows([], ladder)[0]).toEqual(OFFER_COLUMNS.map((c) => c.header));
  });
});

describe('the examples in docs/catalog.md', () => {
  const doc = readFileSync(new URL('../../../docs/catalog.md', import.meta.url), 'utf8');
  const blocks = [...doc.matchAll(/```(\w*)\n([\s\S]*?)```/g)].map((m) => ({
    lang: m[1],
    text: m[2] as string,
  }));

  it('the CSV example imports cleanly', () => {
    const example = blocks.find((b) => b.lang === '' && b.text.startsWith('Navn;')) as { text: string };
    const result = validateOfferCsv(example.text, ladder);
    expect(result.errors).toEqual([]);
    expect(result.rows.map((r) => [r.offer.name, r.offer.stepId, r.offer.unitCost])).toEqual([
      ['De Utrolige År', 's2', 12500.5],
      ['MST', 's3', 38000],
    ]);
  });

  it('the JSON example imports cleanly', () => {
    const example = blocks.find((b) => b.lang === 'json' && b.text.trimStart().startsWith('[')) as {
      text: string;
    };
    const result = validateOfferJson(example.text, ladder);
    expect(result.errors).toEqual([]);
    expect(result.rows[0]?.offer).toMatchObject({
      name: 'De Utrolige År',
      stepId: 's2',
      illustrative: false,
    });
  });
});
