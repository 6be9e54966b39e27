import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserEnv, expectAccessible, logIn, snap, startBrowserEnv } from './browser.ts';
import { openTab, todayField } from './casework.testing.ts';

/**
 * Decisions and letters in real Chromium (issue 14): the caseworker records a decision on the case,
 * writes its letter from the template, finalises it, downloads the PDF and finds it in the archive.
 */
describe('a decision and its letter in the browser', () => {
  let env: BrowserEnv;

  beforeAll(async () => {
    env = await startBrowserEnv('e2e-documents');
  });
  afterAll(async () => {
    await env?.close();
  });

  it('records a decision, drafts and finalises its letter, and the PDF downloads', async () => {
    const { page } = await env.newUser();
    await logIn(page, env.server.users.caseworker);
    await page.goto(`/sag/${env.server.municipality.cases.inClass}`);
    await openTab(page, 'Afgørelser og breve');

    const decision = page.getByRole('form', { name: 'Registrér en afgørelse' });
    await decision.getByLabel(/^Slags afgørelse/).selectOption({ label: 'Bevilling af indsats' });
    await decision
      .getByLabel(/^Hvad der er besluttet/)
      .fill('Kommunen bevilger familiebehandling i hjemmet.');
    await decision.getByLabel(/^Lovgrundlag/).fill('barnets lovs § 32, stk. 1, nr. 3');
    const reasons = 'Skolen oplyser om stort fravær, og Åse har brug for støtte i hverdagen.';
    await decision.getByLabel(/^Begrundelse/).fill(reasons);
    await decision.getByRole('button', { name: 'Registrér afgørelsen' }).click();
    await decision.getByText('Afgørelsen er registreret').waitFor();
    const decisions = page.getByRole('table', { name: 'Sagens afgørelser' });
    await decisions
      .getByRole('row', { name: /Bevilling af indsats/ })
      .getByText('Endelig')
      .waitFor();

    const letter = page.getByRole('form', { name: 'Nyt brev' });
    await letter.getByLabel(/^Afgørelse/).selectOption({ label: `Bevilling af indsats af ${todayField()}` });
    await letter.getByLabel(/^Modtagerens navn/).fill('Søren Ærø');
    await letter.getByLabel('Modtagerens adresse').fill('Øster Allé 1, 8000 Aarhus C');
    await letter.getByRole('button', { name: 'Skriv brevet' }).click();

    const editor = page.getByRole('form', { name: 'Brevets tekst' });
    await expect.poll(() => editor.getByLabel(/^Brevets tekst/).inputValue()).toContain(reasons);
    await expectAccessible(page, 'the decisions and the letter editor');
    await snap(page, 'documents-editor');
    await editor.getByRole('button', { name: 'Gør endeligt' }).click();
    await page.getByText('Brevet kan ikke ændres.').waitFor();

    const archive = page.getByRole('table', { name: 'Sagens dokumenter' });
    const row = archive.getByRole('row', { name: /Bevilling af indsats/ });
    await row.getByText('Endeligt').waitFor();
    const href = await row.getByRole('link', { name: /^Hent / }).getAttribute('href');
    const pdf = await page.request.get(href ?? '');
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
    await expectAccessible(page, 'the finalised letter in the archive');
  });
});
