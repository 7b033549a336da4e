import { MAIN_CONTENT_ID, PageLayout } from '@passerelle/web-ui';
import { Suspense, useEffect, useRef } from 'react';
import { Outlet, useLocation } from 'react-router';

/**
 * Layout route: the DSFR frame around every page. After a client-side navigation it moves the
 * focus to the main content, as a full page load would put screen readers at the top.
 */
export function AppShell() {
  const { pathname } = useLocation();
  const previousPathname = useRef(pathname);

  useEffect(() => {
    if (previousPathname.current === pathname) return;
    previousPathname.current = pathname;
    window.scrollTo(0, 0);
    document.getElementById(MAIN_CONTENT_ID)?.focus({ preventScroll: true });
  }, [pathname]);

  return (
    <PageLayout>
      <Suspense fallback={<PageLoading />}>
        <Outlet />
      </Suspense>
    </PageLayout>
  );
}

function PageLoading() {
  return (
    <div className="fr-container fr-my-6w">
      <p role="status">Chargement de la page…</p>
    </div>
  );
}
