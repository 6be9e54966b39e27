import { useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useEffect } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router';
import { LoginPage } from './access/login-page.tsx';
import { onUnauthenticated } from './api.ts';
import { AuditPage } from './audit/audit-page.tsx';
import { CasePage } from './casework/case-page.tsx';
import { MyCasesPage } from './casework/my-cases-page.tsx';
import { CaseworkSettingsPage } from './casework/settings-page.tsx';
import { SupervisionCasesPage } from './casework/supervision-page.tsx';
import { ImportPage } from './catalog/import-page.tsx';
import { LadderPage } from './catalog/ladder-page.tsx';
import { EditOfferPage, NewOfferPage } from './catalog/offer-form-page.tsx';
import { OfferPage } from './catalog/offer-page.tsx';
import { OffersPage } from './catalog/offers-page.tsx';
import { EditConcernPage, NewConcernPage } from './detection/concern-form-pages.tsx';
import { ConcernPage } from './detection/concern-page.tsx';
import { QueuePage } from './detection/queue-page.tsx';
import { SettingsPage } from './detection/settings-page.tsx';
import { SignalPage } from './detection/signal-page.tsx';
import { TransitionFormPage } from './detection/transition-form-page.tsx';
import { WellbeingPage } from './detection/wellbeing-page.tsx';
import { StartPage } from './home/start-page.tsx';
import { FrontReportPage } from './intake/front-report-page.tsx';
import { MeetingPage } from './intake/meeting-page.tsx';
import { MinutesPage } from './intake/minutes-page.tsx';
import { MyReportsPage } from './intake/my-reports-page.tsx';
import { IntakeQueuePage } from './intake/queue-page.tsx';
import { NewReportPage } from './intake/report-form-page.tsx';
import { IntakeReportPage } from './intake/report-page.tsx';
import { SupervisionPage } from './intake/supervision-page.tsx';
import { ChildPage } from './people/child-page.tsx';
import { ChildrenSearchPage } from './people/children-search-page.tsx';
import { EXPIRED_KEY, SESSION_KEY, useSession } from './session.ts';
import { NotFoundPage } from './ui/not-found-page.tsx';
import { Shell } from './ui/shell.tsx';
import { ErrorState, Loading } from './ui/states.tsx';

// The charts (recharts) are the largest part of the bundle: load them with the analysis only.
const AnalysisPage = lazy(() =>
  import('./catalog/analysis-page.tsx').then((module) => ({ default: module.AnalysisPage })),
);
const F8Page = lazy(() => import('./figures/f8-page.tsx').then((module) => ({ default: module.F8Page })));
const CaseFiguresPage = lazy(() =>
  import('./figures/case-figures-page.tsx').then((module) => ({ default: module.CaseFiguresPage })),
);

export function App() {
  useExpiredSessionRedirect();
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      <Route element={<RequireSession />}>
        <Route index element={<StartPage />} />
        <Route path="boern" element={<ChildrenSearchPage />} />
        <Route path="boern/:id" element={<ChildPage />} />
        <Route path="sag/:id" element={<CasePage />} />
        <Route path="overblik" element={<MyCasesPage />} />
        <Route path="tilsyn/sager" element={<SupervisionCasesPage />} />
        <Route path="sager/regler" element={<CaseworkSettingsPage />} />
        <Route
          path="noegletal/sager"
          element={
            <Suspense fallback={<Loading label="Henter nøgletallene …" />}>
              <CaseFiguresPage />
            </Suspense>
          }
        />
        <Route path="revisionslog" element={<AuditPage />} />
        <Route path="tilbud" element={<OffersPage />} />
        <Route path="tilbud/nyt" element={<NewOfferPage />} />
        <Route path="tilbud/import" element={<ImportPage />} />
        <Route
          path="tilbud/analyse"
          element={
            <Suspense fallback={<Loading label="Henter analysen …" />}>
              <AnalysisPage />
            </Suspense>
          }
        />
        <Route path="tilbud/:id" element={<OfferPage />} />
        <Route path="tilbud/:id/rediger" element={<EditOfferPage />} />
        <Route path="indsatstrappe" element={<LadderPage />} />
        <Route path="bekymring/ny" element={<NewConcernPage />} />
        <Route path="bekymring/:id" element={<ConcernPage />} />
        <Route path="bekymring/:id/ret" element={<EditConcernPage />} />
        <Route path="trivsel/:groupId" element={<WellbeingPage />} />
        <Route path="signaler" element={<QueuePage />} />
        <Route path="signaler/:id" element={<SignalPage />} />
        <Route path="overgangssamtale/ny" element={<TransitionFormPage />} />
        <Route path="opsporing/regler" element={<SettingsPage />} />
        <Route path="modtagelse" element={<IntakeQueuePage />} />
        <Route path="modtagelse/ny" element={<FrontReportPage />} />
        <Route path="modtagelse/:id" element={<IntakeReportPage />} />
        <Route path="underretning/ny" element={<NewReportPage />} />
        <Route path="underretning/mine" element={<MyReportsPage />} />
        <Route path="distriktsmoede" element={<MeetingPage />} />
        <Route path="distriktsmoede/:id/referat" element={<MinutesPage />} />
        <Route path="tilsyn/modtagelse" element={<SupervisionPage />} />
        <Route
          path="noegletal/f8"
          element={
            <Suspense fallback={<Loading label="Henter nøgletallet …" />}>
              <F8Page />
            </Suspense>
          }
        />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}

/** Signed-in routes, inside the shell: without a session, go to login and come back here afterwards. */
function RequireSession() {
  const session = useSession();
  const location = useLocation();
  if (session.isPending) return <Loading label="Henter din session …" />;
  if (session.isError) {
    return (
      <main style={{ padding: '2rem' }}>
        <ErrorState error={session.error} title="Trappen kan ikke nås" />
      </main>
    );
  }
  if (!session.data) {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={`/login?next=${encodeURIComponent(next)}`} replace />;
  }
  return <Shell />;
}

/**
 * When any request answers 401 (the session ended after 30 idle minutes), forget the session and
 * the cached person data; RequireSession then sends the user to login with the way back. The
 * page's state lives in its URL, so logging in again returns to it.
 */
function useExpiredSessionRedirect() {
  const client = useQueryClient();
  useEffect(
    () =>
      onUnauthenticated(() => {
        client.removeQueries({ predicate: (q) => q.queryKey[0] !== SESSION_KEY[0] });
        client.setQueryData(EXPIRED_KEY, true);
        client.setQueryData(SESSION_KEY, null);
      }),
    [client],
  );
}
