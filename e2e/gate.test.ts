import { afterAll, beforeAll, describe, it } from 'vitest';
import { forumWorld, publishedMeeting } from '../src/server/forums/agenda.testing.ts';
import { newKey } from '../src/server/forums/forums.testing.ts';
import { type ApiClient, loginAs } from '../src/testing/server.ts';
import { type BrowserEnv, expectAccessible, logIn, startBrowserEnv } from './browser.ts';
import { openTab } from './casework.testing.ts';

/**
 * The escalation gate in real Chromium (issue 12 item 5): a placement without the placement
 * committee's decision is refused with the Danish message naming the committee, and what was typed
 * stays. Then the placement goes the forums' way — the caseworker's proposal, Det Kreative Råd's
 * approval (rule (a)), which refers it to the committee (rule (c)), the committee's approval — over
 * the real endpoints (the agenda pages have their own browser test, e2e/forums.test.ts), and with
 * the committee's decision chosen in the form the placement starts.
 */

/** The chair's approval of the one item of `rule` on the meeting's agenda: the decision's id. */
async function approveItem(chair: ApiClient, meetingId: string, rule: string, stepPosition: number) {
  const agenda = await chair.get(`/api/forum-meetings/${meetingId}/agenda`);
  const item = agenda.body.items.find((i: { rule: string }) => i.rule === rule);
  if (!item) throw new Error(`no ${rule} item: ${JSON.stringify(agenda.body)}`);
  const res = await chair.post(`/api/forum-meetings/${meetingId}/decisions`, {
    idempotencyKey: newKey(),
    rule,
    itemRef: item.itemRef,
    outcome: 'approved',
    stepPosition,
    reasons: 'Hjemmebaserede indsatser er afprøvet uden fremgang.',
  });
  if (res.status !== 201) throw new Error(`${rule}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.id as string;
}
describe('the escalation gate on the case page', () => {
  let env: BrowserEnv;
  let world: Awaited<ReturnType<typeof forumWorld>>;

  beforeAll(async () => {
    env = await startBrowserEnv('e2e-gate');
    world = await forumWorld(env.server);
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

    const caseworker = await loginAs(env.server, 'caseworker');
    const proposal = await caseworker.post(`/api/cases/${caseId}/proposals`, {
      idempotencyKey: newKey(),
      offerIds: [world.offers[5]],
      reason: 'Hjemmet kan ikke give Alma den omsorg, hun har brug for.',
    });
    if (proposal.status !== 201) throw new Error(JSON.stringify(proposal.body));
    await approveItem(
      world.leader,
      await publishedMeeting(world, world.forums.council),
      'specialised_proposal',
      5,
    );
    await approveItem(
      world.leader,
      await publishedMeeting(world, world.forums.placement),
      'placement_ground',
      5,
    );
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
