import type { AppRoute } from '../ui/routes.ts';
import { AuditPage } from './audit-page.tsx';

export const AUDIT_ROUTES: AppRoute[] = [
  {
    path: '/revisionslog',
    element: <AuditPage />,
    permission: 'audit:read',
    denied: { title: 'Revisionslog', message: 'Din rolle giver ikke adgang til revisionsloggen.' },
    nav: {
      label: 'Revisionslog',
      order: 190,
      description: 'se, hvem der har læst og ændret oplysninger om børn.',
    },
  },
];
