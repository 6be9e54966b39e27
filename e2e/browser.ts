import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { buildWebIfNeeded } from '../src/cli/build-web.ts';
import { startTestServer, type TestServer } from '../src/testing/server.ts';

/**
 * Shared set-up for browser tests: the built app on a test server with a fresh municipality,
 * and Debian's Chromium (Playwright's own browser download cannot work here).
 */

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export interface BrowserEnv {
  server: TestServer;
  context: BrowserContext;
  /** A new tab with its own cookies, for a second user in the same test. */
  newUser(): Promise<{ context: BrowserContext; page: Page }>;
  close(): Promise<void>;
}

export async function startBrowserEnv(label: string): Promise<BrowserEnv> {
  await buildWebIfNeeded();
  const server = await startTestServer({ web: true, label });
  const userDataDir = mkdtempSync(path.join(os.tmpdir(), 'trappen-chromium-'));
  // A persistent context takes the fresh profile folder; extra users get their own contexts.
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    baseURL: server.url,
    locale: 'da-DK',
    timezoneId: 'Europe/Copenhagen',
  });
  // Shorter than Vitest's 30 s, so a failing wait reports what it waited for.
  context.setDefaultTimeout(8_000);
  const browser = context.browser();
  const extra: BrowserContext[] = [];
  return {
    server,
    context,
    async newUser() {
      if (!browser) throw new Error('no browser behind the persistent context');
      const ctx = await browser.newContext({
        baseURL: server.url,
        locale: 'da-DK',
        timezoneId: 'Europe/Copenhagen',
      });
      ctx.setDefaultTimeout(8_000);
      extra.push(ctx);
      return { context: ctx, page: await ctx.newPage() };
    },
    async close() {
      for (const ctx of extra) await ctx.close().catch(() => {});
      await context.close().catch(() => {});
      await server.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Signs in through the login form, as a person would, and waits for the signed-in page. `here`:
 * on the login page the app has already sent the user to (it returns to `next` afterwards).
 */
export async function logIn(
  page: Page,
  user: { username: string; password: string },
  { here = false } = {},
): Promise<void> {
  if (!here) await page.goto('/login');
  await page.getByLabel('Brugernavn').fill(user.username);
  await page.getByLabel(/^Adgangskode/).fill(user.password);
  await page.getByRole('button', { name: 'Log ind' }).click();
  await page.getByRole('button', { name: /^Log ud/ }).waitFor();
}

/**
 * Ends the page's session on the server, as the idle timeout would, through a request of its own
 * (logout with the session's cookie and CSRF token): the page itself learns it at its next request.
 */
export async function endSession(page: Page): Promise<void> {
  const api = page.context().request;
  const session = (await (await api.get('/api/session')).json()) as { csrfToken: string };
  const ended = await api.delete('/api/session', { headers: { 'x-csrf-token': session.csrfToken } });
  if (!ended.ok()) throw new Error(`logout answered ${ended.status()}`);
}

/**
 * Runs axe with the WCAG 2.1 A and AA rules and fails on serious or critical violations,
 * listing each with the elements it found.
 */
export async function expectAccessible(page: Page, what: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  if (bad.length > 0) {
    const text = bad
      .map(
        (v) =>
          `${v.impact} ${v.id}: ${v.help}\n${v.nodes.map((n) => `  ${n.target.join(' ')}: ${n.failureSummary ?? ''}`).join('\n')}`,
      )
      .join('\n');
    throw new Error(`Accessibility violations on ${what}:\n${text}`);
  }
}

/** The document title is set after render, so wait for it rather than read it once. */
export async function expectTitle(page: Page, title: string): Promise<void> {
  await page
    .waitForFunction((expected) => document.title === expected, title, { timeout: 5_000 })
    .catch(async () => {
      throw new Error(`expected the page title "${title}", got "${await page.title()}"`);
    });
}

/** With E2E_SCREENSHOTS=1, saves a full-page picture to e2e/screenshots/ (ignored by git) for review. */
export async function snap(page: Page, name: string): Promise<void> {
  if (!process.env.E2E_SCREENSHOTS) return;
  await page.screenshot({ path: path.join('e2e/screenshots', `${name}.png`), fullPage: true });
}
