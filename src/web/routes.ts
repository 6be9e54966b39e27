import { AUDIT_ROUTES } from './audit/routes.tsx';
import { CASEWORK_ROUTES } from './casework/routes.tsx';
import { CATALOG_ROUTES } from './catalog/routes.tsx';
import { DETECTION_ROUTES } from './detection/routes.tsx';
import { DOCUMENTS_ROUTES } from './documents/routes.tsx';
import { FIGURES_ROUTES } from './figures/routes.tsx';
import { FORUMS_ROUTES } from './forums/routes.tsx';
import { HOME_ROUTES } from './home/routes.tsx';
import { INTAKE_ROUTES } from './intake/routes.tsx';
import { PEOPLE_ROUTES } from './people/routes.tsx';
import type { AppRoute } from './ui/routes.ts';

/** Every signed-in page, from each area's table: the router and the menu both read this list. */
export const ROUTES: readonly AppRoute[] = [
  ...HOME_ROUTES,
  ...PEOPLE_ROUTES,
  ...CASEWORK_ROUTES,
  ...AUDIT_ROUTES,
  ...CATALOG_ROUTES,
  ...DETECTION_ROUTES,
  ...INTAKE_ROUTES,
  ...FORUMS_ROUTES,
  ...DOCUMENTS_ROUTES,
  ...FIGURES_ROUTES,
];
