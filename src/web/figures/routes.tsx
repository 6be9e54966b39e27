import { lazy, Suspense } from 'react';
import type { AppRoute } from '../ui/routes.ts';
import { Loading } from '../ui/states.tsx';

// The charts (recharts) are the largest part of the bundle: load them with the figures only.
const F8Page = lazy(() => import('./f8-page.tsx').then((module) => ({ default: module.F8Page })));
const ForumFiguresPage = lazy(() =>
  import('./forum-figures-page.tsx').then((module) => ({ default: module.ForumFiguresPage })),
);
const CaseFiguresPage = lazy(() =>
  import('./case-figures-page.tsx').then((module) => ({ default: module.CaseFiguresPage })),
);

export const FIGURES_ROUTES: AppRoute[] = [
  {
    path: '/noegletal/f8',
    element: (
      <Suspense fallback={<Loading label="Henter nøgletallet …" />}>
        <F8Page />
      </Suspense>
    ),
    permission: 'figures:F8',
    denied: {
      title: 'Nøgletal F8: frister i modtagelsen',
      message: 'Nøgletallet er for ledere, analytikere og Modtagelsen.',
    },
    nav: { label: 'Nøgletal F8', order: 90 },
  },
  {
    path: '/noegletal/sager',
    element: (
      <Suspense fallback={<Loading label="Henter nøgletallene …" />}>
        <CaseFiguresPage />
      </Suspense>
    ),
    permission: 'figures:F9',
    denied: {
      title: 'Nøgletal for sagsarbejdet',
      message: 'Nøgletallene for sagsarbejdet er for ledere og analytikere.',
    },
    nav: {
      label: 'Nøgletal for sager',
      order: 110,
      description: 'undersøgelser til tiden (F9), sagsstammer (F11) og retningen på trappen (F12).',
    },
  },
  {
    path: '/noegletal/moedefora',
    element: (
      <Suspense fallback={<Loading label="Henter nøgletallene …" />}>
        <ForumFiguresPage />
      </Suspense>
    ),
    permission: 'figures:FR1',
    denied: {
      title: 'Nøgletal for mødefora',
      message: 'Nøgletallene for mødefora er for ledere og analytikere.',
    },
    nav: {
      label: 'Nøgletal for mødefora',
      order: 115,
      description:
        'alternativer i Det Kreative Råd, tid til afgørelse, gennemgange til tiden og lange institutionsophold (FR1–FR4).',
    },
  },
];
