import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInCopenhagen } from '../src/core/calendar/zone.ts';
import { asSystem } from '../src/store/database.ts';
import { loginAs } from '../src/testing/server.ts';
import { type BrowserEnv, expectAccessible, expectTitle, logIn, snap, startBrowserEnv } from './browser.ts';
import {
  addChildren,
  addEarlyOffer,
  countingKeyboard,
  focusedLabel,
  groupId,
  professionalAt,
  setContact,
} from './detection.testing.ts';

/** Early detection in real Chromium: the wellbeing check by keyboard, a concern and its guide, the queue. */
describe('early detection in the browser', () => {
  let env: BrowserEnv;
  let classId: string;
  const danishToday = todayInCopenhagen().split('-').reverse().join('.');
  const offerName = 'De Utrolige År – forældregruppe';

  beforeAll(async () => {
    env = await startBrowserEnv('e2e-detection');
    classId = await groupId(env.server, '1.A');
    // The fixture's class has one child (Alma); a real class has 25.
    await addChildren(env.server, classId, 24);
    await setContact(
      env.server,
      env.server.users.preventive.id,
      '44 55 66 77',
      'Forebyggende socialrådgiver',
    );
    await addEarlyOffer(env.server, offerName);
  });
  afterAll(async () => {
    await env?.close();
  });

  it('lets a teacher rate a class of 25 with the keyboard alone, in at most 60 key presses, stored once', async () => {
    const { page } = await env.newUser();
    await logIn(page, env.server.users.teacher);
    // A professional starts on their classes.
    const groups = page.getByRole('region', { name: 'Mine klasser og grupper' });
    await groups.getByRole('heading', { name: '1.A' }).waitFor();
    expect(await groups.textContent()).toContain('25 børn');
    await expectAccessible(page, 'the professional start page');
    await snap(page, 'detection-start-teacher');

    await groups.getByRole('link', { name: 'Trivselsvurdering af 1.A' }).click();
    await page.waitForURL(new RegExp(`/trivsel/${classId}$`));
    await expectTitle(page, 'Trivselsvurdering: 1.A – Trappen');
    // Focus starts on the first child, so the first key press already rates.
    await page.waitForFunction(() => (document.activeElement as HTMLInputElement | null)?.type === 'radio');
    expect(await focusedLabel(page)).toBe('Grøn: trives');
    await expectAccessible(page, 'the wellbeing check');
    await snap(page, 'detection-wellbeing-focus');

    const keys = countingKeyboard(page);
    for (let i = 0; i < 25; i++) {
      if (i === 4) {
        // Yellow, then back to the note field that opened, a short note, and Enter goes on.
        await keys.press('2');
        await keys.press('Shift+Tab');
        expect(await focusedLabel(page)).toContain('Bemærkning om');
        for (const key of 'Trist') await keys.press(key);
        await keys.press('Enter');
      } else if (i === 7) {
        // Green, then a second thought: up again and yellow.
        await keys.press('1');
        await keys.press('ArrowUp');
        await keys.press('2');
      } else if (i === 11) {
        await keys.press('3');
      } else {
        await keys.press('1');
      }
    }
    // After the last child, focus is on the save button.
    expect(await focusedLabel(page)).toBe('Gem vurderingen');
    await snap(page, 'detection-wellbeing-rated');
    await keys.press('Enter');
    await page.getByText('Vurderingen er gemt').waitFor();
    console.log(`wellbeing check: 25 children rated in ${keys.count} key presses`);
    expect(keys.count).toBeLessThanOrEqual(60);

    // Stored once, all 25, as typed.
    const rounds = await asSystem(env.server.db, 'e2e', (tx) =>
      tx
        .selectFrom('wellbeing_rating')
        .select(['round_id', 'color', 'note'])
        .where('group_id', '=', classId)
        .execute(),
    );
    expect(rounds).toHaveLength(25);
    expect(new Set(rounds.map((r) => r.round_id)).size).toBe(1);
    expect(rounds.filter((r) => r.color === 'yellow')).toHaveLength(2);
    expect(rounds.filter((r) => r.color === 'red')).toHaveLength(1);
    expect(rounds.find((r) => r.note)?.note).toBe('Trist');

    // A reload shows the ratings just saved as the previous ones.
    await page.reload();
    const rows = page.getByRole('list', { name: 'Børnene i gruppen' }).getByRole('listitem');
    await rows.first().getByText('Forrige: Grøn: trives').waitFor();
    expect(await rows.nth(4).textContent()).toContain('Forrige: Gul: opmærksomhed');
    expect(await rows.nth(11).textContent()).toContain('Forrige: Rød: bekymring');
    await snap(page, 'detection-wellbeing-previous');

    // A double click on save stores the round once (one idempotency key per content).
    await rows.nth(0).getByRole('radio', { name: 'Grøn: trives' }).check();
    await rows.nth(1).getByRole('radio', { name: 'Gul: opmærksomhed' }).check();
    await page.getByRole('button', { name: 'Gem vurderingen' }).dblclick();
    await page.getByText('Vurderingen er gemt').waitFor();
    const roundCount = await asSystem(env.server.db, 'e2e', (tx) =>
      tx.selectFrom('wellbeing_round').select('id').where('group_id', '=', classId).execute(),
    );
    expect(roundCount).toHaveLength(2);
    await snap(page, 'detection-wellbeing-saved');
  });

  it('lets a teacher register a concern, keeps it through a failed save, stores a double click once, and shows the guide', async () => {
    const { page } = await env.newUser();
    const { inClass } = env.server.children;
    await logIn(page, env.server.users.teacher);
    await page
      .getByRole('region', { name: 'Mine klasser og grupper' })
      .getByRole('link', { name: 'Registrér bekymring' })
      .click();
    await page.waitForURL(/\/bekymring\/ny$/);
    await expectTitle(page, 'Registrér en bekymring – Trappen');

    // Sending the empty form names what is missing.
    await page.getByRole('button', { name: 'Registrér bekymringen' }).click();
    await page.getByRole('alert').filter({ hasText: 'Bekymringen er ikke gemt' }).waitFor();
    await expectAccessible(page, 'the concern form with errors');
    await snap(page, 'detection-concern-errors');

    await page.getByLabel('Søg blandt dine børn').fill(inClass.firstName);
    await page
      .getByRole('button', { name: new RegExp(`^Vælg ${inClass.firstName} ${inClass.lastName}`) })
      .click();
    await page.getByTestId('chosen-child').getByText(`${inClass.firstName} ${inClass.lastName}`).waitFor();
    // The level by keyboard: 10 is first; the arrow keys walk down the ruler to 3.
    await page.getByRole('radio', { name: '10 – Trivsel' }).focus();
    for (let i = 0; i < 7; i++) await page.keyboard.press('ArrowDown');
    expect(await page.getByRole('radio', { name: '3 – Alvorlig bekymring' }).isChecked()).toBe(true);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space'); // the first ICS area: the child's development
    await page.getByLabel(/^Hvad ser du\?/).fill('Virker trist og træt, spiser ikke sin madpakke.');
    await page.getByRole('checkbox', { name: 'Social isolation' }).check();
    await page.getByRole('checkbox', { name: 'Positive relationer til lærere (rollemodeller)' }).check();
    await page.getByRole('radio', { name: 'Nej' }).check();
    await snap(page, 'detection-concern-form');

    // The first save fails on the way: nothing typed is lost.
    await page.route('**/api/concerns', (route) =>
      route.fulfill({
        status: 503,
        contentType: 'application/json',
        body: '{"error":{"id":"unavailable","message":"Serveren er ikke tilgængelig."}}',
      }),
    );
    await page.getByRole('button', { name: 'Registrér bekymringen' }).click();
    await page.getByRole('alert').filter({ hasText: 'Det, du har skrevet, er ikke gået tabt' }).waitFor();
    expect(await page.getByLabel(/^Hvad ser du\?/).inputValue()).toContain('madpakke');
    expect(await page.getByRole('radio', { name: '3 – Alvorlig bekymring' }).isChecked()).toBe(true);
    await page.unroute('**/api/concerns');

    // A double click stores one concern.
    await page.getByRole('button', { name: 'Registrér bekymringen' }).dblclick();
    await page.waitForURL(/\/bekymring\/[0-9a-f-]{36}$/);
    await page.getByText('Bekymringen er modtaget').waitFor();
    const guide = page.getByTestId('guide');
    await guide.getByRole('heading', { name: 'Handleguide: niveau 3 – Alvorlig bekymring' }).waitFor();
    const contact = guide.getByTestId('guide-contact');
    expect(await contact.textContent()).toContain('Test preventive');
    expect(await contact.textContent()).toContain('44 55 66 77');
    const duty = guide.getByTestId('duty-to-report');
    expect(await duty.textContent()).toContain('Du har pligt til at underrette');
    expect(await duty.textContent()).toContain('under kommunens grænse');
    expect(await guide.getByRole('region', { name: /Tilbud, der kan passe/ }).textContent()).toContain(
      offerName,
    );
    await expectAccessible(page, 'the guide');
    await snap(page, 'detection-guide');
    const mine = await (await loginAs(env.server, 'teacher')).get('/api/concerns/mine');
    expect(mine.body.concerns).toHaveLength(1);

    // Until someone acts on it, its author may still change it; the guide follows.
    await page.getByRole('link', { name: 'Ret bekymringen' }).click();
    await page.waitForURL(/\/ret$/);
    await page.getByRole('radio', { name: '4 – Alvorlig bekymring' }).check();
    await page.getByRole('button', { name: 'Gem rettelserne' }).click();
    await page.getByText('Rettelserne er gemt').waitFor();
    await guide.getByRole('heading', { name: 'Handleguide: niveau 4 – Alvorlig bekymring' }).waitFor();

    // Feedback: the status only, on the start page.
    await page.getByRole('link', { name: 'Til forsiden' }).click();
    const feedback = page.getByRole('region', { name: 'Mine indberetninger' });
    const row = feedback.getByRole('row', { name: new RegExp(inClass.firstName) });
    await row.waitFor();
    expect(await row.textContent()).toContain('Modtaget');
  });

  it('brings a second professional’s concern to the preventive worker, who acknowledges, contacts and closes it', async () => {
    const { inClass } = env.server.children;
    const second = await professionalAt(env.server, 'Nordskolen', 'Test lærer to');
    const res = await second.client.post('/api/concerns', {
      childId: inClass.id,
      level: 6,
      areas: [{ area: 'development', text: 'Kommer ofte for sent og virker uoplagt.' }],
      riskFactors: [],
      protectiveFactors: [],
      parentsInformed: true,
    });
    expect(res.status).toBe(201);

    const { page } = await env.newUser();
    await logIn(page, env.server.users.preventive);
    await page
      .getByRole('region', { name: 'Distriktets signaler' })
      .getByRole('link', { name: 'Se køen' })
      .click();
    await page.waitForURL(/\/signaler$/);
    await expectTitle(page, 'Signaler – Trappen');
    const row = page.getByRole('row').filter({ hasText: 'Flere fagpersoner er bekymrede' });
    await row.waitFor();
    expect(await row.textContent()).toContain(inClass.firstName);
    expect(await row.textContent()).toContain('Ny');
    await expectAccessible(page, 'the queue');
    await snap(page, 'detection-queue');

    await row.getByRole('link', { name: `${inClass.firstName} ${inClass.lastName}` }).click();
    await page.waitForURL(/\/signaler\/[0-9a-f-]{36}$/);
    await expectTitle(page, 'Signal – Trappen');
    const steps = page.getByTestId('signal-steps');
    await steps.waitFor();
    expect(await page.getByRole('region', { name: 'Det ligger bag' }).textContent()).toContain(
      'Test lærer to',
    );

    await expectAccessible(page, 'an open signal with its next steps');
    await snap(page, 'detection-signal-open');
    await page.getByRole('button', { name: 'Kvittér for signalet' }).click();
    await steps.getByText(/Set · Test preventive/).waitFor();
    await page.getByLabel('Dato for kontakten').fill(danishToday);
    await page.getByLabel(/^Hvem talte du med/).fill('Talt med mor i telefonen.');
    await page.getByRole('button', { name: 'Notér kontakten' }).click();
    await steps.getByText(/Kontakt · Test preventive/).waitFor();
    await page.getByRole('radio', { name: 'Tidlig indsats fra tilbudsviften' }).check();
    // Only active offers on steps 1–2 for the child's age are offered.
    await page.getByLabel(/^Tilbud fra tilbudsviften/).selectOption({ label: `${offerName} (trin 2)` });
    await page.getByRole('button', { name: 'Afslut signalet' }).click();
    await page.getByText('Signalet er afsluttet.').waitFor();
    const dated = await steps.getByRole('listitem').allTextContents();
    expect(dated).toHaveLength(4);
    for (const step of dated) expect(step).toContain(danishToday);
    expect(dated[3]).toContain(`Tidlig indsats fra tilbudsviften (${offerName})`);

    await page.getByRole('button', { name: 'Følg som kendt i forebyggende arbejde' }).click();
    await page.getByText('Barnet følges som kendt i forebyggende arbejde.').waitFor();
    await expectAccessible(page, 'a closed signal');
    await snap(page, 'detection-signal-closed');

    // The teacher's start page now says the concern is taken up, never how.
    const { page: teacher } = await env.newUser();
    await logIn(teacher, env.server.users.teacher);
    const feedback = teacher.getByRole('region', { name: 'Mine indberetninger' });
    const concernRow = feedback.getByRole('row', { name: new RegExp(inClass.firstName) });
    await concernRow.waitFor();
    expect(await concernRow.textContent()).toContain('Under behandling');

    // Taken up, it is locked: its author appends a correction instead, dated beneath it.
    await concernRow.getByRole('link').click();
    await teacher.getByRole('heading', { name: 'Det har du registreret' }).waitFor();
    expect(await teacher.getByRole('link', { name: 'Ret bekymringen' }).count()).toBe(0);
    await teacher.getByLabel(/^Hvad skal rettes/).fill('Mor har fortalt, at de er flyttet for nylig.');
    await teacher.getByRole('button', { name: 'Tilføj rettelsen' }).click();
    await teacher.getByRole('region', { name: 'Rettelser' }).getByText('flyttet for nylig').waitFor();
  });

  it('shows the preventive worker the child’s record and lets a teacher record a transition conversation', async () => {
    const { inClass } = env.server.children;
    const { page } = await env.newUser();
    await logIn(page, env.server.users.teacher);
    await page.goto(`/boern/${inClass.id}`);
    await page.getByRole('heading', { level: 2, name: 'Overgangssamtaler' }).waitFor();
    // A professional never sees others' concerns: that section is not there.
    expect(await page.getByRole('heading', { name: 'Bekymringer, trivsel og signaler' }).count()).toBe(0);
    await page.getByRole('link', { name: 'Registrér overgangssamtale' }).click();
    await page.waitForURL(/\/overgangssamtale\/ny\?childId=/);
    await page.getByRole('radio', { name: 'Fra dagtilbud til skole' }).check();
    await page.getByLabel('Navn, deltager 1').fill('Mette Testesen');
    await page.getByRole('button', { name: 'Tilføj deltager' }).click();
    await page.getByLabel('Navn, deltager 2').fill('Jonas Pædagog');
    await page.getByLabel('Rolle, deltager 2').selectOption('pedagogue');
    await page.getByLabel(/^Aftalt opfølgning/).fill('Kort møde efter efterårsferien.');
    await expectAccessible(page, 'the transition conversation form');
    await snap(page, 'detection-transition-form');
    await page.getByRole('button', { name: 'Gem samtalen' }).click();
    await page.waitForURL(new RegExp(`/boern/${inClass.id}$`));
    const transitions = page.getByRole('region', { name: 'Overgangssamtaler' });
    await transitions.getByText(`Fra dagtilbud til skole – ${danishToday}`).waitFor();
    expect(await transitions.textContent()).toContain('Jonas Pædagog (pædagog)');

    // The district's preventive worker sees the child's concerns, signals and the follow.
    const { page: preventive } = await env.newUser();
    await logIn(preventive, env.server.users.preventive);
    await preventive.goto(`/boern/${inClass.id}`);
    const record = preventive.getByRole('region', { name: 'Bekymringer, trivsel og signaler' });
    await record.getByText('Barnet følges som kendt i forebyggende arbejde.').waitFor();
    expect(await record.textContent()).toContain('Test lærer to');
    expect(await record.textContent()).toContain('Flere fagpersoner er bekymrede');
    await expectAccessible(preventive, 'the child page with its detection record');
    await snap(preventive, 'detection-child-record');
  });

  it('lets the admin change the must-report level and the signal rules', async () => {
    const { page } = await env.newUser();
    await logIn(page, env.server.users.admin);
    await page.getByRole('navigation').getByRole('link', { name: 'Regler for opsporing' }).click();
    await page.waitForURL(/\/opsporing\/regler$/);
    await page.getByText('Kommunen bruger standardreglerne.', { exact: false }).waitFor();
    await page.getByLabel('Underretningspligt under niveau').fill('4');
    await page.getByLabel('Mindst antal fagpersoner').fill('3');
    await page.getByRole('button', { name: 'Gem reglerne' }).click();
    const saved = page.getByRole('status').filter({ hasText: 'Reglerne er gemt' });
    await saved.waitFor();
    expect(await saved.textContent()).toContain('mindst 3 forskellige fagpersoner');
    await expectAccessible(page, 'the detection settings');
    await snap(page, 'detection-settings');
  });
});
