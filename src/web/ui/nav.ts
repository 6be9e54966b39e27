import { DETECTION_PERMISSIONS } from '../../core/access/detection-policy.ts';
import { type CaseworkArea, canCasework } from '../casework/overview-api.ts';
import { canDetect, type DetectionPermission } from '../detection/permissions.ts';
import { canIntakeExtra, type IntakeExtra } from '../intake/intake-access.ts';
import { canIntake, type IntakeAction } from '../intake/permissions.ts';
import type { Permission, SessionUser } from '../types.ts';

export interface NavItem {
  label: string;
  path: string;
  /** Shown only to users with this permission; none means everyone signed in. */
  permission?: Permission | DetectionPermission;
  /** Intake has no session permissions yet: shown by the role's row of the intake policy. */
  intake?: IntakeAction;
  /** Intake's supervision, likewise by the role's row of the intake policy. */
  intakeExtra?: IntakeExtra;
  /** Case work's overview pages, by the role's row of the case policy. */
  casework?: CaseworkArea;
}

/**
 * The navigation, from permissions only: a role's menu follows what the server says it may do,
 * so a new role or a changed policy needs no change here.
 */
export const NAV_ITEMS: NavItem[] = [
  { label: 'Forside', path: '/' },
  { label: 'Mit overblik', path: '/overblik', casework: 'ownOverview' },
  { label: 'Registrér bekymring', path: '/bekymring/ny', permission: 'concerns:create' },
  { label: 'Underret kommunen', path: '/underretning/ny', intake: 'report' },
  { label: 'Mine underretninger', path: '/underretning/mine', intake: 'report' },
  { label: 'Modtagelse', path: '/modtagelse', intake: 'queue' },
  { label: 'Distriktsmøde', path: '/distriktsmoede', intake: 'meeting' },
  { label: 'Tilsyn med frister', path: '/tilsyn/modtagelse', intakeExtra: 'supervision' },
  { label: 'Nøgletal F8', path: '/noegletal/f8', permission: 'figures:F8' },
  { label: 'Tilsyn med sager', path: '/tilsyn/sager', casework: 'supervision' },
  { label: 'Nøgletal for sager', path: '/noegletal/sager', permission: 'figures:F9' },
  { label: 'Regler for sager', path: '/sager/regler', casework: 'settings' },
  { label: 'Signaler', path: '/signaler', permission: 'signals:read' },
  { label: 'Børn', path: '/boern', permission: 'children:search' },
  { label: 'Tilbudsvifte', path: '/tilbud', permission: 'catalog:read' },
  { label: 'Analyse af tilbud', path: '/tilbud/analyse', permission: 'catalog:analysis' },
  { label: 'Indsatstrappe', path: '/indsatstrappe', permission: 'catalog:read' },
  { label: 'Regler for opsporing', path: '/opsporing/regler', permission: 'detection_settings:edit' },
  { label: 'Revisionslog', path: '/revisionslog', permission: 'audit:read' },
];

const isDetection = (p: Permission | DetectionPermission): p is DetectionPermission =>
  (DETECTION_PERMISSIONS as readonly string[]).includes(p);

export function navFor(user: SessionUser): NavItem[] {
  return NAV_ITEMS.filter((item) => {
    if (item.intake && !canIntake(user, item.intake)) return false;
    if (item.intakeExtra && !canIntakeExtra(user, item.intakeExtra)) return false;
    if (item.casework && !canCasework(user, item.casework)) return false;
    const p = item.permission;
    if (!p) return true;
    // Detection's permissions may not be in the session yet: canDetect falls back to the role.
    return isDetection(p) ? canDetect(user, p) : user.permissions.includes(p);
  });
}

/**
 * The menu item for a path: the longest item path that is the path or a folder above it, so
 * /tilbud/analyse marks "Analyse af tilbud" and /tilbud/42 marks "Tilbudsvifte".
 */
export function activeNavPath(items: NavItem[], pathname: string): string | undefined {
  let best: string | undefined;
  for (const { path } of items) {
    const matches = path === '/' ? pathname === '/' : pathname === path || pathname.startsWith(`${path}/`);
    if (matches && (!best || path.length > best.length)) best = path;
  }
  return best;
}
