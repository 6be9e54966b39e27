import type { Role } from './roles.ts';

/**
 * Who may see which rows of the audit log. Read the table as the specification: a role sees a
 * row when at least one of its reaches holds for it; a role with no reach may not search at all.
 *
 * - The data-protection officer sees the whole municipality's log.
 * - A leader sees the rows about the children of their districts (the child's own district),
 *   and, where a row names no child, the rows written by the staff of their districts.
 * - The admin, who sees no person data (domain.md), sees only rows that carry none: logins,
 *   settings, ladder and catalog, users — no child, no case, and an entity type of
 *   NON_PERSONAL_ENTITY_TYPES.
 * - Everyone else sees nothing.
 *
 * The search turns each reach into SQL (src/server/audit/audit-scope.ts): rows are never
 * fetched and then filtered.
 */
export type AuditReach =
  /** the row names a child who lives in one of the user's districts */
  | 'own_district_children'
  /** the row names no child and was written by someone working in one of the user's districts */
  | 'own_district_staff'
  /** the row carries no person data */
  | 'non_personal'
  /** every row of the municipality */
  | 'municipality';

export interface AuditPolicy {
  read: readonly AuditReach[];
}

/**
 * Entity types whose rows hold no person data: accounts and logins, the settings of each area,
 * the ladder and the catalog, figures (counts only). Listed rather than excluded, so a new
 * entity type is person data until someone decides otherwise here.
 */
export const NON_PERSONAL_ENTITY_TYPES = [
  'user',
  'casework_setting',
  'intake_setting',
  'detection_setting',
  'catalog_setting',
  'forum_setting',
  'document_settings',
  'document_template',
  'ladder',
  'offer',
  'catalog_analysis',
  'figure',
] as const;

const NOTHING: AuditPolicy = { read: [] };

export const AUDIT_POLICY: Readonly<Record<Role, AuditPolicy>> = {
  professional: NOTHING,
  front: NOTHING,
  preventive_worker: NOTHING,
  caseworker: NOTHING,
  foster_care_consultant: NOTHING,
  leader: { read: ['own_district_children', 'own_district_staff'] },
  analyst: NOTHING,
  admin: { read: ['non_personal'] },
  data_protection_officer: { read: ['municipality'] },
};

export function auditReachOf(role: Role): readonly AuditReach[] {
  return AUDIT_POLICY[role]?.read ?? [];
}

/** May the role search the audit log at all (the menu, and the refusal before any query)? */
export function mayReadAudit(role: Role): boolean {
  return auditReachOf(role).length > 0;
}
