import type { AppRoute } from '../ui/routes.ts';
import { StartPage } from './start-page.tsx';

export const HOME_ROUTES: AppRoute[] = [
  { path: '/', element: <StartPage />, nav: { label: 'Forside', order: 10 } },
];
