import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInCopenhagen } from '../src/core/calendar/zone.ts';
import { addCalendarMonths } from '../src/core/casework/months.ts';
import { createLadderOffers } from '../src/testing/casework.ts';
import { type ApiClient, loginAs } from '../src/testing/server.ts';
import { formatDate } from '../src/web/ui/format.ts';
import { type BrowserEnv, expectAccessible, expectTitle, logIn, snap, startBrowserEnv } from './browser.ts';
import { caseFromDistrictMeeting, openTab, todayField } from './casework.testing.ts';

/**
 * Case work in real Chromium (issue 6): a case from the district meeting → the caseworker's
 * assessment with a child conversation and Signs of Safety → a plan with a goal → a home-based
 * measure from the catalog → the first follow-up due in 3 months on "Mit overblik" → the leader
 * sees the caseload.
 */
describe('case work in the browser', () => {
  let env: BrowserEnv;
  let page: Page;
  let api: ApiClient;
  let caseId = '';
  let childName = '';
  const today = todayInCopenhagen();

  beforeAll(async () => {
    env = await startBrowserEnv('e2e-casework');
    await createLadderOffers(env.server.db, env.server.municipality);
    ({ caseId, childName } = await caseFromDistrictMeeting(env.server));
    api = await loginAs(env.server, 'caseworker');
    page = (await env.newUser()).page;
    await logIn(page, env.server.users.caseworker);
  });
  afterAll(async () => {
    await env?.close();
  });

  it('opens the case from the meeting: the child, district, caseworker and tabs used by keyboard', async () => {
    await page.goto(`/sag/${caseId}`);
    await expectTitle(page, 'Sag – Trappen');
    await page.getByRole('heading', { level: 1, name: `Sag: ${childName}` }).waitFor();
    const facts = page.getByRole('region', { name: 'Sagen' });
    const text = (await facts.textContent()) ?? '';
    expect(text).toContain('Nord');
    expect(text).toContain('Test caseworker');
    expect(text).toMatch(/Trin 0/);
    await page.getByRole('region', { name: 'Frister' }).waitFor();
    await expectAccessible(page, 'the case page');
    await snap(page, 'casework-case');

    // The tabs are one tab stop; the arrow keys move between them and show the panel.
    await page.getByRole('tab', { name: 'Overblik' }).focus();
    await page.keyboard.press('ArrowRight');
    await page.getByRole('tab', { name: 'Undersøgelse', selected: true }).waitFor();
    await page.getByRole('tabpanel', { name: 'Undersøgelse' }).waitFor();
  });

  it('records the assessment: ICS triangle, Signs of Safety with the safety scale, the child’s own words', async () => {
    await openTab(page, 'Undersøgelse');
    const start = page.getByRole('form', { name: 'Start en undersøgelse' });
    await start.getByLabel(/Kommunen blev opmærksom/).fill(todayField());
    await start.getByRole('button', { name: 'Start undersøgelsen' }).click();
    const texts = page.getByRole('form', { name: 'Barnets situation' });
    await texts.waitFor();
    await texts.getByLabel('Barnets udvikling og behov').fill('Bertram er sproglig bagud og ofte træt.');
    await texts.getByLabel('Forældrekompetencer').fill('Far er alene med Bertram og har svært ved struktur.');
    await texts.getByLabel('Familie og netværk').fill('Farmor bor tæt på og vil gerne hjælpe.');
    await texts.getByLabel('Bekymringer').fill('Bertram får ikke mad nok om morgenen.');
    await texts.getByLabel('Det der virker').fill('Far kommer til alle møder i børnehaven.');
    await texts.getByLabel('Det der skal ske').fill('Bertram skal have morgenmad hver dag.');
    await texts.getByRole('button', { name: 'Gem teksterne' }).click();
    await texts.getByText('Gemt.').waitFor();

    const ratings = page.getByRole('form', { name: 'Nye vurderinger på sikkerhedsskalaen' });
    const first = ratings.getByRole('group', { name: 'Deltager 1' });
    await first.getByLabel('Navn').fill('Bertram');
    await first.getByLabel('Vurdering (0–10)').selectOption('4');
    const second = ratings.getByRole('group', { name: 'Deltager 2' });
    await second.getByLabel('Navn').fill('Far');
    await second.getByLabel('Vurdering (0–10)').selectOption('6');
    await ratings.getByRole('button', { name: 'Gem vurderingerne' }).click();
    const table = page.getByRole('table', { name: 'Vurderinger på sikkerhedsskalaen' });
    await table.getByRole('row', { name: /Bertram.*Barnet.*4 af 10/ }).waitFor();
    await table.getByRole('row', { name: /Far.*Forælder.*6 af 10/ }).waitFor();

    const talk = page.getByRole('form', { name: 'Ny børnesamtale' });
    await talk.getByLabel('Samtalens form').selectOption('play_or_drawing');
    await talk.getByLabel(/Barnets egne ord/).fill('Jeg er sulten når jeg kommer. Far sover.');
    await talk.getByRole('button', { name: 'Gem børnesamtalen' }).click();
    await page.getByText('”Jeg er sulten når jeg kommer. Far sover.”').waitFor();
    await expectAccessible(page, 'the assessment tab');
    await snap(page, 'casework-assessment');
  });

  it('keeps what was typed when someone else saved first, and lets the caseworker take over the current version', async () => {
    const [assessment] = (await api.get(`/api/cases/${caseId}/assessments`)).body;
    const other = await api.patch(`/api/assessments/${assessment.id}`, {
      version: assessment.version,
      worries: 'Kollegaens tekst: Bertram kommer for sent.',
    });
    expect(other.status, JSON.stringify(other.body)).toBe(200);

    const texts = page.getByRole('form', { name: 'Barnets situation' });
    await texts
      .getByLabel('Det der skal ske')
      .fill('Bertram skal have morgenmad hver dag, og far skal have støtte.');
    await texts.getByRole('button', { name: 'Gem teksterne' }).click();
    const conflict = texts
      .getByRole('alert')
      .filter({ hasText: 'Nogen har ændret sagen, mens du arbejdede' });
    await conflict.waitFor();
    const shown = (await conflict.textContent()) ?? '';
    expect(shown).toContain('Kollegaens tekst: Bertram kommer for sent.');
    expect(shown).toContain('og far skal have støtte.');
    await expectAccessible(page, 'the version conflict');
    await conflict.getByRole('button', { name: 'Overtag den aktuelle udgave' }).click();
    // The colleague's change to a field left alone comes in; the caseworker's own edit stays.
    expect(await texts.getByLabel('Bekymringer').inputValue()).toBe(
      'Kollegaens tekst: Bertram kommer for sent.',
    );
    expect(await texts.getByLabel('Det der skal ske').inputValue()).toContain('og far skal have støtte.');
    await texts.getByRole('button', { name: 'Gem teksterne' }).click();
    await texts.getByText('Gemt.').waitFor();
    const saved = (await api.get(`/api/cases/${caseId}/assessments`)).body[0];
    expect(saved.worries).toBe('Kollegaens tekst: Bertram kommer for sent.');
    expect(saved.whatMustHappen).toContain('og far skal have støtte.');
  });

  it('concludes and completes the assessment', async () => {
    const conclusion = page.getByRole('form', { name: 'Konklusion' });
    await conclusion
      .getByLabel(/^Konklusion/)
      .fill('Bertram har brug for støtte i hjemmet: familiebehandling.');
    await conclusion.getByLabel('Afslut undersøgelsen med denne konklusion').check();
    await conclusion.getByRole('button', { name: 'Gem og afslut undersøgelsen' }).click();
    await page
      .getByText(`Afsluttet ${formatDate(today)}.`)
      .first()
      .waitFor();
  });

  it('makes a child’s plan with a goal, agreed with the family', async () => {
    await openTab(page, 'Plan');
    const form = page.getByRole('form', { name: 'Ny plan' });
    await form.getByLabel('Deltager 1: navn').fill('Far');
    await form.getByLabel('Deltager 1: relation').fill('far');
    await form.getByLabel('Mål 1: ICS-område').selectOption('parenting');
    await form.getByLabel('Mål 1: målet').fill('Bertram får morgenmad hjemme hver dag.');
    await expectAccessible(page, 'the plan tab');
    await form.getByRole('button', { name: 'Gem planen' }).click();
    const plan = page.getByRole('article', { name: `Barnets plan aftalt ${formatDate(today)}` });
    await plan.getByText('Bertram får morgenmad hjemme hver dag.').waitFor();
    expect(await plan.textContent()).toContain('Far (far)');
  });

  it('adds a goal to the plan and marks it achieved; a stale save shows the current plan and is saved again', async () => {
    const plan = page.getByRole('article', { name: `Barnets plan aftalt ${formatDate(today)}` });
    const add = plan.getByRole('form', { name: 'Nyt mål i planen' });
    await add.getByLabel('Nyt mål: ICS-område').selectOption('development');
    await add.getByLabel('Nyt mål: målet').fill('Bertram går i børnehave fire dage om ugen.');
    await add.getByRole('button', { name: 'Tilføj målet' }).click();
    await plan.getByText('Målet er tilføjet planen.').waitFor();
    await plan.getByText('Bertram går i børnehave fire dage om ugen.').waitFor();

    // Someone else saves the plan meanwhile: this page still shows the version before.
    const [stored] = (await api.get(`/api/cases/${caseId}/plans`)).body;
    expect(
      (await api.patch(`/api/plans/${stored.id}`, { version: stored.version, summary: 'Ro om morgenen.' }))
        .status,
    ).toBe(200);
    await plan.getByRole('button', { name: 'Markér mål 2 som nået' }).click();
    const mark = plan.getByRole('form', { name: 'Mål 2 nået' });
    await mark.getByLabel('Nået den').fill(todayField());
    await mark.getByRole('button', { name: 'Gem' }).click();
    const conflict = plan
      .getByRole('alert')
      .filter({ hasText: 'Nogen har ændret planen, mens du arbejdede' });
    await conflict.getByRole('list', { name: 'Planens mål nu' }).waitFor();
    await expectAccessible(page, 'the plan conflict');
    await conflict.getByRole('button', { name: 'Overtag den aktuelle udgave' }).click();
    await plan.getByText('Ro om morgenen.').waitFor();
    // The typed date is still there: save again on the current version.
    expect(await mark.getByLabel('Nået den').inputValue()).toBe(todayField());
    await mark.getByRole('button', { name: 'Gem' }).click();
    await plan.getByText('Målet er markeret som nået.').waitFor();
    await plan.getByText(`Nået ${formatDate(today)}`).waitFor();
    const [after] = (await api.get(`/api/cases/${caseId}/plans`)).body;
    expect(after.goals[1].achievedOn).toBe(today);
    expect(after.summary).toBe('Ro om morgenen.');
  });

  it('corrects a goal’s text, the participants and the summary of the plan in force; a stale save is taken over and saved again', async () => {
    const plan = page.getByRole('article', { name: `Barnets plan aftalt ${formatDate(today)}` });
    await plan.getByRole('button', { name: 'Ret mål 2' }).click();
    const edit = plan.getByRole('form', { name: 'Ret mål 2' });
    expect(await edit.getByLabel('Målets tekst').inputValue()).toBe(
      'Bertram går i børnehave fire dage om ugen.',
    );
    await edit.getByLabel('Målets tekst').fill('Bertram går i børnehave fem dage om ugen.');
    await expectAccessible(page, 'the goal text form');

    // A colleague saves the plan meanwhile.
    const [stored] = (await api.get(`/api/cases/${caseId}/plans`)).body;
    const other = await api.patch(`/api/plans/${stored.id}`, {
      version: stored.version,
      summary: 'Ro om morgenen og om aftenen.',
    });
    expect(other.status, JSON.stringify(other.body)).toBe(200);
    await edit.getByRole('button', { name: 'Gem målet' }).click();
    const conflict = plan
      .getByRole('alert')
      .filter({ hasText: 'Nogen har ændret planen, mens du arbejdede' });
    await conflict.getByText('Sammenfatning nu: Ro om morgenen og om aftenen.').waitFor();
    await conflict.getByRole('button', { name: 'Overtag den aktuelle udgave' }).click();
    expect(await edit.getByLabel('Målets tekst').inputValue()).toBe(
      'Bertram går i børnehave fem dage om ugen.',
    );
    await edit.getByRole('button', { name: 'Gem målet' }).click();
    await plan.getByText('Målet er rettet.').waitFor();
    await plan.getByText('Bertram går i børnehave fem dage om ugen.').waitFor();

    await plan.getByRole('button', { name: 'Ret deltagere og sammenfatning' }).click();
    const details = plan.getByRole('form', { name: 'Ret planens deltagere og sammenfatning' });
    expect(await details.getByLabel('Sammenfatning').inputValue()).toBe('Ro om morgenen og om aftenen.');
    await details.getByRole('button', { name: 'Tilføj deltager' }).click();
    await details.getByLabel('Deltager 2: navn').fill('Farmor');
    await details.getByLabel('Deltager 2: relation').fill('farmor');
    await details.getByLabel('Sammenfatning').fill('Ro om morgenen; farmor hjælper om aftenen.');
    await expectAccessible(page, 'the plan details form');
    await details.getByRole('button', { name: 'Gem deltagere og sammenfatning' }).click();
    await plan.getByText('Deltagerne og sammenfatningen er gemt.').waitFor();
    await plan.getByText('Aftalt med: Far (far), Farmor (farmor)').waitFor();
    await plan.getByText('Ro om morgenen; farmor hjælper om aftenen.').waitFor();
    await expectAccessible(page, 'the plan after the edits');

    const [after] = (await api.get(`/api/cases/${caseId}/plans`)).body;
    expect(after.goals[1].text).toBe('Bertram går i børnehave fem dage om ugen.');
    expect(after.goals[1].achievedOn).toBe(today);
    expect(after.participants).toEqual([
      { name: 'Far', relation: 'far' },
      { name: 'Farmor', relation: 'farmor' },
    ]);
    expect(after.summary).toBe('Ro om morgenen; farmor hjælper om aftenen.');
  });

  it('sent one idempotency key per form, so a retried save cannot make a second record', async () => {
    for (const table of ['assessment', 'child_conversation', 'plan'] as const) {
      const rows = await env.server.db
        .selectFrom(table)
        .select('idempotency_key')
        .where('case_id', '=', caseId)
        .execute();
      expect(rows.length, table).toBeGreaterThan(0);
      expect(
        rows.every((r) => r.idempotency_key !== null),
        table,
      ).toBe(true);
    }
  });

  it('adds a home-based measure from the catalog, which moves the child up the ladder', async () => {
    await openTab(page, 'Indsatser');
    const form = page.getByRole('form', { name: 'Ny indsats' });
    await form
      .getByLabel(/Tilbud fra tilbudsviften/)
      .selectOption({ label: 'Trin 3: Tilbud trin 3 (Testkommunen)' });
    await form
      .getByTestId('chosen-offer-step')
      .getByText(/^Trin 3:/)
      .waitFor();
    // The offer's price is the default.
    expect(await form.getByLabel('Pris pr. måned (kr.)').inputValue()).toBe('15.000');
    // The test offer has no legal basis of its own: the form asks for one before saving.
    await form.getByLabel(/^Begrundelse/).fill('Undersøgelsen peger på støtte i hjemmet.');
    await form.getByRole('button', { name: 'Gem indsatsen' }).click();
    await form.getByText('Skriv lovgrundlaget, fx BL § 32.').waitFor();
    await form.getByLabel(/^Lovgrundlag/).fill('BL § 32, stk. 1, nr. 3');
    await form.getByLabel('Bertram får morgenmad hjemme hver dag.', { exact: false }).check();
    await expectAccessible(page, 'the measure form');
    await form.getByRole('button', { name: 'Gem indsatsen' }).click();
    const row = page
      .getByRole('table', { name: 'Sagens indsatser' })
      .getByRole('row', { name: /Tilbud trin 3/ });
    await row.waitFor();
    const text = (await row.textContent()) ?? '';
    expect(text).toContain('Aktiv');
    expect(text).toContain(formatDate(today));
    await page
      .getByTestId('current-step')
      .getByText(/^Trin 3/)
      .waitFor();
    await snap(page, 'casework-measures');

    await openTab(page, 'Trappen');
    await page.getByRole('table', { name: 'Flytninger på trappen' }).getByText('↑ Op').waitFor();
    await expectAccessible(page, 'the ladder tab');

    await openTab(page, 'Overblik');
    const next = page.getByTestId('next-deadline');
    await next
      .getByText(`Første opfølgning på indsats: ${formatDate(addCalendarMonths(today, 3))}`)
      .waitFor();
  });

  it('shows the first follow-up as due in 3 months on “Mit overblik”', async () => {
    await page.goto('/overblik');
    await expectTitle(page, 'Mit overblik – Trappen');
    const row = page.locator(`tr[data-case-id="${caseId}"]`);
    await row.waitFor();
    const text = (await row.textContent()) ?? '';
    expect(text).toContain('Første opfølgning på indsats');
    expect(text).toContain(formatDate(addCalendarMonths(today, 3)));
    await expectAccessible(page, 'Mit overblik');
    await snap(page, 'casework-mine');
  });

  it('lets the leader see the caseworker’s caseload on the supervision page', async () => {
    const { page: leader } = await env.newUser();
    await logIn(leader, env.server.users.leader);
    await leader.goto('/tilsyn/sager');
    await expectTitle(leader, 'Tilsyn med sager – Trappen');
    const row = leader
      .getByTestId('caseloads')
      .getByRole('row')
      .filter({ has: leader.getByRole('rowheader', { name: 'Test caseworker', exact: true }) });
    await row.waitFor();
    // inClass from the fixture and the case the meeting opened.
    expect(await row.textContent()).toContain('2 sager');
    await expectAccessible(leader, 'the supervision of cases');
    await snap(leader, 'casework-supervision');
  });

  it('lets the leader assign a contact person on the case page with a reason; a stale save is taken over and saved again', async () => {
    const { page: leader } = await env.newUser();
    await logIn(leader, env.server.users.leader);
    await leader.goto(`/sag/${caseId}`);
    await leader.getByRole('heading', { level: 1, name: `Sag: ${childName}` }).waitFor();
    await leader.getByRole('button', { name: 'Tildel eller skift ansvarlige' }).click();
    const form = leader.getByRole('form', { name: 'Tildel ansvarlig' });
    await form.getByLabel('Ansvar').selectOption('contact_person');
    await form.getByText('Familien har én kontaktperson').waitFor();
    const who = form.getByLabel(/^Ny kontaktperson for familien/);
    await who.locator('option', { hasText: 'Test preventive (Nord)' }).waitFor({ state: 'attached' });
    await who.selectOption({ label: 'Test preventive (Nord)' });
    await form
      .getByLabel(/^Begrundelse/)
      .fill('Familien kender den forebyggende medarbejder fra børnehaven.');
    await expectAccessible(leader, 'the assignment form');

    // Another leader's save meanwhile (the foster-care consultant): this page holds the older version.
    const other = await loginAs(env.server, 'leader');
    const stale = (await other.get(`/api/cases/${caseId}`)).body;
    const bumped = await other.patch(`/api/cases/${caseId}`, {
      version: stale.version,
      fosterCareConsultantId: env.server.users.fosterCare.id,
      assignmentReason: 'Plejefamiliekonsulenten følger familien.',
    });
    expect(bumped.status, JSON.stringify(bumped.body)).toBe(200);
    await form.getByRole('button', { name: 'Gem tildelingen' }).click();
    const conflict = form.getByRole('alert').filter({ hasText: 'Nogen har ændret sagen, mens du arbejdede' });
    await conflict.waitFor();
    expect(await conflict.textContent()).toContain('Test preventive');
    await expectAccessible(leader, 'the assignment conflict');
    await conflict.getByRole('button', { name: 'Overtag den aktuelle udgave' }).click();
    // The choice and the reason stay; saved again on the current version.
    expect(await form.getByLabel(/^Begrundelse/).inputValue()).toContain('forebyggende medarbejder');
    await form.getByRole('button', { name: 'Gem tildelingen' }).click();
    await leader.getByText('Kontaktperson for familien: Test preventive.').waitFor();

    const facts = leader.getByRole('region', { name: 'Sagen' });
    await facts.getByText('Test preventive', { exact: true }).waitFor();
    const history = leader.getByRole('table', { name: 'Tildelinger' });
    await history
      .getByRole('row', { name: /Kontaktperson.*Test preventive.*Test leader.*forebyggende medarbejder/ })
      .waitFor();
    await history.getByRole('row', { name: /Familieplejekonsulent.*Test fosterCare/ }).waitFor();
    await expectAccessible(leader, 'the case page after the assignment');
    const saved = (await other.get(`/api/cases/${caseId}`)).body;
    expect(saved.contactPerson.id).toBe(env.server.users.preventive.id);
    expect(saved.fosterCareConsultant.id).toBe(env.server.users.fosterCare.id);
  });

  it('records the first follow-up with progress ratings per goal as a grid', async () => {
    await page.goto(`/sag/${caseId}?fane=opfoelgning`);
    const form = page.getByRole('form', { name: 'Ny opfølgning' });
    await form.getByLabel('Indsats').waitFor();
    expect(await form.getByLabel('Slags').inputValue()).toBe('first');
    await form.getByLabel('Beslutning').selectOption('continue');
    const grid = form.getByRole('table', { name: /Vurdering af fremgang pr\. mål/ });
    await grid.getByLabel('Mål 1, Barnet').selectOption('5');
    await grid.getByLabel('Mål 1, Forældre').selectOption('6');
    await grid.getByLabel('Mål 1, Rådgiver').selectOption('5');
    await grid.getByLabel('Mål 1, Lærer eller pædagog').selectOption('4');
    await expectAccessible(page, 'the follow-up form');
    await form.getByRole('button', { name: 'Gem opfølgningen' }).click();
    const row = page
      .getByRole('table', { name: 'Opfølgninger' })
      .getByRole('row', { name: /Første opfølgning/ });
    await row.waitFor();
    const text = (await row.textContent()) ?? '';
    expect(text).toContain('Tilbud trin 3');
    expect(text).toContain('Fortsæt');
    expect(text).toMatch(/Barnet 5, Forældre 6, Rådgiver 5, Lærer eller pædagog 4/);
    await snap(page, 'casework-follow-up');
  });
});
