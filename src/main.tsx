import { hydrate } from '@tanstack/react-query';
import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { Providers } from './app/providers';
import { createQueryClient } from './app/query-client';
import { AppRoutes } from './app/router';
import { onCaughtError } from './components/error-boundary';
import { PAGE_STATE_ID, type PageState } from './lib/page-state';
import { canonicalPathname } from './lib/paths';
import './styles.css';
import './print.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

const base = import.meta.env.BASE_URL.replace(/\/$/, '');

// Static hosts may serve a page at /episodes/s1e4/ or /Episodes/S1E4: settle on the canonical address
// before React starts, so the first render matches the prerendered HTML.
const canonical = canonicalPathname(window.location.pathname);
if (canonical !== window.location.pathname) {
  window.history.replaceState(
    window.history.state,
    '',
    `${canonical}${window.location.search}${window.location.hash}`,
  );
}

function readPageState(): PageState | undefined {
  const text = document.getElementById(PAGE_STATE_ID)?.textContent;
  if (!text) return undefined;
  try {
    const parsed: PageState = JSON.parse(text);
    return parsed;
  } catch {
    return undefined;
  }
}

const client = createQueryClient();
const pageState = readPageState();
const appPath = canonical.slice(base.length) || '/';
// Hydrate only HTML rendered for this very address; anything else (the 404.html fallback a host serves for
// an unknown or differently spelled address) is rendered afresh.
const matches =
  pageState !== undefined &&
  pageState.path === appPath &&
  (pageState.search === undefined || pageState.search === window.location.search);

const app = (
  <StrictMode>
    <Providers client={client}>
      <BrowserRouter basename={import.meta.env.BASE_URL}>
        <AppRoutes />
      </BrowserRouter>
    </Providers>
  </StrictMode>
);

if (matches && pageState) {
  hydrate(client, pageState.state);
  // As a transition, hydration yields to the browser every few milliseconds instead of holding the page in
  // one long task (on a CPU slowed four times, S1E4's hydration was one task of about 300 ms; as a transition
  // no slice of it takes more than about 30 ms). The page is ready all the same once it has hydrated
  // (src/shared/fan-start.tsx).
  startTransition(() => {
    hydrateRoot(container, app, {
      onCaughtError,
      onRecoverableError(error) {
        console.error('Hydration recovered from an error', error);
      },
    });
  });
} else {
  createRoot(container, { onCaughtError }).render(app);
}
