import type { Role } from './roles.ts';

/**
 * Who may do what with the ladder and the catalog (domain.md: everyone on staff reads the
 * catalog; the admin keeps the ladder and the catalog). Read this table as the specification.
 * The catalog holds no person data, so reading it needs no scope. Deny by default: a role
 * missing here (a future `citizen`) may do nothing.
 */
export interface CatalogPolicy {
  /** browse and search offers, see the ladder and its history, export the catalog */
  read: boolean;
  /** change the ladder; create, edit, retire and import offers */
  edit: boolean;
}

export const CATALOG_POLICY: Readonly<Record<Role, CatalogPolicy>> = {
  professional: { read: true, edit: false },
  front: { read: true, edit: false },
  preventive_worker: { read: true, edit: false },
  caseworker: { read: true, edit: false },
  foster_care_consultant: { read: true, edit: false },
  leader: { read: true, edit: false },
  analyst: { read: true, edit: false },
  admin: { read: true, edit: true },
  // The data-protection officer reads the audit log only (audit-policy.ts).
  data_protection_officer: { read: false, edit: false },
};

export function mayReadCatalog(role: Role): boolean {
  return CATALOG_POLICY[role]?.read === true;
}

export function mayEditCatalog(role: Role): boolean {
  return CATALOG_POLICY[role]?.edit === true;
}
