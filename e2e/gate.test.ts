import { afterAll, beforeAll, describe, it } from 'vitest';
import { addCalendarDays, todayInCopenhagen } from '../src/core/calendar/zone.ts';
import { updateOffer } from '../src/server/casework/measures.testing.ts';
import { insertForumDecision } from '../src/server/casework/measures-gate.testing.ts';
import { createLadderOffers } from '../src/testing/casework.ts';
import { type BrowserEnv, expectAccessible, logIn, startBrowserEnv } from './browser.ts';
import { openTab } from './casework.testing.ts';

/**
 * The escalation gate in real Chromium (issue 12 item 5): a placement without the placement
 * committee's decision is refused with the Danish message naming the committee, and what was typed
 * stays; with the committee's decision chosen in the form it starts.
 */
describe('the escalation gate on the case page', () => {
  let env: BrowserEnv;

  beforeAll(async () => {
    env = await startBrowserEnv('e2e-gate');
    const offers = await createLadderOffers(env.server.db, env.server.municipality);
    await updateOffer(env.server.db, offers[5] as string, { legal_basis: 'Barnets lov § 46' });
  });
  afterAll(async () => {
    await env?.close();
  });

  it('refuses a placement without the committee’s decision, and starts it with the decision', async () => {
    const caseId = env.server.municipality.cases.inClass;
    const { page } = await env.newUser();
    await logIn(page, env.server.users.caseworker);
    await page.goto(`/sag/${caseId}`);
    await openTab(page, 'Indsatser');
    const form = page.getByRole('form', { name: 'Ny indsats' });
    await form
      .getByLabel(/Tilbud fra tilbudsviften/)
      .selectOption({ label: 'Trin 5: Tilbud trin 5 (Testkommunen)' });
    await form.getByText(/kræver en godkendende afgørelse fra Anbringelses- og efterværnsudvalget/).waitFor();
    await form.getByLabel(/^Begrundelse/).fill('Hjemmet kan ikke give Alma den omsorg, hun har brug for.');
    await form.getByLabel('Med samtykke (barnets lov § 46)').check();
    await form.getByLabel('Omsorgssvigt').check();
    await form.getByRole('button', { name: 'Gem indsatsen' }).click();
    const refused = form.getByRole('alert').filter({ hasText: 'Indsatsen er ikke gemt' });
    await refused.getByText(/Anbringelses- og efterværnsudvalget/).waitFor();
    await expectAccessible(page, 'the measure form with the gate');

    await insertForumDecision(env.server, {
      caseId,
      forumKind: 'placement_committee',
      decidedOn: addCalendarDays(todayInCopenhagen(), -1),
      stepPosition: 5,
    });
    // The draft survives the reload; the form now offers the committee's decision.
    await page.reload();
    await openTab(page, 'Indsatser');
    const again = page.getByRole('form', { name: 'Ny indsats' });
    const picker = again.getByLabel('Afgørelse fra Anbringelses- og efterværnsudvalget');
    await picker.locator('option', { hasText: 'trin 5' }).waitFor({ state: 'attached' });
    const option = await picker.locator('option', { hasText: 'trin 5' }).getAttribute('value');
    await picker.selectOption(option ?? '');
    await again.getByRole('button', { name: 'Gem indsatsen' }).click();
    const row = page
      .getByRole('table', { name: 'Sagens indsatser' })
      .getByRole('row', { name: /Tilbud trin 5/ });
    await row.getByText(/Anbringelses- og efterværnsudvalget/).waitFor();
  });
});
