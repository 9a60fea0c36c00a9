/**
 * Server entry, used only by scripts/prerender.ts at build time: renders one address of the app to HTML with
 * its page data already in the react-query cache, and returns that cache so the browser can hydrate from it
 * without fetching again.
 */
import { type DehydratedState, dehydrate, type QueryClient, type QueryKey } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { prerenderToNodeStream } from 'react-dom/static';
import { StaticRouter } from 'react-router';
import { Providers } from './app/providers';
import { createQueryClient } from './app/query-client';
import { AppRoutes } from './app/router';

export type SeededQuery = { queryKey: QueryKey; data: unknown };

async function renderOnce(url: string, client: QueryClient): Promise<string> {
  const { prelude } = await prerenderToNodeStream(
    <StrictMode>
      <Providers client={client}>
        <StaticRouter location={url} basename={import.meta.env.BASE_URL}>
          <AppRoutes />
        </StaticRouter>
      </Providers>
    </StrictMode>,
  );
  const chunks: Buffer[] = [];
  for await (const chunk of prelude) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks).toString('utf8');
}

/** A boundary that suspended while rendering: React emits its fallback and an inline script to swap it. */
const SUSPENDED_BOUNDARY = '<template id="B:';

export async function renderPage(
  url: string,
  seeds: SeededQuery[],
): Promise<{ html: string; state: DehydratedState }> {
  const client = createQueryClient();
  for (const seed of seeds) client.setQueryData(seed.queryKey, seed.data);
  // The first render of a route loads its lazy module, and React streams that part as a fallback plus an
  // inline script. Rendering again once the module is loaded gives plain HTML that needs no script to show
  // (so it reads with JavaScript off and under a strict Content-Security-Policy).
  let html = await renderOnce(url, client);
  for (let attempt = 0; attempt < 3 && html.includes(SUSPENDED_BOUNDARY); attempt += 1) {
    html = await renderOnce(url, client);
  }
  const suspended = html.indexOf(SUSPENDED_BOUNDARY);
  if (suspended >= 0) {
    const context = html.slice(Math.max(0, suspended - 300), suspended);
    throw new Error(`${url} still suspends after its modules loaded, after: ${context}`);
  }
  return { html, state: dehydrate(client) };
}
