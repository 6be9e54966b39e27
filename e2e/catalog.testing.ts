import type { Page } from 'playwright-core';

/**
 * Test data for the catalog in the browser: offers as the CSV file an admin would save from
 * Excel (semicolons, Danish headers and values, docs/catalog.md), and small page helpers.
 */

export const CSV_HEADER = [
  'Navn',
  'Beskrivelse',
  'Leverandørtype',
  'Leverandør',
  'Trin',
  'Målgruppe',
  'Form',
  'Ramme',
  'Alder fra',
  'Alder til',
  'ICS-områder',
  'Typisk varighed (uger)',
  'Tidsbegrænset',
  'Evidens',
  'Program',
  'Lovgrundlag',
  'Enhedspris (kr.)',
  'Prisenhed',
  'Kapacitet',
  'Illustrative tal',
] as const;

export type CsvOffer = Record<(typeof CSV_HEADER)[number], string>;

/** Four offers on steps 2–4 of the default ladder; names are unique per test run via `tag`. */
export function sampleOffers(tag: string): CsvOffer[] {
  const base = {
    Beskrivelse: '',
    Leverandørtype: 'Egen enhed',
    Leverandør: 'Familiehuset',
    'ICS-områder': '',
    'Typisk varighed (uger)': '',
    Tidsbegrænset: 'Nej',
    Program: '',
    Lovgrundlag: 'BL § 32',
    'Illustrative tal': 'Ja',
  };
  return [
    {
      ...base,
      Navn: `PMTO-forældregruppe ${tag}`,
      Beskrivelse: 'Forældretræning i grupper; 14 mødegange',
      Trin: '2',
      Målgruppe: 'Forældre',
      Form: 'Gruppe',
      Ramme: 'I hverdagsarenaen (skole, dagtilbud, klub)',
      'Alder fra': '4',
      'Alder til': '12',
      'ICS-områder': 'Forældrekompetencer',
      'Typisk varighed (uger)': '14',
      Tidsbegrænset: 'Ja',
      Evidens: 'Evidensbaseret program',
      Program: 'PMTO',
      'Enhedspris (kr.)': '12.500',
      Prisenhed: 'pr. forløb',
      Kapacitet: '24',
    },
    {
      ...base,
      Navn: `Familiebehandling ${tag}`,
      Trin: '3',
      Målgruppe: 'Familien',
      Form: 'Individuel',
      Ramme: 'I hjemmet',
      'Alder fra': '0',
      'Alder til': '17',
      Evidens: 'Dokumenteret',
      'Enhedspris (kr.)': '18000',
      Prisenhed: 'pr. måned',
      Kapacitet: '20',
    },
    {
      ...base,
      Navn: `Kontaktperson ${tag}`,
      Leverandørtype: 'Ekstern',
      Leverandør: 'Ungeguiderne',
      Trin: '3',
      Målgruppe: 'Barnet',
      Form: 'Individuel',
      Ramme: 'I hverdagsarenaen (skole, dagtilbud, klub)',
      'Alder fra': '12',
      'Alder til': '22',
      Evidens: 'Ingen dokumentation',
      'Enhedspris (kr.)': '9500',
      Prisenhed: 'pr. måned',
      Kapacitet: '30',
    },
    {
      ...base,
      Navn: `Netværksplejefamilie ${tag}`,
      Leverandør: 'Familieplejen',
      Trin: '4',
      Målgruppe: 'Barnet',
      Form: 'Individuel',
      Ramme: 'Døgn',
      'Alder fra': '0',
      'Alder til': '17',
      Evidens: 'Dokumenteret',
      Lovgrundlag: 'BL § 46',
      'Enhedspris (kr.)': '25000',
      Prisenhed: 'pr. måned',
      Kapacitet: '10',
    },
  ];
}

/** A CSV file as Danish Excel writes it: BOM, semicolons, CRLF, quotes where needed. */
export function offerCsv(offers: CsvOffer[]): Buffer {
  const cell = (value: string) => (/[";\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  const lines = [CSV_HEADER.join(';'), ...offers.map((o) => CSV_HEADER.map((h) => cell(o[h])).join(';'))];
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}

/** Chooses a file in the import page's file picker. */
export async function chooseImportFile(page: Page, name: string, content: Buffer): Promise<void> {
  await page
    .getByLabel('Fil med tilbud (CSV eller JSON)')
    .setInputFiles({ name, mimeType: 'text/csv', buffer: content });
  await page.getByText(`Valgt fil: ${name}`).waitFor();
}

/** The cells of each body row of a table, as text. */
export async function tableRows(page: Page, tableName: string | RegExp): Promise<string[][]> {
  const table = page.getByRole('table', { name: tableName });
  await table.waitFor();
  return table
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) => Array.from(row.querySelectorAll('td, th')).map((c) => (c.textContent ?? '').trim())),
    );
}
