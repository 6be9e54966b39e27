import type { AppRoute } from '../ui/routes.ts';
import { FrontReportPage } from './front-report-page.tsx';
import { QUEUE_PERMISSIONS } from './intake-api.ts';
import { MeetingPage } from './meeting-page.tsx';
import { MinutesPage } from './minutes-page.tsx';
import { MyReportsPage } from './my-reports-page.tsx';
import { IntakeQueuePage } from './queue-page.tsx';
import { NewReportPage } from './report-form-page.tsx';
import { IntakeReportPage } from './report-page.tsx';
import { SupervisionPage } from './supervision-page.tsx';

const MEETING = 'Distriktsmødet er for Front, den forebyggende socialrådgiver, familieteamet og lederen.';

export const INTAKE_ROUTES: AppRoute[] = [
  {
    path: '/modtagelse',
    element: <IntakeQueuePage />,
    permission: QUEUE_PERMISSIONS,
    denied: { title: 'Modtagelse', message: 'Modtagelsens kø er for Front.' },
    nav: { label: 'Modtagelse', order: 60 },
  },
  {
    path: '/modtagelse/ny',
    element: <FrontReportPage />,
    permission: 'reports:register',
    denied: {
      title: 'Registrér underretning',
      message: 'Front registrerer underretninger fra borgere, myndigheder og anonyme.',
    },
  },
  {
    path: '/modtagelse/:id',
    element: <IntakeReportPage />,
    permission: QUEUE_PERMISSIONS,
    denied: { title: 'Underretning', message: 'Underretninger screenes af Front.' },
  },
  {
    path: '/underretning/ny',
    element: <NewReportPage />,
    permission: 'reports:create',
    denied: {
      title: 'Underret kommunen',
      message:
        'Her underretter fagpersoner om børn i deres egne enheder. Front registrerer andre underretninger.',
    },
    nav: { label: 'Underret kommunen', order: 40 },
  },
  {
    path: '/underretning/mine',
    element: <MyReportsPage />,
    permission: 'reports:create',
    denied: { title: 'Mine underretninger', message: 'Siden viser fagpersoners egne underretninger.' },
    nav: { label: 'Mine underretninger', order: 50 },
  },
  {
    path: '/distriktsmoede',
    element: <MeetingPage />,
    permission: 'meetings:decide',
    denied: { title: 'Distriktsmøde', message: MEETING },
    nav: { label: 'Distriktsmøde', order: 70 },
  },
  {
    path: '/distriktsmoede/:id/referat',
    element: <MinutesPage />,
    permission: 'meetings:decide',
    denied: {
      title: 'Referat af distriktsmøde',
      message: 'Referatet er for distriktsmødets deltagere og lederen.',
    },
  },
  {
    path: '/tilsyn/modtagelse',
    element: <SupervisionPage />,
    permission: 'intake_supervision:read',
    denied: { title: 'Tilsyn med frister', message: 'Tilsynet med modtagelsens frister er for ledere.' },
    nav: { label: 'Tilsyn med frister', order: 80 },
  },
];
