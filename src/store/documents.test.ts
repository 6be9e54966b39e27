import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestMunicipality, type TestMunicipality } from '../testing/fixtures.ts';
import { testDb } from '../testing/server.ts';
import { asSystem, type Db } from './database.ts';

// Migration 020: a finalised document never changes, whatever code path tries (issue #14 item 3);
// only how it was sent is recorded once.

let db: Db;
let m: TestMunicipality;
beforeAll(async () => {
  db = testDb();
  m = await createTestMunicipality(db, 'documents-store');
});
afterAll(() => db.destroy());

async function finalDocument(key: string) {
  return asSystem(db, 'test-fixture', async (tx) => {
    await tx
      .insertInto('document_template')
      .values({
        municipality_id: m.id,
        document_type: 'plan',
        version: 1,
        body: 'Plan for {{child.name}}',
        created_by: m.users.admin.id,
      })
      .onConflict((oc) => oc.doNothing())
      .execute();
    const row = await tx
      .insertInto('case_document')
      .values({
        municipality_id: m.id,
        case_id: m.cases.inClass,
        document_type: 'plan',
        origin: 'generated',
        title: 'Barnets plan',
        template_version: 1,
        body: 'Plan for Åse',
        status: 'final',
        finalised_at: new Date(),
        finalised_by: m.users.caseworker.id,
        created_by: m.users.caseworker.id,
        idempotency_key: key,
        request_hash: 'x',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  });
}

const update = (id: string, values: Record<string, unknown>) =>
  asSystem(db, 'test-fixture', (tx) =>
    tx.updateTable('case_document').set(values).where('id', '=', id).execute(),
  );

describe('a finalised document (migration 020)', () => {
  it('refuses a change of its text, title or state', async () => {
    const id = await finalDocument('final-doc-text');
    await expect(update(id, { body: 'Ændret' })).rejects.toThrow(/finalised document is fixed/);
    await expect(update(id, { title: 'Ny titel' })).rejects.toThrow(/finalised document is fixed/);
    await expect(update(id, { status: 'draft', finalised_at: null, finalised_by: null })).rejects.toThrow();
  });
  it('records once how it was sent, and refuses to record it again', async () => {
    const id = await finalDocument('final-doc-sent');
    await update(id, { sent_via: 'letter', sent_on: '2026-12-04', sent_to: 'Åse Øster' });
    await expect(update(id, { sent_via: 'digital_post', sent_on: '2026-12-05' })).rejects.toThrow(/fixed/);
  });
});
