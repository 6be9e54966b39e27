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
  { label: 'Tilbudsvifte', path: '/tilbud', permission: 'catalog:read' },
  { label: 'Analyse af tilbud', path: '/tilbud/analyse', permission: 'catalog:analysis' },
  { label: 'Indsatstrappe', path: '/indsatstrappe', permission: 'catalog:read' },
  { label: 'Revisionslog', path: '/revisionslog', permission: 'audit:read' },
];

export function navFor(user: SessionUser): NavItem[] {
  return NAV_ITEMS.filter((item) => !item.permission || user.permissions.includes(item.permission));
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
