import type { AppRoute } from '../ui/routes.ts';
import { ForumPage } from './forum-page.tsx';
import { FORUMS_PERMISSION } from './forums-api.ts';
import { ForumsPage } from './forums-page.tsx';
import { ForumMeetingPage } from './meeting-page.tsx';
import { ForumMinutesPage } from './minutes-page.tsx';
import { ForumSettingsPage } from './settings-page.tsx';

const WHO = 'Mødeforaene er for deres medlemmer og for dem, der opretter dem.';

export const FORUMS_ROUTES: AppRoute[] = [
  {
    path: '/moedefora',
    element: <ForumsPage />,
    permission: FORUMS_PERMISSION,
    denied: { title: 'Mødefora', message: WHO },
    nav: {
      label: 'Mødefora',
      order: 75,
      description: 'se kommunens mødefora, deres medlemmer og møder.',
    },
  },
  {
    path: '/moedefora/regler',
    element: <ForumSettingsPage />,
    permission: 'forums:settings',
    denied: { title: 'Regler for mødefora', message: 'Reglerne for mødeforaene sættes af administratoren.' },
    nav: {
      label: 'Regler for mødefora',
      order: 125,
      description: 'specialiserede trin, frister, afgørelsers gyldighed og beløbsgrænser for bevilling.',
    },
  },
  {
    path: '/moedefora/:id',
    element: <ForumPage />,
    permission: FORUMS_PERMISSION,
    denied: { title: 'Mødeforum', message: WHO },
  },
  // A meeting's agenda and minutes: its chair always, its members while published (the server decides).
  {
    path: '/moedefora/moede/:id',
    element: <ForumMeetingPage />,
    permission: { anyOf: ['forums:member', 'forums:chair'] },
    denied: { title: 'Dagsorden', message: WHO },
  },
  {
    path: '/moedefora/moede/:id/referat',
    element: <ForumMinutesPage />,
    permission: { anyOf: ['forums:member', 'forums:chair'] },
    denied: { title: 'Referat', message: WHO },
  },
];
