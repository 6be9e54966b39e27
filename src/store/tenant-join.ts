import type { JoinBuilder, StringReference } from 'kysely';

/**
 * The join condition of a composite foreign key: every key between tenant tables starts with
 * `municipality_id` (docs/architecture.md "Tenancy"), so a join matches it as well as the id —
 * which lets PostgreSQL use the composite indexes and keeps a join inside one municipality even
 * where row-level security is not in force (the owner's pool). `tenantJoin(j, 'u.id', 'c.held_by')`
 * is `u.municipality_id = c.municipality_id AND u.id = c.held_by`; chain more conditions after it.
 */
export function tenantJoin<DB, TB extends keyof DB>(
  j: JoinBuilder<DB, TB>,
  left: StringReference<DB, TB> & `${string}.${string}`,
  right: StringReference<DB, TB> & `${string}.${string}`,
): JoinBuilder<DB, TB> {
  return j.onRef(tenantOf<DB, TB>(left), '=', tenantOf<DB, TB>(right)).onRef(left, '=', right);
}

/** The `municipality_id` of the reference's table (every tenant table has one; a test reads pg_constraint). */
function tenantOf<DB, TB extends keyof DB>(ref: string): StringReference<DB, TB> {
  return `${ref.slice(0, ref.lastIndexOf('.'))}.municipality_id` as StringReference<DB, TB>;
}
