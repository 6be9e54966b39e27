import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCalendarDays, todayInCopenhagen } from '../src/core/calendar/zone.ts';
import { updateOffer } from '../src/server/casework/measures.testing.ts';
import { insertForumDecision } from '../src/server/casework/measures-gate.testing.ts';
import { createLadderOffers } from '../src/testing/casework.ts';
import { loginAs } from '../src/testing/server.ts';
import { type BrowserEnv, expectAccessible, logIn, snap, startBrowserEnv } from './browser.ts';
import { openTab, todayField } from './casework.testing.ts';

/**
 * Decisions and letters in real Chromium (issue 14): a placement started from the placement
 * committee's decision has made its written decision in the same step; the caseworker writes its
 * letter from the template, finalises it, downloads the PDF, finds it in the archive and the
 * decision in the chronology. (The committee's decision is written as a row here: the forums' way to
 * it has its own browser test, e2e/gate.test.ts.)
 */
describe('a decision and its letter in the browser', () => {
  let env: BrowserEnv;

  beforeAll(async () => {
    env = await startBrowserEnv('e2e-documents');
  });
  afterAll(async () => {
    await env?.close();
  });

  it('drafts and finalises the letter of a placement’s decision, and the PDF downloads', async () => {
    const caseId = env.server.municipality.cases.inClass;
    const offers = await createLadderOffers(env.server.db, env.server.municipality);
    await updateOffer(env.server.db, offers[5] as string, { legal_basis: 'barnets lovs § 46' });
    const forumDecisionId = await insertForumDecision(env.server, {
      caseId,
      forumKind: 'placement_committee',
      decidedOn: addCalendarDays(todayInCopenhagen(), -3),
      stepPosition: 5,
    });
    const reasons =
      'Skolen oplyser om stort fravær, og hjemmet kan ikke give Alma den omsorg, hun har brug for.';
    const started = await (await loginAs(env.server, 'caseworker')).post(`/api/cases/${caseId}/measures`, {
      offerId: offers[5],
      startDate: todayInCopenhagen(),
      reason: reasons,
      forumDecisionId,
      consent: 'with_consent',
      placementReasons: ['parents_insufficient_care'],
      idempotencyKey: randomUUID(),
    });
    expect(started.status).toBe(201);

    const { page } = await env.newUser();
    await logIn(page, env.server.users.caseworker);
    await page.goto(`/sag/${caseId}`);
    await openTab(page, 'Afgørelser og breve');
    const decisions = page.getByRole('table', { name: 'Sagens afgørelser' });
    await decisions
      .getByRole('row', { name: /Anbringelse med samtykke/ })
      .getByText('Endelig')
      .waitFor();

    const letter = page.getByRole('form', { name: 'Nyt brev' });
    await letter
      .getByLabel(/^Afgørelse/)
      .selectOption({ label: `Anbringelse med samtykke af ${todayField()}` });
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
    const row = archive.getByRole('row', { name: /Anbringelse med samtykke/ });
    await row.getByText('Endeligt').waitFor();
    const href = await row.getByRole('link', { name: /^Hent / }).getAttribute('href');
    const pdf = await page.request.get(href ?? '');
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
    await expectAccessible(page, 'the finalised letter in the archive');
    expect((await pdf.body()).length).toBeGreaterThan(1000);

    // The decision is on the case's chronology, beside the placement it was made with.
    await openTab(page, 'Kronologi');
    await page.getByText('Afgørelse: anbringelse med samtykke').waitFor();
  });
});
