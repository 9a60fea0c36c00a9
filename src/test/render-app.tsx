/**
 * Renders the real route table in a memory router with a fresh QueryClient, as a fan would see it. The
 * network is the only thing replaced: `fetch` answers page-data requests from the real dataset, through the
 * same page-data builder the build uses.
 */

import path from 'node:path';
import { QueryClient } from '@tanstack/react-query';
import { act, render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, type NavigateFunction, useLocation, useNavigate } from 'react-router';
import { createSitePages } from '../../scripts/page-data-plugin';
import { Providers } from '../app/providers';
import { AppRoutes } from '../app/router';
import type { PageDataBuilder } from '../content/page-data';

let site: PageDataBuilder | undefined;

/** The wiki's page data, built once per test file from data/. */
export function sitePages(): PageDataBuilder {
  site ??= createSitePages(path.resolve(import.meta.dirname, '../../data'));
  return site;
}

/**
 * Answers page-data requests from the real dataset, as the build would have written them; while the browser
 * is offline, fails as its fetch does.
 */
export function servePageData(input: RequestInfo | URL): Promise<Response> {
  if (!navigator.onLine) return Promise.reject(new TypeError('Failed to fetch'));
  const url = new URL(
    typeof input === 'string' ? input : input instanceof URL ? input.href : input.url,
    'http://wiki.test',
  );
  const match = /^\/page-data\/(.+)\.json$/.exec(url.pathname);
  const page = match?.[1] ? sitePages().page(decodeURIComponent(match[1])) : undefined;
  const body = JSON.stringify(page ?? { kind: 'not-found' });
  return Promise.resolve(
    new Response(body, { status: page ? 200 : 404, headers: { 'content-type': 'application/json' } }),
  );
}

let currentLocation = '';
let navigateInApp: NavigateFunction | undefined;
function LocationProbe() {
  const location = useLocation();
  navigateInApp = useNavigate();
  currentLocation = `${location.pathname}${location.search}${location.hash}`;
  return null;
}

/** The browser's back (-1) and forward (1) buttons. */
export async function historyGo(delta: number): Promise<void> {
  await act(async () => {
    await navigateInApp?.(delta);
  });
}

/** Where the app's router is now (path, query and hash). */
export function currentPath(): string {
  return currentLocation;
}

/**
 * `client` defaults to one that fails at once instead of retrying; a test of what happens between retries
 * passes the app's own (`createQueryClient()`).
 */
export function renderApp(
  path: string,
  {
    client = new QueryClient({
      defaultOptions: { queries: { retry: false, staleTime: Number.POSITIVE_INFINITY } },
    }),
  }: { client?: QueryClient } = {},
) {
  globalThis.fetch = servePageData;
  const user = userEvent.setup();
  const result = render(
    <Providers client={client}>
      <MemoryRouter initialEntries={[path]}>
        <AppRoutes />
        <LocationProbe />
      </MemoryRouter>
    </Providers>,
  );
  return { ...result, user, client };
}
