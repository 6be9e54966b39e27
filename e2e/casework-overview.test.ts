import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copenhagenDateOf } from '../src/core/calendar/zone.ts';
import { asSystem } from '../src/store/database.ts';
import { createLadderOffers } from '../src/testing/casework.ts';
import { type ApiClient, loginAs } from '../src/testing/server.ts';
import { formatDate } from '../src/web/ui/format.ts';
import { type BrowserEnv, expectAccessible, expectTitle, logIn, snap, startBrowserEnv } from './browser.ts';

/**
 * Case work's overview in real Chromium (issue 6, points 6–9 and 11): the caseworker's "Mit
 * overblik" with the next deadline and a quiet case, the leader's supervision with caseloads and a
 * reassignment with a reason (and a stale save answered 409), figures F9/F11/F12 (the analyst sees
 * small counts as "< 5"), and the case page's network map, journal with a correction and chronology.
 */
describe('Mit overblik, supervision, figures and the network, journal and chronology tabs', () => {
  let env: BrowserEnv;
  let caseworker: Page;
  let caseworkerApi: ApiClient;
  let childName = '';
  let districtChildName = '';

  beforeAll(async () => {
    env = await startBrowserEnv('e2e-casework-overview');
    const m = env.server.municipality;
    const offers = await createLadderOffers(env.server.db, m);
    childName = `${m.children.inClass.firstName} ${m.children.inClass.lastName}`;
    districtChildName = `${m.children.districtCase.firstName} ${m.children.districtCase.lastName}`;
    caseworkerApi = await loginAs(env.server, 'caseworker');
    // A measure gives the case its first follow-up deadline, 3 months ahead.
    const measure = await caseworkerApi.post(`/api/cases/${m.cases.inClass}/measures`, {
      offerId: offers[1],
      startDate: copenhagenDateOf(new Date()),
      legalBasis: 'Barnets lov § 32',
      reason: 'Støtte i hverdagen efter samtale med familien.',
    });
    expect(measure.status, JSON.stringify(measure.body)).toBe(201);
    // Opened eight weeks ago with no contact since: the case is quiet (the limit is 6 weeks).
    await asSystem(env.server.db, 'test-fixture', (tx) =>
      tx
        .updateTable('cases')
        .set({ opened_at: new Date(Date.now() - 56 * 86_400_000) })
        .where('id', '=', m.cases.inClass)
        .execute(),
    );
    caseworker = (await env.newUser()).page;
    await logIn(caseworker, env.server.users.caseworker);
  });
  afterAll(async () => {
    await env?.close();
  });

  it('shows the caseworker their case with the next deadline in words, the quiet case and the caseload', async () => {
    const mine = await caseworkerApi.get('/api/cases/mine');
    expect(mine.status).toBe(200);
    const next = mine.body[0].nextDeadline;
    expect(next).not.toBeNull();

    // The start page shows the overview first.
    await caseworker.getByRole('heading', { name: 'Mit overblik' }).waitFor();
    await caseworker.getByRole('navigation').getByRole('link', { name: 'Mit overblik' }).click();
    await caseworker.waitForURL(/\/overblik$/);
    await expectTitle(caseworker, 'Mit overblik – Trappen');

    const deadlines = caseworker.getByRole('region', { name: /Mine sager og frister/ });
    const row = deadlines.getByRole('row', { name: new RegExp(childName) });
    await row.waitFor();
    const text = (await row.textContent()) ?? '';
    expect(text).toContain(next.label);
    expect(text).toContain(formatDate(next.dueOn));
    expect(text).toMatch(/om \d+ (dage|uger|måneder)|i dag|i morgen/);
    expect(text).toContain('Stille i');
    await row.getByRole('link', { name: childName }).waitFor();

    const quiet = caseworker.getByRole('region', { name: /Stille sager/ });
    await quiet.getByRole('link', { name: childName }).waitFor();
    expect(await quiet.textContent()).toMatch(/i [78] uger/);

    expect(await caseworker.getByTestId('my-caseload').textContent()).toContain(
      '1 sag — mål 20: under målet',
    );
    await expectAccessible(caseworker, 'Mit overblik');
    await snap(caseworker, 'casework-my-cases');
  });

  it('lets the leader see caseloads and assign the unassigned case with a reason; a stale save is reloaded, not overwritten', async () => {
    const m = env.server.municipality;
    const leader = (await env.newUser()).page;
    await logIn(leader, env.server.users.leader);
    await leader.getByRole('navigation').getByRole('link', { name: 'Tilsyn med sager' }).click();
    await leader.waitForURL(/\/tilsyn\/sager$/);
    await expectTitle(leader, 'Tilsyn med sager – Trappen');
    const caseloads = leader.getByTestId('caseloads');
    await caseloads.getByRole('row', { name: /Test caseworker/ }).waitFor();
    expect(await caseloads.getByRole('row', { name: /Test caseworker/ }).textContent()).toContain(
      '1 sag — mål 20: under målet',
    );
    await expectAccessible(leader, 'the supervision of cases');

    const unassigned = leader.getByRole('region', { name: /Ufordelte sager/ });
    await unassigned.getByRole('button', { name: `Fordel sagen om ${districtChildName}` }).click();
    const dialog = leader.getByRole('dialog', { name: `Fordel sagen om ${districtChildName}` });
    await dialog.getByText('ingen (sagen er ikke fordelt)').waitFor();
    await dialog.getByLabel(/^Ny sagsbehandler/).selectOption({ label: 'Test caseworker' });
    await dialog.getByLabel(/^Begrundelse/).fill('Sagsbehandleren kender familien fra skolen.');

    // Meanwhile someone else saves the case (a contact person): the dialog's version is stale.
    const other = await loginAs(env.server, 'leader');
    const current = await other.get(`/api/cases/${m.cases.districtCase}`);
    const changed = await other.patch(`/api/cases/${m.cases.districtCase}`, {
      version: current.body.version,
      contactPersonId: env.server.users.caseworker.id,
      assignmentReason: 'Kontaktperson for familien.',
    });
    expect(changed.status, JSON.stringify(changed.body)).toBe(200);

    await dialog.getByRole('button', { name: 'Fordel sagen' }).click();
    await dialog.getByText('En anden har gemt sagen, mens du havde den åben.', { exact: false }).waitFor();
    // The choices typed are kept; the next save uses the reloaded version.
    expect(await dialog.getByLabel(/^Begrundelse/).inputValue()).toBe(
      'Sagsbehandleren kender familien fra skolen.',
    );
    await dialog.getByText('Kontaktperson for familien.').waitFor();
    await expectAccessible(leader, 'the reassignment dialog after a conflict');
    await dialog.getByRole('button', { name: 'Fordel sagen' }).click();
    await dialog.getByText(`Sagen om ${districtChildName} er nu fordelt til Test caseworker.`).waitFor();
    await dialog.getByText('Begrundelse: Sagsbehandleren kender familien fra skolen.').waitFor();
    await snap(leader, 'casework-reassigned');
    await dialog.getByRole('button', { name: 'Luk', exact: true }).click();

    const after = await other.get(`/api/cases/${m.cases.districtCase}`);
    expect(after.body.caseworker?.id).toBe(env.server.users.caseworker.id);
    // The page follows: the case left the unassigned list and the caseload grew to 2.
    await unassigned.getByText('Alle åbne sager har en sagsbehandler.').waitFor();
    await caseloads.getByRole('row', { name: /2 sager — mål 20: under målet/ }).waitFor();
  });

  it('shows figures F9, F11 and F12 as charts with tables; the analyst sees small counts as "< 5"', async () => {
    const leader = (await env.newUser()).page;
    await logIn(leader, env.server.users.leader);
    await leader.getByRole('navigation').getByRole('link', { name: 'Nøgletal for sager' }).click();
    await leader.waitForURL(/\/noegletal\/sager$/);
    await expectTitle(leader, 'Nøgletal for sagsarbejdet – Trappen');
    await leader.getByRole('heading', { name: 'F12: Retningen på indsatstrappen' }).waitFor();
    await leader.getByRole('heading', { name: 'F9: Børnefaglige undersøgelser til tiden' }).waitFor();
    const f11 = leader.getByTestId('f11-table');
    await f11.getByRole('row', { name: /Hele kommunen/ }).waitFor();
    // The measure started today moved the child up a step: one move up this quarter.
    const f12 = leader.getByTestId('f12-quarters');
    await f12.waitFor();
    expect(await f12.textContent()).toMatch(/kvt\./);
    // …from step 0, in the table by origin step for the chosen period.
    const origin = leader.getByTestId('f12-origin');
    await origin.getByRole('row', { name: /^Trin 0: almindeligt hverdagsliv 1 0$/ }).waitFor();
    await expectAccessible(leader, 'the case figures');
    await snap(leader, 'casework-figures');

    const analyst = (await env.newUser()).page;
    await logIn(analyst, env.server.users.analyst);
    await analyst.goto('/noegletal/sager');
    const analystF11 = analyst.getByTestId('f11-table');
    await analystF11.getByText('< 5 sagsbehandlere (vises ikke)').first().waitFor();
    await analyst.getByTestId('f12-origin').getByText('< 5 flytninger (vises ikke)').first().waitFor();
    expect(await analyst.textContent('main')).not.toContain('Test caseworker');
    await expectAccessible(analyst, 'the case figures, suppressed');
  });

  it('lets the caseworker add a person to the network map', async () => {
    const m = env.server.municipality;
    await caseworker.goto(`/sag/${m.cases.inClass}?fane=netvaerk`);
    await caseworker.getByRole('button', { name: 'Tilføj person' }).click();
    const form = caseworker.getByRole('region', { name: 'Tilføj person til netværkskortet' });
    // Sending it empty names what is missing.
    await form.getByRole('button', { name: 'Tilføj til netværkskortet' }).click();
    await form.getByText('Skriv personens navn.').waitFor();
    await form.getByLabel(/^Navn/).fill('Grethe Hansen');
    await form.getByLabel(/^Relation til barnet/).fill('Mormor');
    await form.getByLabel('Tæt på').check();
    await form.getByLabel('Hente/bringe').check();
    await form.getByLabel('Mulig netværksplejefamilie').check();
    await form.getByLabel(/^Telefon/).fill('12 34 56 78');
    await expectAccessible(caseworker, 'the network form');
    await form.getByRole('button', { name: 'Tilføj til netværkskortet' }).click();
    await caseworker.getByText('Grethe Hansen er sat på netværkskortet.').waitFor();

    const close = caseworker.getByRole('region', { name: /^Tæt på/ });
    const card = close.getByRole('article', { name: 'Grethe Hansen, Mormor' });
    await card.getByText('Hente/bringe').waitFor();
    await card.getByText('Mulig netværksplejefamilie').waitFor();
    await expectAccessible(caseworker, 'the network map');
    await snap(caseworker, 'casework-network');

    // Edit while someone else saves the same person: the newer record is shown, the input kept.
    const [grethe] = (await caseworkerApi.get(`/api/cases/${m.cases.inClass}/network`)).body;
    await card.getByRole('button', { name: 'Ret Grethe Hansen' }).click();
    await card.getByLabel(/^Telefon/).fill('87 65 43 21');
    const meanwhile = await caseworkerApi.patch(`/api/network-members/${grethe.id}`, {
      version: grethe.version,
      notes: 'Har selv foreslået at hente i skolen.',
    });
    expect(meanwhile.status).toBe(200);
    await card.getByRole('button', { name: 'Gem ændringer' }).click();
    await card.getByText('Personen er ændret af en anden').waitFor();
    expect(await card.getByLabel(/^Telefon/).inputValue()).toBe('87 65 43 21');
    await expectAccessible(caseworker, 'a network edit after a conflict');
    await card.getByRole('button', { name: 'Gem ændringer' }).click();
    await card.getByText('Telefon: 87 65 43 21').waitFor();

    const stored = await caseworkerApi.get(`/api/cases/${m.cases.inClass}/network`);
    expect(stored.body).toMatchObject([
      {
        name: 'Grethe Hansen',
        relation: 'Mormor',
        closeness: 'close',
        contributions: ['pick_up', 'network_foster_family'],
      },
    ]);
  });

  it('takes a person off the network map without deleting them, and back on', async () => {
    const card = caseworker.getByRole('article', { name: 'Grethe Hansen, Mormor' });
    await card.getByRole('button', { name: 'Tag af kortet (Grethe Hansen)' }).click();
    const inactive = caseworker.getByRole('region', { name: /Taget af kortet/ });
    await inactive.getByText('Grethe Hansen (Mormor)').waitFor();
    await caseworker.getByText('Der er ingen personer på netværkskortet endnu.').waitFor();
    await inactive.getByRole('button', { name: 'Sæt på kortet igen (Grethe Hansen)' }).click();
    await card.waitFor();
  });

  it('lets the caseworker write a journal entry and correct it; the old one stays, marked "Rettet"', async () => {
    const m = env.server.municipality;
    await caseworker.goto(`/sag/${m.cases.inClass}?fane=journal`);
    await caseworker.getByRole('heading', { name: 'Nyt notat' }).waitFor();
    await caseworker.getByLabel('Type').selectOption('home_visit');
    await caseworker
      .getByRole('textbox', { name: 'Notat' })
      .fill('Hjemmebesøg: mor fortæller om svære morgener.');
    await caseworker.getByRole('button', { name: 'Gem notatet' }).click();
    await caseworker.getByText('Notatet er gemt.').waitFor();
    const first = caseworker.getByRole('article', { name: /^Hjemmebesøg/ });
    await first.getByText('Hjemmebesøg: mor fortæller om svære morgener.').waitFor();
    expect(await first.textContent()).toContain('Skrevet af Test caseworker');

    await first.getByRole('button', { name: /^Ret notatet/ }).click();
    await caseworker.getByRole('heading', { name: /^Ret notatet fra/ }).waitFor();
    await caseworker
      .getByLabel(/^Det rettede notat/)
      .fill('Hjemmebesøg: mor og far fortæller om svære morgener.');
    await expectAccessible(caseworker, 'correcting a journal entry');
    await caseworker.getByRole('button', { name: 'Gem rettelsen' }).click();
    await caseworker.getByText('Rettelsen er gemt. Det oprindelige notat står som rettet.').waitFor();

    const corrected = caseworker.getByRole('article', { name: /rettet$/ });
    await corrected.getByText('Rettet', { exact: true }).waitFor();
    await corrected.getByText('Hjemmebesøg: mor fortæller om svære morgener.').waitFor();
    const correction = caseworker
      .getByRole('article', { name: /^Hjemmebesøg/ })
      .filter({ hasText: 'Rettelse' });
    await correction.getByText('Hjemmebesøg: mor og far fortæller om svære morgener.').waitFor();
    expect(await corrected.getByRole('button', { name: /^Ret notatet/ }).count()).toBe(0);
    await expectAccessible(caseworker, 'the journal');
    await snap(caseworker, 'casework-journal');

    // A home visit is contact: the case is no longer quiet.
    const mine = await caseworkerApi.get('/api/cases/mine');
    expect(mine.body[0].quietSince).toBeNull();
  });

  it('shows the chronology of the case', async () => {
    const m = env.server.municipality;
    await caseworker.goto(`/sag/${m.cases.inClass}?fane=kronologi`);
    await caseworker.getByText('Indsats startet').first().waitFor();
    await caseworker.getByLabel('Rækkefølge').selectOption('newest');
    await expectAccessible(caseworker, 'the chronology');
  });

  it('lets the leader change the local rules', async () => {
    const leader = (await env.newUser()).page;
    await logIn(leader, env.server.users.leader);
    await leader.getByRole('navigation').getByRole('link', { name: 'Regler for sager' }).click();
    await expectTitle(leader, 'Regler for sagsarbejdet – Trappen');
    const weeks = leader.getByLabel(/^Stille sag efter/);
    expect(await weeks.inputValue()).toBe('6');
    await weeks.fill('0');
    await leader.getByText('Skriv et helt tal fra 1 til 52.').waitFor();
    await weeks.fill('8');
    await expectAccessible(leader, 'the case-work rules');
    await leader.getByRole('button', { name: 'Gem reglerne' }).click();
    await leader.getByText('Reglerne er gemt og gælder fra nu.').waitFor();
    expect((await caseworkerApi.get('/api/casework/settings')).body.quietWeeks).toBe(8);
  });
});
