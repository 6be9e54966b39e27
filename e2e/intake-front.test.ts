import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAs } from '../src/testing/server.ts';
import { formatDateTime } from '../src/web/ui/format.ts';
import { type BrowserEnv, expectAccessible, expectTitle, logIn, snap, startBrowserEnv } from './browser.ts';

/**
 * Intake in real Chromium, the rest of issue 5: Front registers an anonymous phone call about a
 * child not found in the registry, matches the child later, screens; the district meeting
 * decides, is closed and its minutes printed; the leader follows the deadlines live and F8.
 */
describe('Front, the closed meeting, supervision and F8 in the browser', () => {
  let env: BrowserEnv;
  let front: Page;
  let reportId = '';
  const callText = 'En anonym opringer fortæller, at drengen Bertram ofte er alene hjemme om aftenen.';

  beforeAll(async () => {
    env = await startBrowserEnv('e2e-intake-front');
    front = (await env.newUser()).page;
    await logIn(front, env.server.users.front);
  });
  afterAll(async () => {
    await env?.close();
  });

  it('lets Front register an anonymous call about an unknown child by name and birth date; a retried submit stores it once', async () => {
    await nav(front).getByRole('link', { name: 'Modtagelse' }).click();
    await front.getByRole('link', { name: 'Registrér underretning' }).click();
    await front.waitForURL(/\/modtagelse\/ny$/);
    await expectTitle(front, 'Registrér underretning – Trappen');
    await expectAccessible(front, 'Front’s report form');

    // Sending an empty form names what is missing.
    await front.getByRole('button', { name: 'Registrér underretningen' }).click();
    await front.getByText('Skriv barnets CPR-nummer.').waitFor();
    await front.getByText('Vælg ja eller nej.').waitFor();

    await front.getByLabel('Navn og fødselsdato').check();
    await front.getByLabel(/^Barnets navn/).fill('Bertram');
    await front.getByLabel(/^Barnets fødselsdato/).fill('01.05.2022');
    await front.getByLabel('Hvem underretter?').selectOption('anonymous');
    await front.getByText('En anonym underretning gemmes uden navn og kontaktoplysninger.').waitFor();
    expect(await front.getByLabel('Underretterens navn').count()).toBe(0);
    // The call came two hours ago.
    const [date = '', time = ''] = formatDateTime(new Date(Date.now() - 2 * 3_600_000)).split(' kl. ');
    await front.getByLabel('Tidligere (pr. telefon eller brev)').check();
    await front.getByLabel(/^Modtaget dato/).fill(date);
    await front.getByLabel(/^Klokkeslæt/).fill(time);
    await front
      .getByRole('radiogroup', { name: /Er det akut/ })
      .getByLabel('Nej')
      .check();
    await front.getByLabel(/Hvad fortalte underretteren/).fill(callText);
    await expectAccessible(front, 'Front’s filled report form');
    await snap(front, 'intake-front-form');

    // The first answer is lost on the way back: the report is stored, the browser sees an error.
    let posts = 0;
    await front.route('**/api/reports', async (route) => {
      posts += 1;
      await route.fetch();
      await route.abort('failed');
    });
    await front.getByRole('button', { name: 'Registrér underretningen' }).click();
    await front.getByText('Underretningen blev ikke registreret').waitFor();
    await front.unroute('**/api/reports');
    expect(posts).toBe(1);
    // The retry carries the same idempotency key: the same report comes back.
    await front.getByRole('button', { name: 'Registrér underretningen' }).click();
    await front.getByRole('heading', { name: 'Underretningen er registreret' }).waitFor();
    expect(await front.textContent('main')).toContain(`modtaget ${date} kl. ${time}`);
    await snap(front, 'intake-front-registered');

    await front.getByRole('link', { name: 'Åbn underretningen' }).click();
    await front.waitForURL(/\/modtagelse\/[0-9a-f-]{36}$/);
    reportId = front.url().split('/').pop() ?? '';
    await front.getByText(callText).waitFor();
    const queue = await env.server.db
      .selectFrom('report')
      .select(['id', 'provisional_name', 'reporter_kind', 'reporter_name'])
      .where('municipality_id', '=', env.server.municipality.id)
      .where('text', '=', callText)
      .execute();
    expect(queue).toEqual([
      { id: reportId, provisional_name: 'Bertram', reporter_kind: 'anonymous', reporter_name: null },
    ]);
  });

  it('lets Front find the child in the registry and match the report, then screen it', async () => {
    const bertram = env.server.municipality.children.inDaycare;
    await front.goto(`/modtagelse/${reportId}`);
    await front.getByRole('heading', { name: 'Find barnet i registret' }).waitFor();
    expect(await front.textContent('main')).toContain('Ukendt, til barnet er fundet');
    await front.getByLabel('Søg i børneregistret').fill('Bertram');
    await front
      .getByRole('button', { name: new RegExp(`^Vælg Bertram ${bertram.lastName}, født 06\\.05\\.2022`) })
      .click();
    await front.getByText('Det kan ikke gøres om.', { exact: false }).waitFor();
    await expectAccessible(front, 'matching a provisional child');
    await front.getByRole('button', { name: `Knyt underretningen til Bertram ${bertram.lastName}` }).click();
    await front.getByText(`Underretningen er knyttet til Bertram ${bertram.lastName}`).waitFor();
    // The report now has the child's district and history.
    await front.getByRole('heading', { name: `Underretning om Bertram ${bertram.lastName}` }).waitFor();
    expect(await front.textContent('main')).not.toContain('Ukendt, til barnet er fundet');
    await snap(front, 'intake-front-matched');

    await front
      .getByRole('radiogroup', { name: /sundhed eller udvikling/ })
      .getByLabel('Ja')
      .check();
    await front
      .getByRole('radiogroup', { name: /akutte foranstaltninger/ })
      .getByLabel('Nej')
      .check();
    await front.getByLabel('Beslutning').selectOption('district_meeting');
    await front.getByRole('button', { name: 'Gem screeningen' }).click();
    await front.getByText('Screenet inden for fristen.').waitFor();
  });

  it('decides at the district meeting, closes it, and shows printable minutes with the decision', async () => {
    const d1 = env.server.municipality.districts.d1;
    await front.goto(`/distriktsmoede?district=${d1}`);
    await expectTitle(front, 'Distriktsmøde – Trappen');
    await front.getByRole('button', { name: 'Åbn mødet' }).click();
    const card = front.getByRole('article', { name: /Bertram/ });
    await card.getByLabel('Forebyggende arbejde i distriktet').check();
    await card.getByLabel(/Begrundelse/).fill('Forebyggende samtaler med familien om aftenerne.');
    await card.getByRole('button', { name: 'Gem beslutningen' }).click();
    await front.getByRole('heading', { name: /Beslutninger \(1\)/ }).waitFor();

    const closing = front.getByRole('region', { name: 'Afslut mødet' });
    await closing.getByLabel(/^Navn/).fill('Pia Forebyggende');
    await closing.getByLabel(/^Funktion/).fill('Forebyggende socialrådgiver');
    await closing.getByRole('button', { name: 'Tilføj deltager' }).click();
    await closing.getByText('Pia Forebyggende (Forebyggende socialrådgiver)').waitFor();
    await expectAccessible(front, 'the meeting before closing');
    await closing.getByRole('button', { name: 'Afslut møde' }).click();
    await closing.getByRole('button', { name: 'Ja, afslut mødet' }).click();

    await front.waitForURL(/\/distriktsmoede\/[0-9a-f-]{36}\/referat$/);
    await front.getByRole('heading', { name: /^Referat af distriktsmøde/ }).waitFor();
    await front.getByText(/^Afsluttet \d{2}\.\d{2}\.\d{4} kl\. \d{2}\.\d{2}$/).waitFor();
    const main = (await front.textContent('main')) ?? '';
    expect(main).toContain('Pia Forebyggende (Forebyggende socialrådgiver)');
    const decision = front.getByRole('article', { name: /Bertram/ });
    const text = (await decision.textContent()) ?? '';
    expect(text).toContain('Forebyggende arbejde i distriktet');
    expect(text).toContain('Forebyggende samtaler med familien om aftenerne.');
    expect(text).toContain('Anonym');
    await expectAccessible(front, 'the minutes');
    await snap(front, 'intake-minutes');

    // "Udskriv" opens the browser's print dialog; on paper the menu and the buttons are gone.
    await front.evaluate(() => {
      (window as unknown as { printed: boolean }).printed = false;
      window.print = () => {
        (window as unknown as { printed: boolean }).printed = true;
      };
    });
    await front.getByRole('button', { name: 'Udskriv' }).click();
    expect(await front.evaluate(() => (window as unknown as { printed: boolean }).printed)).toBe(true);
    await front.emulateMedia({ media: 'print' });
    expect(await nav(front).isVisible()).toBe(false);
    expect(await front.getByRole('button', { name: 'Udskriv' }).isVisible()).toBe(false);
    expect(await decision.isVisible()).toBe(true);
    await front.emulateMedia({ media: 'screen' });

    // Closed: the meeting page offers a new meeting, and the minutes stay one click away.
    await front.goto(`/distriktsmoede?district=${d1}`);
    await front.getByRole('button', { name: 'Åbn mødet' }).waitFor();
    const listed = front.getByRole('region', { name: 'Møder og referater' }).getByRole('row').nth(1);
    await listed.getByText(/^Afsluttet /).waitFor();
    await listed.getByRole('link', { name: /^Referat \d{2}\.\d{2}\.\d{4}$/ }).click();
    await front.waitForURL(/\/referat$/);
    await front.getByRole('article', { name: /Bertram/ }).waitFor();
  });

  it('shows the leader what is overdue, live and in words, and figure F8 as a chart and a table', async () => {
    const api = await loginAs(env.server, 'front');
    const late = await api.post('/api/reports', {
      idempotencyKey: 'e2e-intake-front-late-1',
      childId: env.server.municipality.children.districtCase.id,
      source: 'hospital',
      reporter: { kind: 'professional', organisation: 'Sygehus Syd' },
      receivedAt: new Date(Date.now() - 30 * 3_600_000).toISOString(),
      acute: false,
      text: 'Barnet blev indlagt med et brud, forklaringen hænger ikke sammen.',
    });
    expect(late.status).toBe(201);

    const { page } = await env.newUser();
    await logIn(page, env.server.users.leader);
    await nav(page).getByRole('link', { name: 'Tilsyn med frister' }).click();
    await expectTitle(page, 'Tilsyn med frister – Trappen');
    const items = page.getByRole('region', { name: /Alle frister/ });
    const row = items.locator(`[data-report-id="${late.body.id}"]`);
    await row.first().waitFor();
    expect(await row.first().textContent()).toContain('Screening (24 timer)');
    expect(await row.first().textContent()).toContain('Venter på Front');
    // Overdue: said in words; the red only repeats it.
    expect(await row.first().locator('[data-state="overdue"]').textContent()).toMatch(
      /Overskredet: [56] t over fristen/,
    );
    const districts = page.getByRole('region', { name: 'Pr. distrikt' });
    expect(await districts.textContent()).toMatch(/[12] over fristen/);
    const people = page.getByRole('region', { name: 'Pr. person' });
    expect(await people.textContent()).toContain('Venter på Front');
    await expectAccessible(page, 'the supervision page');
    await snap(page, 'intake-supervision');

    await nav(page).getByRole('link', { name: 'Nøgletal F8' }).click();
    await expectTitle(page, 'Nøgletal F8: frister i modtagelsen – Trappen');
    const table = page.getByRole('region', { name: 'Tallene' });
    // A month of this year or the last, with a share and its counts (the reports are hours old).
    await table
      .getByRole('rowheader', { name: /^[a-zæøå]+ 20\d\d$/ })
      .first()
      .waitFor();
    const screened = page.getByRole('region', { name: 'Screenet inden for 24 timer' });
    expect(await screened.locator('.recharts-surface').count()).toBe(1);
    // No receipt is settled yet (the hospital's is not due): said in words rather than an empty chart.
    await page
      .getByRole('region', { name: 'Kvittering inden for 6 hverdage' })
      .getByText('Ingen afgjorte i perioden (kun fagpersoner får kvittering).')
      .waitFor();
    expect(await table.textContent()).toMatch(/\d+ % \(\d+ af \d+\)/);
    await expectAccessible(page, 'figure F8');
    await snap(page, 'intake-f8');

    // Filtering by district keeps the choice in the address.
    const d1 = env.server.municipality.districts.d1;
    await page.getByLabel('Distrikt').selectOption(d1);
    await page.waitForURL(new RegExp(`district=${d1}`));
    await table
      .getByRole('rowheader', { name: /^[a-zæøå]+ 20\d\d$/ })
      .first()
      .waitFor();
  });
});

const nav = (page: Page) => page.getByRole('navigation', { name: 'Hovedmenu' });
