import { createContext, useContext } from 'react';
import { can, useUser } from '../session.ts';
import type { SessionUser } from '../types.ts';
import type { AppRoute } from './routes.ts';

export interface NavItem {
  label: string;
  path: string;
  description?: string;
}

/**
 * The navigation, from the route tables' permissions only: a role's menu follows what the server
 * says it may do, so a new role or a changed policy needs no change here.
 */
export function menuOf(routes: readonly AppRoute[], user: SessionUser): NavItem[] {
  return routes
    .filter(({ permission, nav }) => nav && [permission, nav.permission].every((p) => !p || can(user, p)))
    .flatMap(({ path, nav }) => (nav ? [{ path, ...nav }] : []))
    .sort((a, b) => a.order - b.order)
    .map(({ label, path, description }) => ({ label, path, description }));
}

/** The app's routes, provided by app.tsx: ui/ knows no area, the areas' tables are gathered there. */
export const RoutesContext = createContext<readonly AppRoute[]>([]);

/** The signed-in user's menu. */
export function useMenu(): NavItem[] {
  const user = useUser();
  return menuOf(useContext(RoutesContext), user);
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
