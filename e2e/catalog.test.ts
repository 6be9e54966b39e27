import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserEnv, expectAccessible, expectTitle, logIn, snap, startBrowserEnv } from './browser.ts';
import { chooseImportFile, offerCsv, sampleOffers, tableRows } from './catalog.testing.ts';

describe('the offer catalog, ladder and analysis in the browser', () => {
  let env: BrowserEnv;
  const tag = `T${Date.now().toString(36)}`;
  const offers = sampleOffers(tag);
  const [pmto, family] = offers;
  if (!pmto || !family) throw new Error('sampleOffers changed');

  beforeAll(async () => {
    env = await startBrowserEnv('e2e-catalog');
  });
  afterAll(async () => {
    await env?.close();
  });

  it('lets the admin fix a CSV with a bad line, import it and find the offers in the catalog and the analysis', async () => {
    const { page } = await env.newUser();
    await logIn(page, env.server.users.admin);

    await page.getByRole('navigation').getByRole('link', { name: 'Tilbudsvifte' }).click();
    await page.waitForURL(/\/tilbud$/);
    await expectTitle(page, 'Tilbudsvifte – Trappen');
    await page.getByText('Tilbudsviften er tom.').waitFor();

    await page.getByRole('link', { name: 'Importér' }).click();
    await page.waitForURL(/\/tilbud\/import$/);
    await expectTitle(page, 'Importér tilbud – Trappen');

    // Line 3 (Excel's numbering: the header is line 1) has a negative price.
    const bad = offers.map((o) => (o === family ? { ...o, 'Enhedspris (kr.)': '-18000' } : o));
    await chooseImportFile(page, 'tilbud.csv', offerCsv(bad));
    await page.getByRole('button', { name: 'Prøv først (tjek uden at gemme)' }).click();
    await page.getByText('Filen indeholder fejl – intet er gemt').waitFor();
    const errors = await tableRows(page, /fejl i tilbud\.csv/);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.[0]).toBe('3');
    expect(errors[0]?.[1]).toBe('Enhedspris (kr.)');
    expect(errors[0]?.[2]).toMatch(/negativ/);
    await expectAccessible(page, 'the import page with errors');
    await snap(page, 'catalog-import-errors');

    // Importing the bad file for real is refused the same way: nothing is written.
    await page.getByRole('button', { name: 'Importér', exact: true }).click();
    await page.getByText('Filen indeholder fejl – intet er gemt').waitFor();

    // The user fixes the file and chooses it again.
    await chooseImportFile(page, 'tilbud.csv', offerCsv(offers));
    await page.getByRole('button', { name: 'Prøv først (tjek uden at gemme)' }).click();
    await page.getByText('Filen er i orden – intet er gemt endnu').waitFor();
    expect(await page.getByRole('status').filter({ hasText: 'nye tilbud' }).textContent()).toContain(
      '4 nye tilbud',
    );
    await page.getByRole('button', { name: 'Importér', exact: true }).click();
    await page.getByText('Filen er importeret').waitFor();
    await snap(page, 'catalog-import-done');

    // The catalog search finds the imported offer, with its step, age and price written out.
    await page.getByRole('link', { name: 'Se tilbudsviften' }).click();
    await page.waitForURL(/\/tilbud$/);
    await page.getByText('4 tilbud.').waitFor();
    await page.getByLabel('Søg i navn, beskrivelse og program').fill('PMTO');
    await page.waitForURL(/q=PMTO/);
    await page.getByText('1 tilbud.').waitFor();
    const [row] = await tableRows(page, 'Tilbud, der matcher søgningen');
    expect(row?.[0]).toContain(pmto.Navn);
    expect(row?.[1]).toBe('Trin 2 – Forebyggende indsatser');
    expect(row?.[4]).toBe('4–12 år');
    expect(row?.[6]).toContain('12.500 kr. pr. forløb');
    expect(row?.[6]).toContain('illustrativ pris');
    await page.getByRole('button', { name: 'Nulstil' }).click();
    await page.getByText('4 tilbud.').waitFor();
    await expectAccessible(page, 'the catalog');
    await snap(page, 'catalog-list-admin');

    // The analysis counts them: totals, the coverage grid and the numbers behind the bar chart.
    await page.getByRole('navigation').getByRole('link', { name: 'Analyse af tilbud' }).click();
    await page.waitForURL(/\/tilbud\/analyse$/);
    await expectTitle(page, 'Analyse af tilbudsviften – Trappen');
    await page.getByRole('heading', { name: 'Dækning: trin og aldersgrupper' }).waitFor();
    const grid = await tableRows(page, /^Antal tilbud pr\. trin og aldersgruppe/);
    const step3 = grid.find((cells) => cells[0]?.startsWith('3.'));
    // Family treatment (0–17) and the contact person (12–22) both reach 13–17 on step 3.
    expect(step3?.[3]).toMatch(/^2/);
    await page.getByRole('button', { name: /^Vis tal.*Tilbud pr\. trin/ }).click();
    const perStep = await tableRows(page, /pr\. trin og målgruppe/);
    expect(perStep.find((cells) => cells[0]?.startsWith('2.'))?.at(-1)).toBe('1');
    await page.getByRole('heading', { name: /^Huller i tilbudsviften/ }).waitFor();
    await expectAccessible(page, 'the analysis page');
    await snap(page, 'catalog-analysis');

    // On paper (for a committee): no menu or buttons, and every chart's numbers printed.
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: 703, height: 1000 });
    expect(await page.getByRole('navigation').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Udskriv' }).isVisible()).toBe(false);
    expect(await page.getByRole('table', { name: /^Andele af pladser/ }).isVisible()).toBe(true);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(703);
    await snap(page, 'catalog-analysis-print');
    await page.emulateMedia({ media: 'screen' });
    await page.setViewportSize({ width: 1280, height: 800 });

    // The admin lowers the threshold below the actual share (40 of 84 places): the gap appears.
    const gaps = page.getByRole('region', { name: /^Huller i tilbudsviften/ });
    expect(await gaps.textContent()).not.toContain('For stor andel børnerettede individuelle tilbud');
    await page.getByLabel('Ny grænse (% af pladserne)').fill('40');
    await page.getByRole('button', { name: 'Gem grænse' }).click();
    await page.getByText('Over grænsen').waitFor();
    await gaps.getByText('For stor andel børnerettede individuelle tilbud').waitFor();
  });

  it('lets the admin change the ladder and shows why a step with offers cannot be removed', async () => {
    const { page } = await env.newUser();
    await logIn(page, env.server.users.admin);
    await page.getByRole('navigation').getByRole('link', { name: 'Indsatstrappe' }).click();
    await page.waitForURL(/\/indsatstrappe$/);
    await page.getByRole('heading', { name: 'Gældende trappe – version 1' }).waitFor();
    const stairs = page.getByRole('list', { name: /^Indsatstrappen, version 1/ });
    expect(await stairs.getByRole('listitem').first().textContent()).toContain('Almindeligt hverdagsliv');
    await expectAccessible(page, 'the ladder page');

    // Insert day treatment after step 3 and save as a new version.
    await page.getByRole('button', { name: 'Redigér indsatstrappen' }).click();
    await page.getByRole('button', { name: /^Indsæt efter trin 3/ }).click();
    // Focus moves to the new step's name.
    const name = page.getByLabel('Trin 4: navn');
    expect(await name.evaluate((el) => el === document.activeElement)).toBe(true);
    await name.fill('Dagbehandling');
    await page.getByLabel('Note til versionen').fill('Dagbehandling mellem hjem og anbringelse');
    await expectAccessible(page, 'the ladder editor');
    await snap(page, 'ladder-editor');
    await page.getByRole('button', { name: 'Gem som ny version' }).click();
    await page.getByText('Indsatstrappen er gemt som version 2.').waitFor();
    await page.getByRole('heading', { name: 'Gældende trappe – version 2' }).waitFor();
    // The history lists the new version with its note.
    await page.getByRole('table').getByText('Dagbehandling mellem hjem og anbringelse').waitFor();

    // Step 2 carries the imported PMTO group: the server refuses, and says why.
    await page.getByRole('button', { name: 'Redigér indsatstrappen' }).click();
    await page.getByRole('button', { name: /^Fjern trin 2/ }).click();
    await page.getByRole('button', { name: 'Gem som ny version' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'Indsatstrappen er ikke gemt' });
    await alert.waitFor();
    expect(await alert.textContent()).toContain(pmto.Navn);
    await snap(page, 'ladder-conflict');
  });

  it('validates a new offer in Danish, keeps what was typed, and retires it after confirmation', async () => {
    const { page } = await env.newUser();
    await logIn(page, env.server.users.admin);
    await page.goto('/tilbud/nyt');
    await page.getByRole('button', { name: 'Opret tilbud' }).click();
    await page.getByText('Skriv tilbuddets navn.').waitFor();
    await page.getByText('Vælg det trin på indsatstrappen, tilbuddet hører til.').waitFor();
    expect(
      await page
        .getByRole('textbox', { name: 'Navn', exact: true })
        .evaluate((el) => el === document.activeElement),
    ).toBe(true);

    // A name that exists already: the server's 409 is shown, and the form keeps every field.
    await page.getByRole('textbox', { name: 'Navn', exact: true }).fill(pmto.Navn);
    await page.getByRole('textbox', { name: 'Leverandør', exact: true }).fill('Familiehuset');
    await page
      .getByLabel(/^Trin på indsatstrappen/)
      .selectOption({ label: 'Trin 2 – Forebyggende indsatser' });
    await page.getByLabel(/^Alder fra/).fill('3');
    await page.getByLabel(/^Alder til/).fill('8');
    await page.getByLabel(/^Enhedspris/).fill('4500');
    await page.getByRole('button', { name: 'Opret tilbud' }).click();
    await page.getByRole('alert').filter({ hasText: 'Tilbuddet er ikke gemt' }).waitFor();
    expect(await page.getByRole('textbox', { name: 'Leverandør', exact: true }).inputValue()).toBe(
      'Familiehuset',
    );
    await expectAccessible(page, 'the offer form with errors');
    await snap(page, 'offer-form-errors');

    await page.getByRole('textbox', { name: 'Navn', exact: true }).fill(`Åben rådgivning ${tag}`);
    await page.getByRole('button', { name: 'Opret tilbud' }).click();
    await page.getByRole('heading', { level: 1, name: `Åben rådgivning ${tag}` }).waitFor();
    expect(await page.getByRole('main').textContent()).toContain('4.500 kr. pr. måned');

    await page.getByRole('button', { name: 'Udfas tilbud' }).click();
    const dialog = page.getByRole('dialog', { name: 'Udfas tilbud' });
    await dialog.getByRole('button', { name: 'Udfas tilbud' }).click();
    await page.getByText('Tilbuddet er udgået').waitFor();
    await page.getByRole('button', { name: 'Genaktivér tilbud' }).waitFor();
  });

  it('shows a caseworker the catalog and analysis, but nothing to change', async () => {
    const { page } = await env.newUser();
    await logIn(page, env.server.users.caseworker);
    const nav = page.getByRole('navigation');
    await nav.getByRole('link', { name: 'Tilbudsvifte' }).click();
    await page.getByRole('link', { name: pmto.Navn }).waitFor();
    expect(await page.getByRole('link', { name: 'Nyt tilbud' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Importér' }).count()).toBe(0);
    await expectAccessible(page, 'the catalog for a caseworker');

    await page.getByRole('link', { name: pmto.Navn }).click();
    await page.getByRole('heading', { level: 1, name: pmto.Navn }).waitFor();
    expect(await page.getByRole('link', { name: 'Redigér' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Udfas tilbud' }).count()).toBe(0);
    await expectAccessible(page, 'an offer for a caseworker');

    await page.goto('/tilbud/import');
    await page.getByText('Kun en administrator kan importere tilbud.').waitFor();
    await page.goto('/indsatstrappe');
    await page.getByRole('heading', { name: /^Gældende trappe/ }).waitFor();
    expect(await page.getByRole('button', { name: 'Redigér indsatstrappen' }).count()).toBe(0);
    await nav.getByRole('link', { name: 'Analyse af tilbud' }).waitFor();
  });

  it('shows a teacher the catalog but not the analysis', async () => {
    const { page } = await env.newUser();
    await logIn(page, env.server.users.teacher);
    const nav = page.getByRole('navigation');
    await nav.getByRole('link', { name: 'Tilbudsvifte' }).waitFor();
    expect(await nav.getByRole('link', { name: 'Analyse af tilbud' }).count()).toBe(0);
    await page.goto('/tilbud/analyse');
    await page.getByText('Din rolle giver ikke adgang til analysen af tilbudsviften.').waitFor();
  });
});
