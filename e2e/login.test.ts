import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserEnv, expectAccessible, expectTitle, snap, startBrowserEnv } from './browser.ts';

describe('login and logout in the browser', () => {
  let env: BrowserEnv;
  beforeAll(async () => {
    env = await startBrowserEnv('e2e-login');
  });
  afterAll(async () => {
    await env?.close();
  });

  it('refuses a wrong password in Danish, keeps the username, then logs in and out', async () => {
    const page = await env.context.newPage();
    const user = env.server.users.caseworker;

    await page.goto('/boern');
    // Not signed in: sent to login, which remembers where the user was going.
    await page.waitForURL(/\/login\?next=%2Fboern/);
    expect(await page.getAttribute('html', 'lang')).toBe('da');
    await expectTitle(page, 'Log ind – Trappen');
    await page.getByRole('heading', { level: 1, name: 'Log ind' }).waitFor();
    await expectAccessible(page, 'the login page');

    await page.getByLabel('Brugernavn').fill(user.username);
    await page.getByLabel(/^Adgangskode/).fill('forkert-adgangskode');
    await page.getByRole('button', { name: 'Log ind' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Forkert brugernavn eller adgangskode');
    expect(await page.getByLabel('Brugernavn').inputValue()).toBe(user.username);
    await expectAccessible(page, 'the login page with an error');
    await snap(page, 'login-error');

    await page.getByLabel(/^Adgangskode/).fill(user.password);
    await page.keyboard.press('Enter');
    // Back where the user was going, inside the shell.
    await page.waitForURL(/\/boern$/);
    await page.getByRole('heading', { level: 1, name: 'Børn' }).waitFor();
    const header = page.getByRole('banner');
    expect(await header.textContent()).toContain(env.server.municipality.name);
    expect(await header.textContent()).toContain('Rådgiver');

    await page.getByRole('button', { name: /^Log ud/ }).click();
    await page.waitForURL(/\/login$/);
    await page.getByText('Du er logget ud.').waitFor();
    // The session is gone on the server too: a signed-in page sends us back to login.
    await page.goto('/');
    await page.waitForURL(/\/login/);
    await page.close();
  });

  it('starts each role on its own start page, and brings the user back after an expired session', async () => {
    const { page, context } = await env.newUser();
    const user = env.server.users.front;
    await page.goto('/login');
    await page.getByLabel('Brugernavn').fill(user.username);
    await page.getByLabel(/^Adgangskode/).fill(user.password);
    await page.getByRole('button', { name: 'Log ind' }).click();
    await page.waitForURL((url) => url.pathname === '/');
    await page.getByRole('heading', { name: 'Modtagelsen' }).waitFor();
    await expectTitle(page, 'Forside – Trappen');
    await snap(page, 'start-front');
    await expectAccessible(page, 'the start page');

    // The first Tab stop skips past header and menu.
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Spring til indholdet' });
    expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true);

    // The session ends (cookie gone): the next request sends the user to login, which says why,
    // and logging in again returns to the page the user was opening.
    await context.clearCookies();
    await page.getByRole('navigation').getByRole('link', { name: 'Børn' }).click();
    await page.waitForURL(/\/login\?next=%2Fboern/);
    await page.getByText('Din session er udløbet').waitFor();
    await page.getByLabel('Brugernavn').fill(user.username);
    await page.getByLabel(/^Adgangskode/).fill(user.password);
    await page.getByRole('button', { name: 'Log ind' }).click();
    await page.waitForURL(/\/boern$/);
    await page.getByRole('heading', { level: 1, name: 'Børn' }).waitFor();
  });
});
