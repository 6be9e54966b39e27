import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserEnv, expectAccessible, expectTitle, logIn, snap, startBrowserEnv } from './browser.ts';

describe('children search and child page in the browser', () => {
  let env: BrowserEnv;
  beforeAll(async () => {
    env = await startBrowserEnv('e2e-children');
  });
  afterAll(async () => {
    await env?.close();
  });

  it('lets a teacher find the child in their class, masked, and not the child elsewhere', async () => {
    const { page } = await env.newUser();
    const { inClass, other } = env.server.children;
    await logIn(page, env.server.users.teacher);

    await page.getByRole('navigation').getByRole('link', { name: 'Børn' }).click();
    await page.waitForURL(/\/boern$/);
    await expectTitle(page, 'Børn – Trappen');
    const search = page.getByLabel('Søg på navn eller CPR-nummer');
    // The two children share a last name in the test municipality: only the teacher's one shows.
    await search.fill(inClass.lastName);
    await page.waitForURL(/q=/);
    const table = page.getByRole('table');
    await table.getByRole('row', { name: new RegExp(inClass.firstName) }).waitFor();
    expect(await table.textContent()).not.toContain(other.firstName);
    // Results update while typing; the cursor stays in the field.
    expect(await search.evaluate((el) => el === document.activeElement)).toBe(true);
    // A teacher sees the CPR masked: the birth date part, never the serial.
    const row = await table.getByRole('row', { name: new RegExp(inClass.firstName) }).textContent();
    expect(row).toContain(`${inClass.cpr.slice(0, 6)}-••••`);
    expect(row).not.toContain(`${inClass.cpr.slice(0, 6)}-${inClass.cpr.slice(6)}`);
    expect(row).not.toContain(inClass.cpr);
    await expectAccessible(page, 'the children search');
    await snap(page, 'search-teacher');

    await search.fill(other.firstName);
    await page.getByText(`Ingen børn matcher “${other.firstName}”.`).waitFor();
  });

  it('lets a leader open a child page from the search, with household and persons', async () => {
    const { page } = await env.newUser();
    const { inClass } = env.server.children;
    await logIn(page, env.server.users.leader);
    await page.goto(`/boern?q=${encodeURIComponent(inClass.firstName)}`);
    // Keyboard: the result is a real link, reached and opened without a mouse.
    await page.getByRole('link', { name: `${inClass.firstName} ${inClass.lastName}` }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`/boern/${inClass.id}$`));
    await page.getByRole('heading', { level: 1, name: `${inClass.firstName} ${inClass.lastName}` }).waitFor();
    // The name stays out of the document title (browser history).
    await expectTitle(page, 'Barn – Trappen');
    for (const section of [
      'Stamdata',
      'Husstand',
      'Personer omkring barnet',
      'Søskende',
      'Klasser og grupper',
    ]) {
      await page.getByRole('heading', { level: 2, name: section }).waitFor();
    }
    const main = page.getByRole('main');
    const text = (await main.textContent()) ?? '';
    expect(text).toContain(`${inClass.cpr.slice(0, 6)}-${inClass.cpr.slice(6)}`);
    expect(text).toContain('Testvej');
    expect(text).toContain('1.A');
    const persons = page.getByRole('table');
    expect(await persons.textContent()).toContain('20 30 40 50');
    await expectAccessible(page, 'the child page');
    await snap(page, 'child-leader');
  });

  it('shows an analyst no children menu and no person data', async () => {
    const { page } = await env.newUser();
    await logIn(page, env.server.users.analyst);
    const nav = page.getByRole('navigation');
    await nav.getByRole('link', { name: 'Forside' }).waitFor();
    expect(await nav.getByRole('link', { name: 'Børn' }).count()).toBe(0);
    expect(await nav.getByRole('link', { name: 'Revisionslog' }).count()).toBe(0);

    let childRequests = 0;
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith('/api/children')) childRequests += 1;
    });
    await page.goto('/boern');
    await page.getByText('Din rolle giver ikke adgang til oplysninger om børn.').waitFor();
    expect(await page.getByRole('table').count()).toBe(0);
    await page.goto(`/boern/${env.server.children.inClass.id}`);
    await page.getByText('Din rolle giver ikke adgang til oplysninger om børn.').waitFor();
    expect(await page.getByRole('main').textContent()).not.toContain(env.server.children.inClass.firstName);
    expect(childRequests).toBe(0);
  });
});
