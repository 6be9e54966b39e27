import type { AppRoute } from '../ui/routes.ts';
import { TemplatesPage } from './templates-page.tsx';

/** The documents' own pages; the decisions, consultations and letters live on the case page. */
export const DOCUMENTS_ROUTES: AppRoute[] = [
  {
    path: '/dokumenter/skabeloner',
    element: <TemplatesPage />,
    permission: 'documents:settings',
    denied: { title: 'Brevskabeloner', message: 'Brevskabelonerne vedligeholdes af administratoren.' },
    nav: {
      label: 'Brevskabeloner',
      order: 127,
      description:
        'skabelonerne for afgørelser, partshøringer, planer og andre breve med deres flettefelter.',
    },
  },
];
