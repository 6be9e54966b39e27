import type { DetectionPermission } from '../../core/access/detection-policy.ts';
import { can, type SessionUser } from '../types.ts';

export type { DetectionPermission };

/** What the interface offers in detection, from the session's permissions; the server checks again. */
export function canDetect(user: SessionUser, permission: DetectionPermission): boolean {
  return can(user, permission);
}
