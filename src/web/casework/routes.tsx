import type { AppRoute } from '../ui/routes.ts';
import { CasePage } from './case-page.tsx';
import { MyCasesPage } from './my-cases-page.tsx';
import { CaseworkSettingsPage } from './settings-page.tsx';
import { SupervisionCasesPage } from './supervision-page.tsx';

export const CASEWORK_ROUTES: AppRoute[] = [
  // A case's own page: the server decides per case (assigned, district, emergency access).
  { path: '/sag/:id', element: <CasePage /> },
  {
    path: '/overblik',
    element: <MyCasesPage />,
    permission: 'cases:own_overview',
    denied: {
      title: 'Mit overblik',
      message: 'Mit overblik er for sagsbehandlere, forebyggende medarbejdere og familieplejekonsulenter.',
    },
    nav: {
      label: 'Mit overblik',
      order: 20,
      description: 'dine sager med den næste frist, overskredne øverst, og sager uden kontakt i lang tid.',
    },
  },
  {
    path: '/tilsyn/sager',
    element: <SupervisionCasesPage />,
    permission: 'cases:supervise',
    denied: { title: 'Tilsyn med sager', message: 'Tilsynet med sagerne er for ledere.' },
    nav: {
      label: 'Tilsyn med sager',
      order: 100,
      description: 'overskredne frister, sagsstammer og stille sager pr. medarbejder; fordel sager.',
    },
  },
  // Caseworkers read the local rules (the page shows them); leaders and the admin change them.
  {
    path: '/sager/regler',
    element: <CaseworkSettingsPage />,
    nav: { label: 'Regler for sager', order: 120, permission: 'casework_settings:edit' },
  },
];
