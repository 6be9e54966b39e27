import { afterAll, beforeAll, describe, it } from 'vitest';
import { addUserMember, councilBody, createForum } from '../src/server/forums/forums.testing.ts';
import { loginAs } from '../src/testing/server.ts';
import { type BrowserEnv, expectAccessible, expectTitle, logIn, snap, startBrowserEnv } from './browser.ts';

/**
 * The forums in real Chromium (issue 12): the leader, chair of district d1's council, opens
 * "Mødefora", the council, and plans, publishes and closes its next meeting.
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

    await page.getByRole('navigation').getByRole('link', { name: 'Mødefora' }).click();
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
});
