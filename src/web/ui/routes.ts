import type { ReactNode } from 'react';
import type { Permission, PermissionRule } from '../types.ts';

/**
 * One signed-in page as its area declares it: the router mounts `element` behind one guard
 * (ui/guard.tsx) and the menu lists it when it has `nav`, both from the same row, so a page and
 * its menu item can never disagree about who may see them.
 */
export interface AppRoute {
  /** Absolute, as links and the menu write it ('/tilbud/:id'). */
  path: string;
  element: ReactNode;
  /** Who may open the page (a list: all of them; `anyOf`: one of them); none means everyone signed in. */
  permission?: PermissionRule;
  /** What the guard shows the others: the page's own heading and why. */
  denied?: { title: string; documentTitle?: string; message: string };
  nav?: NavEntry;
}

export interface NavEntry {
  label: string;
  /** Place in the one menu, which mixes the areas' pages by the work they are for. */
  order: number;
  /** The start page's line about the page ("Det kan du nu"). */
  description?: string;
  /**
   * Listed only with this one as well: a page more may read than the menu is for (the settings
   * pages are read by many and worked in by those who change them).
   */
  permission?: Permission;
}
