import type { AppRoute } from '../ui/routes.ts';
import { DocumentSettingsPage } from './settings-page.tsx';
import { TemplatesPage } from './templates-page.tsx';

/** The documents' own pages; the decisions, consultations and letters live on the case page. */
export const DOCUMENTS_ROUTES: AppRoute[] = [
  {
    path: '/dokumenter/regler',
    element: <DocumentSettingsPage />,
    permission: 'documents:settings',
    denied: {
      title: 'Regler for afgørelser og breve',
      message: 'Reglerne for afgørelser og breve sættes af administratoren.',
    },
    nav: {
      label: 'Regler for afgørelser og breve',
      order: 126,
      description:
        'partshøringsfristen, brevhovedet, klagevejledningen og anden underskrift pr. slags afgørelse.',
    },
  },
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
