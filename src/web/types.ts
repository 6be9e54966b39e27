/**
 * The API's shapes, taken from the zod schemas the server validates with (type-only imports:
 * zod itself stays out of the browser bundle).
 */
import type { Permission } from '../core/access/permissions.ts';
import type { AuditRow } from '../core/api/audit.ts';
import type { ChildDetail, ChildSummary } from '../core/api/children.ts';
import type { Ref } from '../core/api/common.ts';
import type { SessionResponse, SessionUser } from '../core/api/session.ts';

export type { AuditRow, ChildDetail, ChildSummary, Permission, Ref, SessionResponse, SessionUser };

/**
 * What a page or button asks of the session: one permission, `allOf` (every one: Front's queue
 * both reads and screens), or `anyOf` (one is enough: the forums are read by their members and by
 * those who set them up, as the server's `requires` takes any of its list). Named, never a bare
 * list, so a list cannot mean "all" here and "any" on the server.
 */
export type PermissionRule =
  | Permission
  | { readonly allOf: readonly Permission[] }
  | { readonly anyOf: readonly Permission[] };
