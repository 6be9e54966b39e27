import { randomBytes } from 'node:crypto';
import type { Page } from 'playwright-core';
import type { OfferCreateRequest } from '../src/core/api/catalog.ts';
import { hashPassword } from '../src/server/access/password.ts';
import { asSystem } from '../src/store/database.ts';
import { addChildrenToGroup } from '../src/testing/fixtures.ts';
import { ApiClient, loginAs, type TestServer } from '../src/testing/server.ts';

/**
 * Test data for detection in the browser, written straight into the test municipality (the
 * fixture has one child per class; a real class has 25), and a keyboard that counts its presses.
 */

/** The id of a group of the test municipality, by its name (`1.A`, `Sommerfuglene`). */
export async function groupId(server: TestServer, name: string): Promise<string> {
  return asSystem(server.db, 'e2e', async (tx) => {
    const row = await tx
      .selectFrom('group')
      .select('id')
      .where('municipality_id', '=', server.municipality.id)
      .where('name', '=', name)
      .executeTakeFirstOrThrow();
    return row.id;
  });
}

/** `count` more children in a group (see src/testing/fixtures.ts). */
export function addChildren(server: TestServer, group: string, count: number): Promise<string[]> {
  return addChildrenToGroup(server.db, server.municipality, group, count);
}

/** Gives a user of the test municipality the phone number and title the guide shows. */
export async function setContact(server: TestServer, userId: string, phone: string, title: string) {
  await asSystem(server.db, 'e2e', (tx) =>
    tx.updateTable('app_user').set({ phone, title }).where('id', '=', userId).execute(),
  );
}

/** A second professional at a unit (by name), signed in through the API. */
export async function professionalAt(
  server: TestServer,
  unitName: string,
  displayName: string,
): Promise<{ id: string; client: ApiClient }> {
  const m = server.municipality;
  const username = `${m.code}-p${randomBytes(3).toString('hex')}`;
  const password = 'korrekt-hest-batteri-e2e';
  const hash = await hashPassword(password);
  const id = await asSystem(server.db, 'e2e', async (tx) => {
    const unit = await tx
      .selectFrom('unit')
      .select('id')
      .where('municipality_id', '=', m.id)
      .where('name', '=', unitName)
      .executeTakeFirstOrThrow();
    const user = await tx
      .insertInto('app_user')
      .values({
        municipality_id: m.id,
        username,
        display_name: displayName,
        role: 'professional',
        password_hash: hash,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await tx
      .insertInto('user_unit')
      .values({ municipality_id: m.id, user_id: user.id, unit_id: unit.id })
      .execute();
    return user.id;
  });
  const client = new ApiClient(server.url);
  const res = await client.login(username, password);
  if (res.status !== 200) throw new Error(`login as ${displayName} failed: ${res.status}`);
  return { id, client };
}

/** An early offer (step 2 of the default ladder) for the guide and the queue's outcome to find. */
export async function addEarlyOffer(server: TestServer, name: string): Promise<string> {
  const admin = await loginAs(server, 'admin');
  const ladder = await admin.get('/api/ladder');
  const step = ladder.body.ladder.steps.find((s: { position: number }) => s.position === 2);
  const offer: OfferCreateRequest = {
    name,
    description: 'Forældreprogram i grupper om samspillet med barnet.',
    providerKind: 'own',
    providerName: 'Familiehuset',
    stepId: step.id,
    target: 'parents',
    form: 'group',
    setting: 'everyday',
    ageMin: 3,
    ageMax: 12,
    icsAreas: ['development', 'parenting'],
    typicalDurationWeeks: 14,
    timeLimited: true,
    evidence: 'evidence_based',
    programme: 'De Utrolige År',
    legalBasis: 'BL § 32',
    unitCost: 9500,
    costUnit: 'course',
    capacity: 24,
  };
  const res = await admin.post('/api/offers', offer);
  if (res.status !== 201) throw new Error(`offer: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.offer.id;
}

/** page.keyboard.press that counts: the wellbeing check's budget is measured in presses. */
export function countingKeyboard(page: Page) {
  let count = 0;
  return {
    async press(key: string, times = 1) {
      for (let i = 0; i < times; i++) {
        await page.keyboard.press(key);
        count += 1;
      }
    },
    get count() {
      return count;
    },
  };
}

/** The accessible name of the element that has focus, to follow the keyboard through a page. */
export async function focusedLabel(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return '';
    const labelled = el.getAttribute('aria-label');
    if (labelled) return labelled;
    const id = el.id;
    const label = id ? document.querySelector(`label[for="${id}"]`) : null;
    return (label?.textContent ?? el.textContent ?? '').trim();
  });
}
