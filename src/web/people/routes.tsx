import type { AppRoute } from '../ui/routes.ts';
import { ChildPage } from './child-page.tsx';
import { ChildrenSearchPage } from './children-search-page.tsx';

const NO_CHILDREN = 'Din rolle giver ikke adgang til oplysninger om børn.';

export const PEOPLE_ROUTES: AppRoute[] = [
  {
    path: '/boern',
    element: <ChildrenSearchPage />,
    permission: 'children:search',
    denied: { title: 'Børn', message: NO_CHILDREN },
    nav: {
      label: 'Børn',
      order: 140,
      description: 'søg efter børn, du har adgang til, på navn eller CPR-nummer.',
    },
  },
  {
    path: '/boern/:id',
    element: <ChildPage />,
    permission: 'children:read',
    denied: { title: 'Barn', message: NO_CHILDREN },
  },
];
