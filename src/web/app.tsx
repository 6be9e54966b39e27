import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router';
import { LoginPage } from './access/login-page.tsx';
import { onUnauthenticated } from './api.ts';
import { ROUTES } from './routes.ts';
import { EXPIRED_KEY, SESSION_KEY, useSession } from './session.ts';
import { Guarded } from './ui/guard.tsx';
import { RoutesContext } from './ui/nav.ts';
import { NotFoundPage } from './ui/not-found-page.tsx';
import { Shell } from './ui/shell.tsx';
import { ErrorState, Loading } from './ui/states.tsx';

export function App() {
  useExpiredSessionRedirect();
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      <Route element={<RequireSession />}>
        {ROUTES.map((route) =>
          route.path === '/' ? (
            <Route key={route.path} index element={<Guarded route={route} />} />
          ) : (
            <Route key={route.path} path={route.path.slice(1)} element={<Guarded route={route} />} />
          ),
        )}
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
  return (
    <RoutesContext value={ROUTES}>
      <Shell />
    </RoutesContext>
  );
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
