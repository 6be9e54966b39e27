import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserEnv, expectAccessible, expectTitle, logIn, snap, startBrowserEnv } from './browser.ts';

describe('emergency access and the audit log in the browser', () => {
  let env: BrowserEnv;
  beforeAll(async () => {
    env = await startBrowserEnv('e2e-audit');
  });
  afterAll(async () => {
    await env?.close();
  });

  it('lets a caseworker read an out-of-scope child only with a logged reason', async () => {
    const { page } = await env.newUser();
    const { other, inClass } = env.server.children;
    await logIn(page, env.server.users.caseworker);

    // Their own case's child opens directly (this read must show in the audit log below).
    await page.goto(`/boern/${inClass.id}`);
    await page.getByRole('heading', { level: 1, name: `${inClass.firstName} ${inClass.lastName}` }).waitFor();

    await page.goto(`/boern/${other.id}`);
    await page.getByRole('heading', { level: 2, name: 'Anmod om nødadgang' }).waitFor();
    expect(await page.getByRole('main').textContent()).not.toContain(other.firstName);
    await expectAccessible(page, 'the emergency access form');
    await snap(page, 'emergency-form');

    const reason = page.getByLabel('Begrundelse');
    await reason.fill('Akut');
    await page.getByRole('button', { name: 'Giv mig nødadgang' }).click();
    await page.getByText('Begrundelsen skal være mindst 10 tegn.').waitFor();

    await reason.fill('Akut henvendelse fra politiet om barnet i aften');
    await page.getByRole('button', { name: 'Giv mig nødadgang' }).click();
    await page.getByRole('heading', { level: 1, name: `${other.firstName} ${other.lastName}` }).waitFor();
    await page.getByText('Nødadgang — logget').waitFor();
    await expectAccessible(page, 'a child page under emergency access');
    await snap(page, 'child-emergency');
  });

  it('shows the leader the reads of the own district’s child, and not the other district’s', async () => {
    const { page } = await env.newUser();
    const { other, inClass } = env.server.children;
    const caseworker = env.server.users.caseworker.username;
    await logIn(page, env.server.users.leader);

    await page.getByRole('navigation').getByRole('link', { name: 'Revisionslog' }).click();
    await page.waitForURL(/\/revisionslog$/);
    await expectTitle(page, 'Revisionslog – Trappen');
    const table = page.getByRole('table');
    await table.waitFor();
    await expectAccessible(page, 'the audit log');

    await page.getByLabel('Bruger').fill(caseworker);
    await page.getByLabel('Oplysningens id').fill(inClass.id);
    await page.getByRole('button', { name: 'Vis' }).click();
    await page.waitForURL(/entity=/);
    await table.getByRole('row', { name: /Læst/ }).first().waitFor();
    expect(await table.textContent()).toContain(caseworker);

    // The other child lives in district d2: its rows are for d2's leader and the data-protection officer.
    await page.getByLabel('Oplysningens id').fill(other.id);
    await page.getByRole('button', { name: 'Vis' }).click();
    await page.getByText('Ingen hændelser matcher filtrene.').waitFor();
  });

  it('shows the data-protection officer the denial and the emergency access, marked in words', async () => {
    const { page } = await env.newUser();
    const { other } = env.server.children;
    await logIn(page, env.server.users.dpo);
    await page.getByRole('navigation').getByRole('link', { name: 'Revisionslog' }).click();
    await page.waitForURL(/\/revisionslog$/);
    const table = page.getByRole('table');
    await table.waitFor();
    await page.getByLabel('Oplysningens id').fill(other.id);
    await page.getByRole('button', { name: 'Vis' }).click();
    await page.waitForURL(/entity=/);
    await table
      .getByRole('row', { name: /Afvist/ })
      .first()
      .waitFor();
    // Body rows only: the header's "Nødadgang og begrundelse" would match at once, before the
    // filtered rows have arrived.
    const emergencyRow = table.locator('tbody tr', { hasText: 'Akut henvendelse fra politiet' }).first();
    await emergencyRow.waitFor();
    expect(await emergencyRow.textContent()).toContain('Nødadgang');
    await snap(page, 'audit-filtered');
  });
});
