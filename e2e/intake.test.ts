import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAs } from '../src/testing/server.ts';
import { formatDateTime } from '../src/web/ui/format.ts';
import {
  type BrowserEnv,
  endSession,
  expectAccessible,
  expectTitle,
  logIn,
  snap,
  startBrowserEnv,
} from './browser.ts';

/**
 * Intake in real Chromium (issue 5): a teacher reports, Front screens within 24 hours, the
 * district meeting decides on an assessment, and the teacher sees the receipt and the feedback.
 */
describe('intake in the browser', () => {
  let env: BrowserEnv;
  let teacher: Page;
  let front: Page;
  let reportId = '';
  const reportText = 'Alma har flere gange haft blå mærker på armene og siger, hun ikke tør gå hjem.';

  beforeAll(async () => {
    env = await startBrowserEnv('e2e-intake');
    teacher = (await env.newUser()).page;
    front = (await env.newUser()).page;
    await logIn(teacher, env.server.users.teacher);
    await logIn(front, env.server.users.front);
  });
  afterAll(async () => {
    await env?.close();
  });

  it('lets a teacher report a child in the class, with the duty to report explained, and shows the receipt screen', async () => {
    const alma = env.server.municipality.children.inClass;
    await nav(teacher).getByRole('link', { name: 'Underret kommunen' }).click();
    await teacher.waitForURL(/\/underretning\/ny$/);
    await teacher.goto(`/underretning/ny?childId=${alma.id}`);
    await expectTitle(teacher, 'Underret kommunen – Trappen');
    await teacher.getByText('Din skærpede underretningspligt').waitFor();
    await teacher.getByTestId('chosen-child').getByText(/Alma/).waitFor();
    await expectAccessible(teacher, 'the report form');
    // Sending without the required answers names what is missing and stores nothing.
    await teacher.getByRole('button', { name: 'Send underretningen' }).click();
    await teacher.getByText('Vælg ja eller nej.').waitFor();
    await teacher
      .getByRole('radiogroup', { name: /Er det akut/ })
      .getByLabel('Nej')
      .check();
    await teacher.getByLabel(/Hvad har du set eller hørt/).fill(reportText);
    // The session ends while the teacher writes: sending leads to the login, and after it the
    // report is back as it was typed, the child and the answers with it, to be sent again.
    await endSession(teacher);
    await teacher.getByRole('button', { name: 'Send underretningen' }).click();
    await teacher.waitForURL(/\/login\?next=%2Funderretning%2Fny/);
    await teacher.getByText('Din session er udløbet').waitFor();
    await logIn(teacher, env.server.users.teacher, { here: true });
    await teacher.waitForURL(/\/underretning\/ny\?childId=/);
    await teacher.getByText('Det, du skrev sidst, er hentet frem').waitFor();
    await teacher.getByTestId('chosen-child').getByText(/Alma/).waitFor();
    expect(await teacher.getByLabel(/Hvad har du set eller hørt/).inputValue()).toBe(reportText);
    expect(
      await teacher
        .getByRole('radiogroup', { name: /Er det akut/ })
        .getByLabel('Nej')
        .isChecked(),
    ).toBe(true);
    await teacher.getByRole('button', { name: 'Send underretningen' }).click();
    await teacher.getByRole('heading', { name: 'Underretningen er modtaget' }).waitFor();
    expect(await teacher.textContent('main')).toMatch(/Du får en kvittering senest \d{2}\.\d{2}\.\d{4}/);
    await snap(teacher, 'intake-report-received');
  });

  it('puts the report at the top of Front’s queue with the time left, and Front screens it', async () => {
    await nav(front).getByRole('link', { name: 'Modtagelse' }).click();
    await expectTitle(front, 'Modtagelse – Trappen');
    const toScreen = front.getByRole('region', { name: /Til screening/ });
    const first = toScreen.getByRole('row').nth(1);
    await first.getByRole('link', { name: /Alma/ }).waitFor();
    const row = (await first.textContent()) ?? '';
    expect(row).toContain('Skole');
    expect(row).toMatch(/\d{2}\.\d{2}\.\d{4} kl\. \d{2}\.\d{2}/);
    // Time left in words, not only in colour.
    expect(row).toMatch(/om 2[34] t/);
    await expectAccessible(front, 'Front’s queue');
    await snap(front, 'intake-queue');

    await first.getByRole('link', { name: /Alma/ }).click();
    await front.waitForURL(/\/modtagelse\/[0-9a-f-]{36}$/);
    reportId = front.url().split('/').pop() ?? '';
    await front.getByText(reportText).waitFor();
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
    await expectAccessible(front, 'the report page after screening');

    // The teacher is a professional: Front sends the receipt (within 6 working days).
    await front.getByRole('button', { name: 'Send kvittering' }).click();
    await front.getByText(/Kvitteringen er sendt/).waitFor();
    await snap(front, 'intake-screened');
  });

  it('lets the district meeting decide on an assessment, with reasons', async () => {
    const { page } = await env.newUser();
    await logIn(page, env.server.users.preventive);
    await nav(page).getByRole('link', { name: 'Distriktsmøde' }).click();
    await expectTitle(page, 'Distriktsmøde – Trappen');
    await page.getByRole('heading', { name: /Dagsorden \(1\)/ }).waitFor();
    await page.getByRole('button', { name: 'Åbn mødet' }).click();
    const card = page.getByRole('article', { name: /Alma/ });
    await card.getByRole('button', { name: 'Gem beslutningen' }).waitFor();
    await expectAccessible(page, 'the district meeting');
    await card.getByLabel('Børnefaglig undersøgelse (BL § 20)').check();
    await card.getByLabel(/Begrundelse/).fill('Gentagne tegn på vold; barnet er bange for at gå hjem.');
    await card.getByRole('button', { name: 'Gem beslutningen' }).click();
    await page.getByRole('heading', { name: /Beslutninger \(1\)/ }).waitFor();
    await page.getByRole('heading', { name: /Dagsorden \(0\)/ }).waitFor();
    const decisions = page.getByRole('region', { name: /Beslutninger/ });
    expect(await decisions.textContent()).toMatch(/Alma \S+: Børnefaglig undersøgelse \(BL § 20\)/);
    expect(await decisions.textContent()).toContain('Gentagne tegn på vold');
    await snap(page, 'intake-meeting');
  });

  it('sends the feedback, and the teacher sees the receipt and that an assessment was started', async () => {
    await front.goto(`/modtagelse/${reportId}`);
    await front.getByRole('button', { name: 'Send tilbagemelding' }).click();
    await front.getByText(/Tilbagemeldingen er sendt .*børnefaglig undersøgelse/).waitFor();

    await nav(teacher).getByRole('link', { name: 'Mine underretninger' }).click();
    await expectTitle(teacher, 'Mine underretninger – Trappen');
    const row = teacher.getByRole('row', { name: /Alma/ });
    await row.getByText('Afsluttet').waitFor();
    const text = (await row.textContent()) ?? '';
    expect(text).toMatch(/Modtaget \d{2}\.\d{2}\.\d{4} kl\. \d{2}\.\d{2}/);
    expect(text).toContain('Der er iværksat en børnefaglig undersøgelse');
    // Status only: never the report's text.
    expect(await teacher.textContent('main')).not.toContain(reportText);
    await expectAccessible(teacher, 'the teacher’s own reports');
    await snap(teacher, 'intake-mine');
  });

  it('puts an acute report first and shows an overdue one in red and in words', async () => {
    const api = await loginAs(env.server, 'front');
    const children = env.server.municipality.children;
    const receivedAt = new Date(Date.now() - 30 * 3_600_000).toISOString();
    const late = await api.post('/api/reports', {
      idempotencyKey: 'e2e-intake-late-1',
      childId: children.districtCase.id,
      source: 'police',
      reporter: { kind: 'professional', name: 'Politibetjent', organisation: 'Politiet' },
      receivedAt,
      acute: false,
      text: 'Uro på adressen i nat; barnet var vågen og bange.',
    });
    expect(late.status).toBe(201);
    const acute = await api.post('/api/reports', {
      idempotencyKey: 'e2e-intake-acute-1',
      childId: children.inDaycare.id,
      source: 'anonymous',
      reporter: { kind: 'anonymous' },
      acute: true,
      text: 'Barnet blev hentet af en beruset forælder.',
    });
    expect(acute.status).toBe(201);

    await front.goto('/modtagelse');
    const rows = front.getByRole('region', { name: /Til screening/ }).getByRole('row');
    await rows
      .nth(1)
      .getByRole('link', { name: /Bertram/ })
      .waitFor();
    expect(await rows.nth(1).textContent()).toContain('Akut');
    const lateRow = rows.nth(2);
    expect(await lateRow.textContent()).toContain(formatDateTime(late.body.receivedAt));
    // Overdue: the words say it, the colour repeats it.
    const badge = lateRow.locator('[data-state="overdue"]');
    expect(await badge.textContent()).toMatch(/Overskredet: [56] t over fristen/);
    await expectAccessible(front, 'Front’s queue with overdue and acute reports');
    await snap(front, 'intake-queue-overdue');
  });
});

const nav = (page: Page) => page.getByRole('navigation', { name: 'Hovedmenu' });
