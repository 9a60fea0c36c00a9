import { type DehydratedState, dehydrate, hydrate, QueryClient } from '@tanstack/react-query';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { Providers } from '../../app/providers';
import { createQueryClient } from '../../app/query-client';
import { currentPath, historyGo, renderApp, servePageData } from '../../test/render-app';
import { shippedSearch } from '../../test/search-engines';
import { useRecentSearches } from './recent-searches';
import { fullTextEngineQuery, searchResultsQuery } from './result-queries';
import { searchResults } from './results';
import { SearchPage } from './search-page';

beforeEach(() => {
  localStorage.clear();
  useRecentSearches.setState({ queries: [] });
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const resultsBox = () => screen.getByRole('searchbox', { name: 'Search terms' });

test('the address alone gives the results: grouped by kind with counts, snippets and marked words', async () => {
  renderApp('/search?q=rugby');
  expect(await screen.findByText(/^\d+ results for “rugby”$/)).toBeVisible();
  expect(resultsBox()).toHaveValue('rugby');
  const scenes = screen.getByRole('region', { name: /^Scenes \(\d+\)$/ });
  const link = within(scenes).getByRole('link', { name: 'Rugby tackling practice' });
  expect(link).toHaveAttribute('href', '/scenes/s1e4-rugby-tackling-practice');
  expect(within(link).getByText('Rugby', { selector: 'mark' })).toBeVisible();
  expect(within(scenes).getAllByText('rugby', { selector: 'p mark' }).length).toBeGreaterThan(0);
  expect(screen.getByRole('region', { name: /^Commentary \(\d+\)$/ })).toBeVisible();
  const filters = screen.getByRole('navigation', { name: 'Filter results by kind' });
  expect(within(filters).getByRole('link', { name: /^All \(\d+\)$/ })).toHaveAttribute(
    'aria-current',
    'page',
  );
  expect(document.title).toBe('Search: rugby · Heartstopper Wiki');
});

test('a near miss is found and offers the spelling the wiki uses', async () => {
  const { user } = renderApp('/search?q=osman');
  const people = await screen.findByRole('region', { name: /^People \(\d+\)$/ });
  expect(within(people).getByRole('link', { name: 'Alice Oseman' })).toHaveAttribute(
    'href',
    '/people/alice-oseman',
  );
  const suggestion = screen.getByRole('link', { name: 'oseman' });
  expect(suggestion.parentElement).toHaveTextContent('Did you mean oseman?');
  await user.click(suggestion);
  expect(await screen.findByText(/results? for “oseman”/)).toBeVisible();
  expect(currentPath()).toBe('/search?q=oseman');
  expect(screen.queryByText(/Did you mean/)).not.toBeInTheDocument();
});

test('the kind filter lives in the address; typing replaces the entry, so back and forward keep each search', async () => {
  const { user } = renderApp('/search?q=ben');
  await screen.findByText(/results for “ben”/);
  const filters = screen.getByRole('navigation', { name: 'Filter results by kind' });
  await user.click(within(filters).getByRole('link', { name: /^Characters \(\d+\)$/ }));
  expect(currentPath()).toBe('/search?q=ben&kind=character');
  expect(await screen.findByText(/results? for “ben” in characters$/)).toBeVisible();
  expect(screen.queryByRole('region', { name: /^Scenes/ })).not.toBeInTheDocument();

  await user.clear(resultsBox());
  await user.type(resultsBox(), 'tara');
  expect(currentPath()).toBe('/search?q=tara&kind=character');
  expect(await screen.findByRole('link', { name: 'Tara Jones' })).toBeVisible();

  await historyGo(-1);
  expect(currentPath()).toBe('/search?q=ben');
  await waitFor(() => expect(resultsBox()).toHaveValue('ben'));
  expect(screen.getByText(/results for “ben”$/)).toBeVisible();

  await historyGo(1);
  expect(currentPath()).toBe('/search?q=tara&kind=character');
  await waitFor(() => expect(resultsBox()).toHaveValue('tara'));
  expect(screen.getByText(/results? for “tara” in characters$/)).toBeVisible();
});

test('an unknown kind in the address is ignored', async () => {
  renderApp('/search?q=tao&kind=wizards');
  expect(await screen.findByText(/results for “tao”$/)).toBeVisible();
  expect(screen.getByRole('link', { name: 'Tao Xu' })).toBeVisible();
});

test('a search that finds nothing says so and suggests what to try', async () => {
  renderApp('/search?q=qqqxxzz');
  expect(await screen.findByText('Nothing in the wiki matches “qqqxxzz”.')).toBeVisible();
  expect(screen.getByRole('link', { name: 's1e4' })).toHaveAttribute('href', '/search?q=s1e4');
  expect(screen.getByRole('link', { name: 'characters' })).toHaveAttribute('href', '/characters');
});

test('searches are remembered in this browser and can be cleared', async () => {
  const { user } = renderApp('/search');
  await user.type(resultsBox(), 'elle{Enter}');
  await screen.findByText(/results for “elle”/);
  await user.clear(resultsBox());
  const recent = await screen.findByRole('region', { name: 'Your recent searches' });
  expect(within(recent).getByRole('link', { name: 'elle' })).toHaveAttribute('href', '/search?q=elle');
  expect(JSON.parse(localStorage.getItem('heartstopper-wiki:recent-searches') ?? '{}').state.queries).toEqual(
    ['elle'],
  );
  await user.click(within(recent).getByRole('button', { name: 'Clear recent searches' }));
  expect(screen.queryByRole('region', { name: 'Your recent searches' })).not.toBeInTheDocument();
  expect(JSON.parse(localStorage.getItem('heartstopper-wiki:recent-searches') ?? '{}').state.queries).toEqual(
    [],
  );
});

test('a search made from the header is remembered too', async () => {
  const { user } = renderApp('/');
  await screen.findByRole('heading', { level: 1, name: /Heartstopper Wiki/ });
  await user.type(screen.getByRole('combobox', { name: 'Search the wiki' }), 'space for joy{Enter}');
  await screen.findByText(/results? for “space for joy”/);
  await waitFor(() => expect(useRecentSearches.getState().queries).toEqual(['space for joy']));
});

test('the prerendered page (no query) hydrates cleanly under an address with a query, then shows its results', async () => {
  const app = (path: string) => (
    <Providers client={new QueryClient()}>
      <MemoryRouter initialEntries={[path]}>
        <SearchPage />
      </MemoryRouter>
    </Providers>
  );
  const container = document.createElement('div');
  container.innerHTML = renderToString(app('/search'));
  document.body.append(container);
  const errors: unknown[] = [];
  const root = await act(async () =>
    hydrateRoot(container, app('/search?q=nick'), { onRecoverableError: (error) => errors.push(error) }),
  );
  expect(errors).toEqual([]);
  expect(await within(container).findByText(/results for “nick”/)).toBeVisible();
  act(() => root.unmount());
  container.remove();
});

const fullText = shippedSearch().fullText;

const searchAt = (client: QueryClient, path: string) => (
  <Providers client={client}>
    <MemoryRouter initialEntries={[path]}>
      <SearchPage />
    </MemoryRouter>
  </Providers>
);

/**
 * A result page as the build prerenders it and the browser opens it: the page rendered to HTML with the
 * query's results in the cache, and that cache dehydrated into the page state (JSON, as it travels); then a
 * fresh client, made as the browser makes it, hydrated from that state, and the HTML hydrated with it. Every
 * request the page makes is recorded, and answered by `network` (the real dataset unless told otherwise).
 */
async function openPrerenderedResults(query: string, network: typeof fetch = servePageData) {
  const path = `/search?${new URLSearchParams({ q: query })}`;
  const results = searchResults(fullText, query, undefined);
  const server = createQueryClient();
  server.setQueryData(searchResultsQuery(query, undefined).queryKey, results);
  const html = renderToString(searchAt(server, path));
  const state: DehydratedState = JSON.parse(JSON.stringify(dehydrate(server)));
  server.clear();

  const requests: string[] = [];
  vi.stubGlobal('fetch', (input: RequestInfo | URL, init?: RequestInit) => {
    requests.push(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
    return network(input, init);
  });
  const consoleErrors = vi.spyOn(console, 'error');

  const container = document.createElement('div');
  container.innerHTML = html;
  document.body.append(container);
  // Taken from the server's HTML: hydration adopts these very elements rather than rendering new ones.
  const serverLink = within(container).queryByRole('link', { name: 'Nick Nelson' });

  const client = createQueryClient();
  hydrate(client, state);
  const errors: unknown[] = [];
  const root = await act(async () =>
    hydrateRoot(container, searchAt(client, path), {
      onRecoverableError: (error) => errors.push(error),
    }),
  );
  onTestFinished(() => {
    act(() => root.unmount());
    container.remove();
  });
  return { results, container, client, serverLink, requests, errors, consoleErrors };
}

test('a prerendered result page hydrates with its results and loads no search engine', async () => {
  const { results, container, client, serverLink, requests, errors, consoleErrors } =
    await openPrerenderedResults('nick');
  expect(results.total).toBeGreaterThan(1);
  // The results were in the HTML already, and hydration kept that HTML as it was.
  expect(serverLink).not.toBeNull();
  expect(errors).toEqual([]);
  expect(consoleErrors).not.toHaveBeenCalled();
  const view = within(container);
  expect(view.getByRole('heading', { level: 1, name: 'Search' })).toBeVisible();
  expect(view.getByRole('status').textContent).toBe(`${results.total} results for “nick”`);
  const link = view.getByRole('link', { name: 'Nick Nelson' });
  expect(link).toBe(serverLink);
  expect(link).toHaveAttribute('href', '/characters/nick-nelson');
  expect(view.getByRole('searchbox', { name: 'Search terms' })).toHaveValue('nick');
  // Give a refetch or an engine load every chance to start: none does.
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 50));
  });
  expect(requests).toEqual([]);
  expect(client.getQueryState(fullTextEngineQuery().queryKey)).toBeUndefined();
  expect(view.getByRole('status').textContent).toBe(`${results.total} results for “nick”`);
});

test('typing a new search on a prerendered result page keeps its results on screen until the new ones are ready', async () => {
  // The full-text index is held back until the test lets it through.
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  const { results, container, requests } = await openPrerenderedResults('nick', async (input) => {
    await held;
    return servePageData(input);
  });
  const view = within(container);
  const user = userEvent.setup();
  await user.type(view.getByRole('searchbox', { name: 'Search terms' }), ' nelson');

  // Only now is the engine wanted: its index is asked for, and while it loads the last results stay.
  await waitFor(() => expect(requests).toEqual([expect.stringMatching(/\/page-data\/search-index\.json$/)]));
  expect(view.getByRole('searchbox', { name: 'Search terms' })).toHaveValue('nick nelson');
  expect(view.getByRole('status').textContent).toBe(`${results.total} results for “nick”`);
  expect(view.getByRole('link', { name: 'Nick Nelson' })).toBeVisible();
  expect(view.queryByText('Loading search…')).not.toBeInTheDocument();

  release();
  const next = searchResults(fullText, 'nick nelson', undefined);
  await waitFor(() =>
    expect(view.getByRole('status').textContent).toBe(
      `${next.total} ${next.total === 1 ? 'result' : 'results'} for “nick nelson”`,
    ),
  );
  expect(view.getByRole('link', { name: 'Nick Nelson' })).toHaveAttribute('href', '/characters/nick-nelson');
});
