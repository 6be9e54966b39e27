import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LadderView, OfferView } from '../../core/api/catalog.ts';
import { parseCsv } from '../../core/catalog/csv.ts';
import { OFFER_COLUMNS } from '../../core/catalog/offer-columns.ts';
import { type ApiClient, loginAs, startTestServer, type TestServer } from '../../testing/server.ts';
import { currentLadder, download, patch, upload } from './catalog.testing.ts';

let server: TestServer;
let admin: ApiClient;
let ladder: LadderView;
beforeAll(async () => {
  server = await startTestServer({ label: 'import' });
  admin = await loginAs(server, 'admin');
  ladder = await currentLadder(admin);
});
afterAll(() => server.close());

const HEADER =
  'Navn;Beskrivelse;Leverandørtype;Leverandør;Trin;Målgruppe;Form;Ramme;Alder fra;Alder til;ICS-områder;' +
  'Typisk varighed (uger);Tidsbegrænset;Evidens;Program;Lovgrundlag;Enhedspris (kr.);Prisenhed;Kapacitet;Status';
const row = (name: string, cost = '12.500,50', step = '2') =>
  `${name};Forældretræning i grupper;Egen enhed;Familiehuset;${step};Forældre;Gruppe;I hverdagsarenaen (skole, dagtilbud, klub);` +
  `3;12;Forældrekompetencer;14;Ja;Evidensbaseret program;De Utrolige År;BL § 32;${cost};pr. forløb;24;Aktiv`;
const csv = (...lines: string[]) => `\uFEFF${[HEADER, ...lines].join('\r\n')}\r\n`;
const CSV = 'text/csv';

async function allOffers(): Promise<OfferView[]> {
  return (await admin.get('/api/offers?status=all')).body.offers;
}
const importCsv = (body: string | Uint8Array, query = '') =>
  upload(admin, `/api/offers/import${query}`, body, CSV);

describe('refused files: 422, errors by line and column in Danish, nothing written', () => {
  const cases: [string, string | Uint8Array, { line: number; column: string | null; message: RegExp }[]][] = [
    [
      'a file in Windows-1252',
      Buffer.from(csv(row('Forældrekursus')), 'latin1'),
      [{ line: 1, column: null, message: /^Filen er ikke gyldig UTF-8/ }],
    ],
    [
      'a missing column',
      csv(row('A')).replace(';Målgruppe', ''),
      [{ line: 1, column: 'Målgruppe', message: /Kolonnen «Målgruppe» mangler/ }],
    ],
    [
      'an unknown step',
      csv(row('A', '100', '7')),
      [{ line: 2, column: 'Trin', message: /Trin «7» findes ikke.*1–6/ }],
    ],
    ['a negative cost', csv(row('A', '-100')), [{ line: 2, column: 'Enhedspris (kr.)', message: /negativ/ }]],
    [
      'names twice',
      csv(row('A'), row('B'), row('A')),
      [{ line: 4, column: 'Navn', message: /står også på linje 2/ }],
    ],
    [
      'one bad line among good ones',
      csv(row('God 1'), row('God 2'), row('Dårlig', 'gratis'), row('God 3')),
      [{ line: 4, column: 'Enhedspris (kr.)', message: /«gratis» er ikke et beløb/ }],
    ],
  ];
  it.each(cases)('%s', async (_, body, expected) => {
    const before = await allOffers();
    const res = await importCsv(body);
    expect(res.status).toBe(422);
    expect(res.body).toEqual({
      error: { id: 'invalid_import', message: expect.stringMatching(/Intet er gemt/) },
      imported: 0,
      updated: 0,
      unchanged: 0,
      errors: expected.map((e) => ({ ...e, message: expect.stringMatching(e.message) })),
    });
    expect(await allOffers()).toEqual(before);
  });

  it('reports JSON problems by array index and key', async () => {
    const res = await upload(
      admin,
      '/api/offers/import',
      JSON.stringify([{ name: 'X' }]),
      'application/json',
    );
    expect(res.status).toBe(422);
    expect(res.body.errors[0]).toEqual({
      line: 1,
      column: 'providerKind',
      message: 'Feltet «providerKind» mangler.',
    });
    const broken = await upload(admin, '/api/offers/import', '[{"name":', 'application/json');
    expect(broken.body.errors).toEqual([
      { line: 1, column: null, message: expect.stringMatching(/ikke gyldig JSON/) },
    ]);
  });
});

describe('import', () => {
  it('a dry run reports what would happen and writes nothing', async () => {
    const res = await importCsv(csv(row('Tørløb 1'), row('Tørløb 2')), '?dryRun=true');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ imported: 2, updated: 0, unchanged: 0, errors: [] });
    expect(await allOffers()).toEqual([]);
    const audit = (await admin.get(`/api/audit?user=${server.users.admin.username}`)).body.rows;
    expect(audit.map((r: { action: string }) => r.action)).not.toContain('import');
  });

  it('creates offers, and the same file twice changes nothing', async () => {
    const file = csv(row('De Utrolige År'), row('Familiekursus', '2.000', '1'));
    expect((await importCsv(file)).body).toEqual({ imported: 2, updated: 0, unchanged: 0, errors: [] });
    const first = await allOffers();
    expect(first.find((o) => o.name === 'De Utrolige År')).toMatchObject({
      stepId: ladder.steps[1]?.id,
      target: 'parents',
      form: 'group',
      setting: 'everyday',
      unitCost: 12500.5,
      programme: 'De Utrolige År',
      timeLimited: true,
    });
    expect((await importCsv(file)).body).toEqual({ imported: 0, updated: 0, unchanged: 2, errors: [] });
    expect(await allOffers()).toEqual(first);
    const audit = (await admin.get(`/api/audit?user=${server.users.admin.username}`)).body.rows;
    expect(audit.filter((r: { action: string }) => r.action === 'import')).toHaveLength(1);
  });

  it('updates an offer whose values differ, matched by name', async () => {
    const res = await importCsv(
      csv(row('De Utrolige År', '13000'), row('Familiekursus', '2.000', '1'), row('Nyt kursus')),
    );
    expect(res.body).toEqual({ imported: 1, updated: 1, unchanged: 1, errors: [] });
    expect((await allOffers()).find((o) => o.name === 'De Utrolige År')?.unitCost).toBe(13000);
  });

  it('keeps stored values for optional columns the file leaves out', async () => {
    const offer = (await allOffers()).find((o) => o.name === 'Nyt kursus') as OfferView;
    await patch(admin, `/api/offers/${offer.id}`, { status: 'retired' });
    const withoutStatus = csv(row('Nyt kursus')).replace(';Status\r\n', '\r\n').replace(';Aktiv\r\n', '\r\n');
    expect((await importCsv(withoutStatus)).body).toMatchObject({ unchanged: 1 });
    expect((await admin.get(`/api/offers/${offer.id}`)).body.offer.status).toBe('retired');
  });

  it('accepts CSV sent as application/vnd.ms-excel and with a charset', async () => {
    const file = csv(row('Familiekursus', '2.000', '1'));
    for (const type of ['application/vnd.ms-excel', 'text/csv; charset=utf-8']) {
      expect((await upload(admin, '/api/offers/import?dryRun=true', file, type)).body).toMatchObject({
        unchanged: 1,
      });
    }
    expect((await upload(admin, '/api/offers/import', file, 'text/plain')).status).toBe(415);
  });

  it('takes files up to 5 MiB and refuses larger ones (413)', async () => {
    const big = csv(
      ...Array.from({ length: 350 }, (_, i) =>
        row(`Stort ${i}`).replace('Forældretræning i grupper', 'x'.repeat(4000)),
      ),
    );
    expect(big.length).toBeGreaterThan(1024 * 1024);
    const res = await importCsv(big, '?dryRun=true');
    expect(res.status).toBe(200);
    expect(res.body.imported).toBe(350);
    expect((await importCsv('x'.repeat(6 * 1024 * 1024))).status).toBe(413);
  });
});

describe('export', () => {
  it('gives a CSV file as Excel wants it: BOM, semicolons, CRLF, Danish headers', async () => {
    const res = await download(admin, '/api/offers/export?format=csv');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="tilbudsvifte.csv"');
    expect([...res.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(res.bytes);
    expect(text.split('\r\n')[0]).toBe(`\uFEFF${OFFER_COLUMNS.map((c) => c.header).join(';')}`);
    expect(text).toContain(';13000;pr. forløb;');
    expect(text).not.toMatch(/[^\r]\n/);
  });

  it('neutralises a formula cell and still round-trips it', async () => {
    const formula = '=HYPERLINK("http://x","klik")';
    const create = await importCsv(csv(row('Formel').replace('Forældretræning i grupper', formula)));
    expect(create.body).toMatchObject({ imported: 1 });
    const stored = (await allOffers()).find((o) => o.name === 'Formel');
    expect(stored?.description).toBe(formula);

    const file = await download(admin, '/api/offers/export');
    const text = new TextDecoder().decode(file.bytes);
    expect(text).toContain(`;"'=HYPERLINK(""http://x"",""klik"")";`);
    const cells = parseCsv(text, { restoreFormulas: false }).flatMap((r) => r.cells);
    expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([]);

    const again = await importCsv(file.bytes);
    expect(again.body).toEqual({
      imported: 0,
      updated: 0,
      unchanged: (await allOffers()).length,
      errors: [],
    });
  });

  it('round-trips as JSON too', async () => {
    const res = await download(admin, '/api/offers/export?format=json');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="tilbudsvifte.json"');
    const json = JSON.parse(new TextDecoder().decode(res.bytes));
    expect(json[0]).toMatchObject({
      name: 'Familiekursus',
      step: 1,
      stepName: 'Tidlig indsats i almenområdet',
    });
    const again = await upload(admin, '/api/offers/import', res.bytes, 'application/json');
    expect(again.body).toEqual({ imported: 0, updated: 0, unchanged: json.length, errors: [] });
  });

  it('round-trips an offer whose step has left the ladder', async () => {
    const offer = (await allOffers()).find((o) => o.name === 'Familiekursus') as OfferView;
    await patch(admin, `/api/offers/${offer.id}`, { status: 'retired' });
    const steps = ladder.steps
      .slice(1)
      .map(({ id, name, category, track }) => ({ id, name, category, track }));
    const changed = await admin.request('PUT', '/api/ladder', { steps });
    expect(changed.status).toBe(200);
    const file = await download(admin, '/api/offers/export');
    const again = await importCsv(file.bytes);
    expect(again.body).toMatchObject({ imported: 0, updated: 0, errors: [] });
    // A new offer with no step, however, is refused.
    const noStep = await importCsv(csv(row('Uden trin', '1', '')));
    expect(noStep.status).toBe(422);
    expect(noStep.body.errors).toEqual([
      { line: 2, column: 'Trin', message: expect.stringMatching(/^Trin mangler/) },
    ]);
  });
});
