/**
 * Server entry, used only by scripts/prerender.ts at build time: renders one address of the app to HTML with
 * its page data already in the react-query cache, and returns that cache so the browser can hydrate from it
 * without fetching again.
 */
import { type DehydratedState, dehydrate, type QueryKey } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { prerenderToNodeStream } from 'react-dom/static';
import { StaticRouter } from 'react-router';
import { Providers } from './app/providers';
import { createQueryClient } from './app/query-client';
import { AppRoutes } from './app/router';

export type SeededQuery = { queryKey: QueryKey; data: unknown };

export async function renderPage(
  url: string,
  seeds: SeededQuery[],
): Promise<{ html: string; state: DehydratedState }> {
  const client = createQueryClient();
  for (const seed of seeds) client.setQueryData(seed.queryKey, seed.data);
  // prerender (unlike renderToString) waits for lazy route modules, so the HTML holds the whole page.
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
  return { html: Buffer.concat(chunks).toString('utf8'), state: dehydrate(client) };
}
