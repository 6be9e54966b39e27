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
 * What a page or button asks of the session: one permission, a list (all of them), or `anyOf` (one
 * of them is enough: the forums are read by their members and by those who set them up, as the
 * server's `requires` takes either).
 */
export type PermissionRule = Permission | readonly Permission[] | { readonly anyOf: readonly Permission[] };
