import { lazy, Suspense } from 'react';
import type { AppRoute } from '../ui/routes.ts';
import { Loading } from '../ui/states.tsx';
import { ImportPage } from './import-page.tsx';
import { LadderPage } from './ladder-page.tsx';
import { EditOfferPage, NewOfferPage } from './offer-form-page.tsx';
import { OfferPage } from './offer-page.tsx';
import { OffersPage } from './offers-page.tsx';

// The charts (recharts) are the largest part of the bundle: load them with the analysis only.
const AnalysisPage = lazy(() =>
  import('./analysis-page.tsx').then((module) => ({ default: module.AnalysisPage })),
);

const NO_CATALOG = 'Din rolle giver ikke adgang til tilbudsviften.';
const NO_EDIT = 'Kun en administrator kan oprette og rette tilbud.';

export const CATALOG_ROUTES: AppRoute[] = [
  {
    path: '/tilbud',
    element: <OffersPage />,
    permission: 'catalog:read',
    denied: { title: 'Tilbudsvifte', message: NO_CATALOG },
    nav: { label: 'Tilbudsvifte', order: 150 },
  },
  {
    path: '/tilbud/nyt',
    element: <NewOfferPage />,
    permission: 'catalog:edit',
    denied: { title: 'Nyt tilbud', message: NO_EDIT },
  },
  {
    path: '/tilbud/import',
    element: <ImportPage />,
    permission: 'catalog:edit',
    denied: { title: 'Importér tilbud', message: 'Kun en administrator kan importere tilbud.' },
  },
  {
    path: '/tilbud/analyse',
    element: (
      <Suspense fallback={<Loading label="Henter analysen …" />}>
        <AnalysisPage />
      </Suspense>
    ),
    permission: 'catalog:analysis',
    denied: {
      title: 'Analyse af tilbudsviften',
      message: 'Din rolle giver ikke adgang til analysen af tilbudsviften.',
    },
    nav: { label: 'Analyse af tilbud', order: 160 },
  },
  {
    path: '/tilbud/:id',
    element: <OfferPage />,
    permission: 'catalog:read',
    denied: { title: 'Tilbud', message: NO_CATALOG },
  },
  {
    path: '/tilbud/:id/rediger',
    element: <EditOfferPage />,
    permission: 'catalog:edit',
    denied: { title: 'Redigér tilbud', message: NO_EDIT },
  },
  {
    path: '/indsatstrappe',
    element: <LadderPage />,
    permission: 'catalog:read',
    denied: { title: 'Indsatstrappe', message: 'Din rolle giver ikke adgang til indsatstrappen.' },
    nav: { label: 'Indsatstrappe', order: 170 },
  },
];
