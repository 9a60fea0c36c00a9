import { QueryErrorResetBoundary } from '@tanstack/react-query';
import { lazy, type ReactNode, Suspense, useEffect, useLayoutEffect } from 'react';
import { Navigate, Outlet, useLocation, useNavigationType } from 'react-router';
import { ErrorBoundary } from '../components/error-boundary';
import { Leaf } from '../components/leaf';
import { OptionalFeature } from '../components/optional-feature';
import { ShareButton } from '../components/share-button';
import { LinkPreviews } from '../features/previews/link-previews';
import { HeaderSearch } from '../features/search/header-search';
import { SearchHighlight } from '../features/search/search-highlight';
import { Link, NavLink } from '../lib/link';
import { useOnline } from '../lib/online';
import { useMarkPageReady } from '../lib/page-ready';
import { canonicalPathname, paths } from '../lib/paths';
import { FanStart } from '../shared/fan-start';

const FanLayer = lazy(() =>
  import('../features/fan/fan-layer').then((module) => ({ default: module.FanLayer })),
);
const ThemeSwitch = lazy(() =>
  import('../features/fan/theme-switch').then((module) => ({ default: module.ThemeSwitch })),
);
// Reading offline (src/features/offline/): the update prompt, and the offline view while a page loads
// offline. Without a service worker its code cannot load offline either: the page then simply waits.
const OfflineReading = lazy(() =>
  import('../features/offline/offline').catch(() => ({
    default: ({ children }: { children?: ReactNode }) => children,
  })),
);

const NAV = [
  { to: paths.index('character'), label: 'Characters' },
  { to: paths.index('episode'), label: 'Episodes' },
  { to: paths.index('scene'), label: 'Scenes' },
  { to: paths.index('commentary'), label: 'Commentary' },
  { to: paths.index('actor'), label: 'Cast & crew' },
  { to: paths.page('my-wiki'), label: 'My wiki' },
];

// useLayoutEffect warns during server rendering; the prerender step has no scroll position to restore.
const useIsomorphicLayoutEffect = typeof window === 'undefined' ? useEffect : useLayoutEffect;

const scrollPositions = new Map<string, number>();

/**
 * New pages start at the top, back/forward restores where the fan was, and an #anchor is left to the page
 * that owns it (it scrolls once its content has loaded).
 */
function ScrollManager() {
  const location = useLocation();
  const navigationType = useNavigationType();
  useIsomorphicLayoutEffect(() => {
    const key = location.key;
    if (navigationType === 'POP') {
      const saved = scrollPositions.get(key);
      if (saved !== undefined) window.scrollTo(0, saved);
    } else if (!location.hash) {
      window.scrollTo(0, 0);
    }
    return () => {
      scrollPositions.set(key, window.scrollY);
    };
  }, [location.key]);
  return null;
}

function PageLoading() {
  const online = useOnline();
  const status = (
    <div className="page-loading" role="status">
      <Leaf className="spinner-leaf" />
      <span>
        {online ? 'Loading…' : 'You are offline. This page will load by itself when the connection returns.'}
      </span>
    </div>
  );
  // Offline, the page may still come from what the service worker saved (src/features/offline/).
  return online ? (
    status
  ) : (
    <Suspense fallback={status}>
      <OfflineReading>{status}</OfflineReading>
    </Suspense>
  );
}

function PageError({ retry }: { retry: () => void }) {
  useMarkPageReady();
  return (
    <section className="page-error" aria-labelledby="page-error-heading">
      <h1 id="page-error-heading">This page could not load</h1>
      <p>
        Your connection may have dropped, or the wiki was updated while you were reading. Nothing you saved is
        lost.
      </p>
      <p>
        <button type="button" onClick={retry}>
          Try again
        </button>{' '}
        or <Link to={paths.page('home')}>go to the home page</Link>.
      </p>
    </section>
  );
}

export function Layout() {
  const location = useLocation();
  const canonical = canonicalPathname(location.pathname);
  if (canonical !== location.pathname) {
    return <Navigate replace to={{ pathname: canonical, search: location.search, hash: location.hash }} />;
  }
  return (
    <div className="site">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <Link to={paths.page('home')} className="site-title">
            <Leaf className="site-title__leaf" />
            <span>Heartstopper Wiki</span>
          </Link>
          <HeaderSearch />
        </div>
        <nav aria-label="Main" className="site-nav">
          <ul>
            {NAV.map((item) => (
              <li key={item.to}>
                <NavLink to={item.to}>{item.label}</NavLink>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <ScrollManager />
      <LinkPreviews />
      <FanStart />
      <OptionalFeature>
        <FanLayer />
      </OptionalFeature>
      <main id="main" className="site-main">
        {/* The service worker and its updates: loaded once the page is ready, and only in the built site (not
            in development or unit tests). */}
        {import.meta.env.PROD ? (
          <OptionalFeature>
            <OfflineReading />
          </OptionalFeature>
        ) : null}
        <SearchHighlight />
        <QueryErrorResetBoundary>
          {({ reset }) => (
            <ErrorBoundary
              key={location.pathname}
              onReset={reset}
              fallback={(retry) => <PageError retry={retry} />}
            >
              <Suspense fallback={<PageLoading />}>
                <Outlet />
                {/* A search is shared by its address; the results arrive late, and a line below them would jump. */}
                {location.pathname === paths.search() ? null : (
                  <p className="page-share">
                    <ShareButton path={`${location.pathname}${location.search}`} />
                  </p>
                )}
              </Suspense>
            </ErrorBoundary>
          )}
        </QueryErrorResetBoundary>
      </main>
      <footer className="site-footer">
        <div className="site-footer__tools">
          {/* The switch shows the saved theme, which has been read by the time the page settles. */}
          <OptionalFeature>
            <ThemeSwitch />
          </OptionalFeature>
          <Link to={paths.page('random')}>Random page</Link>
          <Link to={paths.page('open-data')}>Open data</Link>
        </div>
        <p>
          A fan-made wiki for the Netflix series <cite>Heartstopper</cite>, created by Alice Oseman. Not
          affiliated with Netflix or See-Saw Films.
        </p>
        <p>
          Every fact cites its sources at the foot of its page; facts we could not confirm are marked as such.
          Summaries are our own words; quotations are exact.
        </p>
      </footer>
    </div>
  );
}
