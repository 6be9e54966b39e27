import { sql } from 'kysely';
import { CONTACT_KINDS } from '../../core/api/casework-overview.ts';
import type { CalendarDate } from '../../core/calendar/zone.ts';
import { copenhagenDateOf } from '../../core/calendar/zone.ts';
import type { LadderMeasure } from '../../core/casework/ladder.ts';
import type { Tx } from '../../store/database.ts';

/**
 * Batch queries behind "Mit overblik" and the leader's supervision: each is one statement over
 * `case_id = ANY($ids)`, whatever the number of cases (no query per case). The children are read
 * apart by id (`childrenByIds`) rather than joined: on freshly written rows, before the planner has
 * statistics, the join ran as a nested loop over the municipality's children per case.
 */

const anyOf = (column: string, ids: readonly string[]) =>
  sql<boolean>`${sql.ref(column)} = any(${ids}::uuid[])`;

/** The user's open cases: caseworker, foster-care consultant or contact person. */
export function myOpenCases(tx: Tx, userId: string) {
  return tx
    .selectFrom('cases')
    .innerJoin('district', 'district.id', 'cases.district_id')
    .select([
      'cases.id',
      'cases.opened_at',
      'cases.child_id',
      'district.id as district_id',
      'district.name as district_name',
    ])
    .where('cases.closed_at', 'is', null)
    .where((eb) =>
      eb.or([
        eb('cases.caseworker_id', '=', userId),
        eb('cases.foster_care_consultant_id', '=', userId),
        eb('cases.contact_person_id', '=', userId),
      ]),
    )
    .execute();
}

/** Name and birth date of each child. */
export async function childrenByIds(tx: Tx, ids: readonly string[]) {
  if (ids.length === 0) return new Map<string, { name: string; birthDate: string }>();
  const rows = await tx
    .selectFrom('child')
    .select(['id', 'first_name', 'last_name', 'birth_date'])
    .where(anyOf('child.id', [...new Set(ids)]))
    .execute();
  return new Map(
    rows.map((r) => [r.id, { name: `${r.first_name} ${r.last_name}`, birthDate: r.birth_date }]),
  );
}

/**
 * The Copenhagen date of each case's last contact with the family (a journal entry of kind
 * conversation, home visit, meeting or phone: the partial index journal_entry_contact).
 */
export async function lastContacts(tx: Tx, caseIds: readonly string[]): Promise<Map<string, CalendarDate>> {
  if (caseIds.length === 0) return new Map();
  const rows = await tx
    .selectFrom('journal_entry')
    .select(['case_id', (eb) => eb.fn.max('occurred_at').as('last_at')])
    .where(anyOf('journal_entry.case_id', caseIds))
    .where('kind', 'in', [...CONTACT_KINDS])
    .groupBy('case_id')
    .execute();
  return new Map(rows.map((r) => [r.case_id, copenhagenDateOf(new Date(r.last_at))]));
}

/** The measures of each case with their step, for the current position on the ladder. */
export async function caseLadderMeasures(
  tx: Tx,
  caseIds: readonly string[],
): Promise<Map<string, (LadderMeasure & { id: string })[]>> {
  const out = new Map<string, (LadderMeasure & { id: string })[]>();
  if (caseIds.length === 0) return out;
  const rows = await tx
    .selectFrom('measure')
    .select(['id', 'case_id', 'step_position', 'start_on', 'ended_on'])
    .where(anyOf('measure.case_id', caseIds))
    .execute();
  for (const r of rows) {
    const list = out.get(r.case_id) ?? [];
    list.push({ id: r.id, stepPosition: r.step_position, startOn: r.start_on, endedOn: r.ended_on });
    out.set(r.case_id, list);
  }
  return out;
}

/** Open cases where the user is caseworker, foster-care consultant or contact person. */
export async function openCaseload(tx: Tx, userId: string): Promise<number> {
  const row = await tx
    .selectFrom('cases')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('closed_at', 'is', null)
    .where((eb) =>
      eb.or([
        eb('caseworker_id', '=', userId),
        eb('foster_care_consultant_id', '=', userId),
        eb('contact_person_id', '=', userId),
      ]),
    )
    .executeTakeFirstOrThrow();
  return row.n;
}
