import { sql } from 'kysely';
import type { TestMunicipality } from '../testing/fixtures.ts';
import { type AuditEvent, appendAudit } from './audit.ts';
import { asSystem, type Db, inMunicipality } from './database.ts';

/** Test helpers of the audit log: events, writing them as the app role, tampering as the owner. */
export function eventOf(
  m: TestMunicipality,
  action: string,
  overrides: Partial<AuditEvent> = {},
): AuditEvent {
  return {
    municipalityId: m.id,
    userId: m.users.caseworker.id,
    role: 'caseworker',
    action,
    entityType: 'child',
    entityId: m.children.inClass.id,
    outcome: 'allowed',
    details: { z: 1, a: { y: [1, 'x'], b: null } },
    ...overrides,
  };
}

export async function appendEvents(db: Db, m: TestMunicipality, n: number, prefix = 'read'): Promise<void> {
  for (let i = 0; i < n; i++) {
    await inMunicipality(db, m.id, (tx) => appendAudit(tx, eventOf(m, `${prefix}-${i}`)));
  }
}

export function eventsOf(db: Db, municipalityId: string) {
  return asSystem(db, 'test', (tx) =>
    tx
      .selectFrom('audit_log')
      .selectAll()
      .where('municipality_id', '=', municipalityId)
      .orderBy('seq')
      .execute(),
  );
}

export function chainOf(db: Db, municipalityId: string) {
  return asSystem(db, 'test', (tx) =>
    tx
      .selectFrom('audit_chain')
      .selectAll()
      .where('municipality_id', '=', municipalityId)
      .orderBy('seq')
      .execute(),
  );
}

/**
 * What only a superuser (or the schema owner) can do: switch off the append-only triggers for
 * one statement. Verification must catch whatever is done here.
 */
export async function tamper(
  db: Db,
  work: (tx: Parameters<Parameters<typeof asSystem>[2]>[0]) => Promise<unknown>,
) {
  await asSystem(db, 'test-tamper', async (tx) => {
    await sql`ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update`.execute(tx);
    await sql`ALTER TABLE audit_chain DISABLE TRIGGER audit_chain_no_update`.execute(tx);
    await work(tx);
    await sql`ALTER TABLE audit_chain ENABLE TRIGGER audit_chain_no_update`.execute(tx);
    await sql`ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update`.execute(tx);
  });
}
