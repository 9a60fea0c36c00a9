/**
 * Server entry, used only by scripts/prerender.ts at build time: renders one address of the app to HTML with
 * its page data already in the react-query cache, and returns that cache so the browser can hydrate from it
 * without fetching again.
 */
import { type DehydratedState, dehydrate, type QueryClient, type QueryKey } from '@tanstack/react-query';
import { StrictMode, use } from 'react';
import { renderToString } from 'react-dom/server';
import { prerenderToNodeStream } from 'react-dom/static';
import { Route, Routes, StaticRouter } from 'react-router';
import { Layout } from './app/layout';
import { Providers } from './app/providers';
import { createQueryClient } from './app/query-client';
import { AppRoutes } from './app/router';

/** The site's base path without its trailing slash: app paths are rendered at `${BASE}/episodes/s1e4`. */
const BASE = import.meta.env.BASE_URL.replace(/\/$/, '');

export type SeededQuery = { queryKey: QueryKey; data: unknown };

async function renderOnce(url: string, client: QueryClient): Promise<string> {
  const { prelude } = await prerenderToNodeStream(
    <StrictMode>
      <Providers client={client}>
        <StaticRouter location={`${BASE}${url}`} basename={import.meta.env.BASE_URL}>
          <AppRoutes />
        </StaticRouter>
      </Providers>
    </StrictMode>,
    // React outlines large Suspense boundaries (fallback first, content later, swapped in by an inline
    // script). A static page must read without scripts, so every boundary goes inline.
    { progressiveChunkSize: Number.POSITIVE_INFINITY },
  );
  const chunks: Buffer[] = [];
  for await (const chunk of prelude) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks).toString('utf8');
}

/** A deferred boundary: React emits its fallback and an inline script that swaps the content in later. */
const SUSPENDED_BOUNDARY = '<template id="B:';

export async function renderPage(
  url: string,
  seeds: SeededQuery[],
): Promise<{ html: string; state: DehydratedState }> {
  const client = createQueryClient();
  for (const seed of seeds) client.setQueryData(seed.queryKey, seed.data);
  const html = await renderOnce(url, client);
  // A guard: a page that still streams part of itself would show a spinner to anyone without JavaScript.
  const suspended = html.indexOf(SUSPENDED_BOUNDARY);
  if (suspended >= 0) {
    const context = html.slice(Math.max(0, suspended - 300), suspended);
    throw new Error(`${url} rendered a deferred boundary instead of its content, after: ${context}`);
  }
  const state = dehydrate(client);
  // Queries a page starts during the render (the random page asks for the page list) would otherwise leave
  // garbage-collection timers running and keep the build process alive.
  client.clear();
  return { html, state };
}

const never = new Promise<never>(() => {});

/** A page whose data never arrives: the layout shows its loading state in its place. */
function StillLoading(): null {
  use(never);
  return null;
}

/**
 * The app shell (dist/offline.html) the service worker answers an address it has not saved with, while
 * offline: the layout, with the page still loading. It carries no page state, so the browser renders
 * whatever the address names over it: the page from its saved data, or the offline view.
 * `renderToString` writes a boundary that is still waiting as its fallback, where `renderPage` would wait.
 */
export function renderAppShell(): string {
  const html = renderToString(
    <StrictMode>
      <Providers client={createQueryClient()}>
        <StaticRouter location={`${BASE}/`} basename={import.meta.env.BASE_URL}>
          <Routes>
            <Route element={<Layout />}>
              <Route path="*" element={<StillLoading />} />
            </Route>
          </Routes>
        </StaticRouter>
      </Providers>
    </StrictMode>,
  );
  // React marks the waiting boundary for the browser to render, with a <template> saying why (in
  // development, with the server's file paths). The shell is never hydrated: the mark has no reader.
  return html.replace(/<template\b[^>]*><\/template>/g, '');
}
