import type { AppRoute } from '../ui/routes.ts';
import { EditConcernPage, NewConcernPage } from './concern-form-pages.tsx';
import { ConcernPage } from './concern-page.tsx';
import { QueuePage } from './queue-page.tsx';
import { SettingsPage } from './settings-page.tsx';
import { SignalPage } from './signal-page.tsx';
import { TransitionFormPage } from './transition-form-page.tsx';
import { WellbeingPage } from './wellbeing-page.tsx';

export const DETECTION_ROUTES: AppRoute[] = [
  {
    path: '/bekymring/ny',
    element: <NewConcernPage />,
    permission: 'concerns:create',
    denied: {
      title: 'Registrér en bekymring',
      message: 'Bekymringer registreres af fagpersoner og forebyggende socialrådgivere.',
    },
    nav: {
      label: 'Registrér bekymring',
      order: 30,
      description: 'registrér en bekymring om et barn, og se, hvad du gør nu.',
    },
  },
  // The author corrects a concern without the right to create one anew: the server decides.
  { path: '/bekymring/:id', element: <ConcernPage /> },
  { path: '/bekymring/:id/ret', element: <EditConcernPage /> },
  {
    path: '/trivsel/:groupId',
    element: <WellbeingPage />,
    permission: 'wellbeing:rate',
    denied: {
      title: 'Trivselsvurdering',
      message: 'Trivselsvurderinger laves af fagpersoner for deres egne klasser og grupper.',
    },
  },
  {
    path: '/signaler',
    element: <QueuePage />,
    permission: 'signals:read',
    denied: {
      title: 'Signaler',
      message: 'Køen af signaler er for de forebyggende socialrådgivere og lederne i distriktet.',
    },
    nav: {
      label: 'Signaler',
      order: 130,
      description: 'signaler om børn i distriktet: kvittér, tag kontakt og afslut med et udfald.',
    },
  },
  {
    path: '/signaler/:id',
    element: <SignalPage />,
    permission: 'signals:read',
    denied: {
      title: 'Signal',
      message: 'Signaler er for de forebyggende socialrådgivere og lederne i distriktet.',
    },
  },
  {
    path: '/overgangssamtale/ny',
    element: <TransitionFormPage />,
    permission: 'transitions:create',
    denied: {
      title: 'Registrér overgangssamtale',
      documentTitle: 'Overgangssamtale',
      message: 'Overgangssamtaler registreres af fagpersoner og forebyggende socialrådgivere.',
    },
  },
  // Everyone who may read the rules sees them; only those who change them find them in the menu.
  {
    path: '/opsporing/regler',
    element: <SettingsPage />,
    nav: {
      label: 'Regler for opsporing',
      order: 180,
      permission: 'detection_settings:edit',
      description: 'grænsen for underretningspligt og reglerne, der rejser signaler.',
    },
  },
];
