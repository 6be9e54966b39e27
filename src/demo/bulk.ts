import { sql } from 'kysely';
import type { Tx } from '../store/database.ts';
import type { Columns, PgKind } from './schema-rows.ts';

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

function asText(type: PgKind): boolean {
  return type === 'text[]' || type === 'uuid[]' || type === 'jsonb';
}

/** A value as the driver sends it; arrays of codes as a PostgreSQL array literal, jsonb as JSON text. */
function encode(type: PgKind, value: unknown): unknown {
  if (value === undefined || value === null) return null;
  if (type === 'jsonb') return JSON.stringify(value);
  if (type === 'text[]' || type === 'uuid[]') {
    const items = value as readonly string[];
    return `{${items.map((v) => `"${v.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`).join(',')}}`;
  }
  return value;
}
