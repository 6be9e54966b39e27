import { sql } from 'kysely';
import type { Tx } from '../store/database.ts';
import { CASEWORK_COLUMNS } from './casework/rows.ts';
import { CASEWORK_CASE_COLUMNS } from './casework/rows-case.ts';
import { DETECTION_COLUMNS } from './detection/rows.ts';
import { INTAKE_COLUMNS } from './intake/rows.ts';
import type { DemoData, DemoTable } from './types.ts';

/**
 * The PostgreSQL type of each column, for the casts of `unnest($1::uuid[], ...)`. An array or
 * jsonb column travels as text and is cast after unnest: unnest of a two-dimensional array would
 * flatten it, so a column of arrays cannot be one array parameter.
 */
type PgType =
  | 'uuid'
  | 'text'
  | 'date'
  | 'timestamptz'
  | 'boolean'
  | 'numeric'
  | 'integer'
  | 'text[]'
  | 'uuid[]'
  | 'jsonb';
export type Columns<Row> = { [K in keyof Row]-?: PgType };

/** Every column the generator fills, per table; the compiler checks that none is forgotten. */
export const COLUMNS: { [T in DemoTable]: Columns<DemoData[T][number]> } = {
  ...DETECTION_COLUMNS,
  ...INTAKE_COLUMNS,
  ...CASEWORK_COLUMNS,
  // The cases a district meeting opened, with what case work knows of them.
  intake_case: { ...INTAKE_COLUMNS.intake_case, ...CASEWORK_CASE_COLUMNS },
  municipality: { id: 'uuid', code: 'text', name: 'text', is_demo: 'boolean' },
  district: { municipality_id: 'uuid', id: 'uuid', name: 'text', socio_economic_index: 'numeric' },
  unit: { municipality_id: 'uuid', id: 'uuid', district_id: 'uuid', kind: 'text', name: 'text' },
  group: { municipality_id: 'uuid', id: 'uuid', unit_id: 'uuid', name: 'text' },
  household: { municipality_id: 'uuid', id: 'uuid', district_id: 'uuid', address: 'text' },
  child: {
    municipality_id: 'uuid',
    id: 'uuid',
    cpr: 'text',
    first_name: 'text',
    last_name: 'text',
    birth_date: 'date',
    household_id: 'uuid',
    district_id: 'uuid',
  },
  enrolment: { municipality_id: 'uuid', child_id: 'uuid', group_id: 'uuid' },
  person: {
    municipality_id: 'uuid',
    id: 'uuid',
    first_name: 'text',
    last_name: 'text',
    cpr: 'text',
    phone: 'text',
    household_id: 'uuid',
  },
  child_relation: {
    municipality_id: 'uuid',
    child_id: 'uuid',
    person_id: 'uuid',
    relation: 'text',
    has_custody: 'boolean',
  },
  app_user: {
    municipality_id: 'uuid',
    id: 'uuid',
    username: 'text',
    display_name: 'text',
    role: 'text',
    title: 'text',
    phone: 'text',
    on_call: 'boolean',
  },
  user_district: { municipality_id: 'uuid', user_id: 'uuid', district_id: 'uuid' },
  user_unit: { municipality_id: 'uuid', user_id: 'uuid', unit_id: 'uuid' },
  user_group: { municipality_id: 'uuid', user_id: 'uuid', group_id: 'uuid' },
  cases: {
    municipality_id: 'uuid',
    id: 'uuid',
    child_id: 'uuid',
    district_id: 'uuid',
    caseworker_id: 'uuid',
    opened_at: 'timestamptz',
    opened_reason: 'text',
    ...CASEWORK_CASE_COLUMNS,
  },
};

/**
 * Rows a statement. One array parameter a column keeps the statement's parameter count fixed
 * (PostgreSQL allows 65,535 parameters; multi-row VALUES would hit that at a few thousand rows)
 * and lets the server parse one short statement instead of thousands of tuples.
 */
export const CHUNK = 5_000;

/** Inserts rows with `INSERT ... SELECT * FROM unnest(...)`, CHUNK rows a statement. */
export async function insertRows<Row extends object>(
  tx: Tx,
  table: string,
  columns: Columns<Row>,
  rows: readonly Row[],
  onChunk: (inserted: number) => void = () => {},
): Promise<void> {
  const names = Object.keys(columns) as (keyof Row & string)[];
  for (let start = 0; start < rows.length; start += CHUNK) {
    const chunk = rows.slice(start, start + CHUNK);
    const arrays = names.map((name) => {
      const type = columns[name];
      const values = chunk.map((row) => encode(type, row[name]));
      return sql`${values}::${sql.raw(asText(type) ? 'text' : type)}[]`;
    });
    const selected = names.map((n) =>
      asText(columns[n]) ? sql`${sql.ref(n)}::${sql.raw(columns[n])}` : sql.ref(n),
    );
    await sql`INSERT INTO ${sql.table(table)} (${sql.join(names.map((n) => sql.ref(n)))})
      SELECT ${sql.join(selected)} FROM unnest(${sql.join(arrays)}) AS u(${sql.join(names.map((n) => sql.ref(n)))})`.execute(
      tx,
    );
    onChunk(chunk.length);
  }
}

function asText(type: PgType): boolean {
  return type === 'text[]' || type === 'uuid[]' || type === 'jsonb';
}

/** A value as the driver sends it; arrays of codes as a PostgreSQL array literal, jsonb as JSON text. */
function encode(type: PgType, value: unknown): unknown {
  if (value === undefined || value === null) return null;
  if (type === 'jsonb') return JSON.stringify(value);
  if (type === 'text[]' || type === 'uuid[]') {
    const items = value as readonly string[];
    return `{${items.map((v) => `"${v.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`).join(',')}}`;
  }
  return value;
}
