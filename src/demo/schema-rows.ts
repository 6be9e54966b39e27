import type { InsertType, SelectType } from 'kysely';
import type { Database } from '../store/schema.ts';

/**
 * The demo's rows are derived from the store's Kysely table types (src/store/schema*.ts), so that a
 * column's type is written once, next to its migration. Each area names the columns it writes of a
 * table in one object of column kinds (`<area>/rows.ts`): the kinds are what the bulk insert
 * (bulk.ts) needs for its casts, and the row type follows from the kinds' keys and the schema.
 */

export type TableName = keyof Database;

/**
 * The PostgreSQL type of a column, for the casts of `unnest($1::uuid[], ...)`. An array or jsonb
 * column travels as text and is cast after unnest: unnest of a two-dimensional array would
 * flatten it, so a column of arrays cannot be one array parameter.
 */
export type PgKind =
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

/** The kinds a column of this select type can have: a typo'd kind fails to compile. */
type KindOf<V> = [V] extends [Date]
  ? 'timestamptz'
  : [V] extends [boolean]
    ? 'boolean'
    : [V] extends [number]
      ? 'integer' | 'numeric'
      : [V] extends [string]
        ? 'uuid' | 'text' | 'date' | 'numeric'
        : [V] extends [readonly string[]]
          ? 'text[]' | 'uuid[]' | 'jsonb'
          : 'jsonb';

/** Columns the database fills itself (generated columns: insert type never). */
type NotInsertable<R> = { [C in keyof R]: [InsertType<R[C]>] extends [never] ? C : never }[keyof R];

/** The kinds of the columns the demo writes of table T; only the table's insertable columns. */
export type ColumnKinds<T extends TableName> = {
  readonly [C in Exclude<keyof Database[T], NotInsertable<Database[T]>>]?: KindOf<
    NonNullable<SelectType<Database[T][C]>>
  >;
};

/** The column kinds of several tables, each checked against its own table (`satisfies TableKinds`). */
export type TableKinds = { readonly [T in TableName]?: ColumnKinds<T> };

/** A value as the demo writes it: plain JSON, so a timestamp is an ISO string in UTC. */
type Plain<V> = V extends Date ? string : V;

/**
 * A demo row of table T: the columns its kinds name, each of the table's select type (a date is
 * already 'YYYY-MM-DD' there, a numeric a string, a jsonb column its parsed value).
 */
export type RowOf<T extends TableName, Kinds> = {
  -readonly [C in keyof Kinds & keyof Database[T]]: Plain<SelectType<Database[T][C]>>;
};

/** A row type with some fields typed otherwise: where the generator's row really differs from the table. */
export type Override<Row, Fields> = Omit<Row, keyof Fields> & Fields;

/** The kind of every field of a row as the seed writes it (bulk.ts): the compiler checks none is missing. */
export type Columns<Row> = { readonly [K in keyof Row]-?: PgKind };
