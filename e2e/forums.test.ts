import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { forumOffers, meetingDay } from '../src/server/forums/agenda.testing.ts';
import { addUserMember, councilBody, createForum, meetingIn } from '../src/server/forums/forums.testing.ts';
import { loginAs } from '../src/testing/server.ts';
import { type BrowserEnv, expectAccessible, expectTitle, logIn, snap, startBrowserEnv } from './browser.ts';

/**
 * The forums in real Chromium (issue 12): the leader, chair of district d1's council, opens
 * "Mødefora", the council, and plans, publishes and closes its next meeting. Then, in a second
 * municipality's world: the caseworker proposes MST, it is on d1's council's agenda, the chair finds
 * an alternative at step 2, the caseworker starts it, and the minutes print with the decision.
 */
describe('Mødefora and a forum’s meetings in the browser', () => {
  let env: BrowserEnv;
  const name = 'Det Kreative Råd Nord';

  beforeAll(async () => {
    env = await startBrowserEnv('e2e-forums');
    const admin = await loginAs(env.server, 'admin');
    const forumId = await createForum(admin, councilBody(env.server.municipality.districts.d1, name));
    await addUserMember(admin, forumId, env.server.users.leader.id, true);
  });
  afterAll(async () => {
    await env?.close();
  });

  it('lets the chair plan, publish and close the next meeting', async () => {
    const { page } = await env.newUser();
    await logIn(page, env.server.users.leader);

    await page.getByRole('navigation').getByRole('link', { name: 'Mødefora', exact: true }).click();
    await page.waitForURL(/\/moedefora$/);
    await expectTitle(page, 'Mødefora – Trappen');
    const forums = page.getByRole('table', { name: 'Kommunens mødefora' });
    const row = forums.getByRole('row', { name: new RegExp(name) });
    await row.getByText('Hver anden tirsdag').waitFor();
    await row.getByText('(formand)').waitFor();
    await expectAccessible(page, 'the list of forums');
    await snap(page, 'forums');

    await row.getByRole('link', { name }).click();
    await page.getByRole('heading', { level: 1, name }).waitFor();
    const next = page.locator('tbody tr').first();
    await next.getByText('Ikke planlagt').waitFor();
    await expectAccessible(page, 'a forum’s meetings');

    await next.getByRole('button', { name: /^Planlæg møde den / }).click();
    await next.getByText('Planlagt').waitFor();
    await next.getByRole('button', { name: /^Offentliggør mødet den / }).click();
    await next.getByText('Offentliggjort').waitFor();
    await next.getByRole('button', { name: /^Afslut mødet den / }).click();
    await next.getByText('Afsluttet').waitFor();
    await next.getByText('Låst').waitFor();
    await snap(page, 'forum-meetings');
  });

  it('takes a proposal of MST to the council, whose alternative at step 2 the caseworker starts', async () => {
    // The council of the other district, so the first test's meetings stay out of the way.
    await forumOffers(env.server);
    const admin = await loginAs(env.server, 'admin');
    const councilId = await createForum(
      admin,
      councilBody(env.server.municipality.districts.d2, 'Det Kreative Råd Syd'),
    );
    await addUserMember(admin, councilId, env.server.users.leader.id, true);
    const meetingId = await meetingIn(
      await loginAs(env.server, 'leader'),
      councilId,
      meetingDay(),
      'published',
    );
    const caseId = env.server.municipality.cases.other;
    const { page: caseworker } = await env.newUser();
    await logIn(caseworker, env.server.users.caseworker2);
    await caseworker.goto(`/sag/${caseId}?fane=moedeforum`);
    const form = caseworker.getByRole('form', { name: 'Indstil til mødeforum' });
    await form.getByLabel(/^Tilbud, der indstilles til/).selectOption({ label: 'Trin 3: MST' });
    await form.getByLabel(/^Begrundelse/).fill('Familien har brug for en intensiv indsats i hjemmet.');
    await form.getByLabel('Netværkets mulige bidrag').fill('Farmor kan hjælpe om aftenen.');
    await expectAccessible(caseworker, 'the proposal form');
    await form.getByRole('button', { name: 'Indstil' }).click();
    await form
      .getByRole('status')
      .getByText(/Indstillet til Det Kreative Råd Syd/)
      .waitFor();
    await caseworker
      .getByRole('table', { name: 'Indstillinger' })
      .getByText(/På dagsordenen for/)
      .waitFor();

    const { page: chair } = await env.newUser();
    await logIn(chair, env.server.users.leader);
    await chair.goto(`/moedefora/moede/${meetingId}`);
    const item = chair.getByRole('article', { name: /Indstilling til specialiseret tilbud: Didrik/ });
    await item.getByText(/rådet afsøger alternativer/).waitFor();
    await item.getByText('Sagsresumé').click();
    await item.getByText(/Netværket: Farmor kan hjælpe/).waitFor();
    await expectAccessible(chair, 'the agenda');
    const decision = item.getByRole('form', { name: /^Afgørelse på punkt/ });
    await decision.getByLabel('Udfald').selectOption({ label: 'Alternativ på et lavere trin' });
    await decision.getByLabel('Trin').selectOption({ label: 'Trin 2' });
    await decision.getByLabel('Tilbud (valgfrit)').selectOption({ label: 'Tilbud trin 2' });
    await decision.getByLabel(/^Begrundelse/).fill('Familiebehandling i hjemmet først.');
    await decision.getByRole('button', { name: /^Gem afgørelsen/ }).click();
    await item
      .getByText(/Alternativ på et lavere trin/)
      .first()
      .waitFor();
    await snap(chair, 'forum-agenda');

    // The caseworker starts the step-2 measure the council found (no forum needed below step 3).
    await caseworker.goto(`/sag/${caseId}?fane=indsatser`);
    const measure = caseworker.getByRole('form', { name: 'Ny indsats' });
    await measure
      .getByLabel(/Tilbud fra tilbudsviften/)
      .selectOption({ label: 'Trin 2: Tilbud trin 2 (Testkommunen)' });
    await measure.getByLabel(/^Begrundelse/).fill('Det Kreative Råd fandt et alternativ på trin 2.');
    await measure.getByRole('button', { name: 'Gem indsatsen' }).click();
    await caseworker
      .getByRole('table', { name: 'Sagens indsatser' })
      .getByRole('row', { name: /Tilbud trin 2/ })
      .waitFor();

    // The minutes, on paper: the decision is there, the menu and the button are not.
    await chair.goto(`/moedefora/moede/${meetingId}/referat`);
    const minutes = chair.getByText(/Begrundelse: Familiebehandling i hjemmet først/);
    await minutes.waitFor();
    await expectAccessible(chair, 'the minutes');
    await chair.emulateMedia({ media: 'print' });
    expect(await chair.getByRole('button', { name: 'Udskriv' }).isVisible()).toBe(false);
    expect(await minutes.isVisible()).toBe(true);
    await chair.emulateMedia({ media: 'screen' });

    // The council's alternative counts in the forums' figures (FR1), charts with their tables.
    await chair.goto('/noegletal/moedefora');
    await chair.getByRole('heading', { name: 'FR1: Alternativer fundet i Det Kreative Råd' }).waitFor();
    await chair.getByRole('heading', { name: 'FR4: Institutionsanbringelser over 12 måneder' }).waitFor();
    await expectAccessible(chair, 'the forums’ figures');
  });
});
