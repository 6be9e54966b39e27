import type { Permission, SessionUser } from '../types.ts';

export interface NavItem {
  label: string;
  path: string;
  /** Shown only to users with this permission; none means everyone signed in. */
  permission?: Permission;
}

/**
 * The navigation, from permissions only: a role's menu follows what the server says it may do,
 * so a new role or a changed policy needs no change here.
 */
export const NAV_ITEMS: NavItem[] = [
  { label: 'Forside', path: '/' },
  { label: 'Børn', path: '/boern', permission: 'children:search' },
  { label: 'Revisionslog', path: '/revisionslog', permission: 'audit:read' },
];

export function navFor(user: SessionUser): NavItem[] {
  return NAV_ITEMS.filter((item) => !item.permission || user.permissions.includes(item.permission));
}
