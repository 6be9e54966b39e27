import { can, type Permission, type SessionUser } from '../types.ts';

/**
 * The catalog's permissions, as the session lists them: `catalog:read` (every role),
 * `catalog:edit` (admin) and `catalog:analysis` (every role but professionals). The server
 * checks each action again; these only decide what the interface offers.
 */
export type CatalogPermission = Extract<Permission, `catalog:${string}`>;

export function canCatalog(user: SessionUser, permission: CatalogPermission): boolean {
  return can(user, permission);
}
