import { can, useUser } from '../session.ts';
import { Page } from './page.tsx';
import type { AppRoute } from './routes.ts';
import { NoAccess } from './states.tsx';

/**
 * The one permission guard of every routed page: without the route's permission the page itself
 * never mounts (so it fetches nothing), and the user reads the page's heading and why not.
 */
export function Guarded({ route }: { route: AppRoute }) {
  const user = useUser();
  if (route.permission && !can(user, route.permission)) {
    return (
      <Page
        title={route.denied?.title ?? route.nav?.label ?? 'Ingen adgang'}
        documentTitle={route.denied?.documentTitle}
      >
        <NoAccess message={route.denied?.message} />
      </Page>
    );
  }
  return route.element;
}
