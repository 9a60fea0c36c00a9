import { dehydrate, hydrate, type QueryClient } from '@tanstack/react-query';
import { act, within } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { Providers } from '../../app/providers';
import { createQueryClient } from '../../app/query-client';
import type { SearchKind } from '../../content/search-documents';
import type { PageState } from '../../lib/page-state';
import { servePageData } from '../../test/render-app';
import { shippedSearch } from '../../test/search-engines';
import { showResults, withResults } from './early-results';
import { fullTextEngineQuery, searchResultsQuery } from './result-queries';
import { type SearchResultsData, searchResults } from './results';
import { searchParams } from './search-address';
import { SearchPage } from './search-page';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const fullText = shippedSearch().fullText;

const searchAt = (client: QueryClient, path: string) => (
  <Providers client={client}>
    <MemoryRouter initialEntries={[path]}>
      <SearchPage />
    </MemoryRouter>
  </Providers>
);

/** The HTML the app renders at this address, with these results (if any) in its cache, as the build renders it. */
function appHtml(path: string, results?: SearchResultsData): string {
  const client = createQueryClient();
  if (results)
    client.setQueryData(searchResultsQuery(results.query, results.kind ?? undefined).queryKey, results);
  const html = renderToString(searchAt(client, path));
  client.clear();
  return html;
}

function container(html: string): HTMLElement {
  const element = document.createElement('div');
  element.innerHTML = html;
  return element;
}

const addressOf = (query: string, kind?: SearchKind) => `/search?${searchParams(query, kind)}`;

/** The shell prerendered for /search, with the early results for this address drawn into it. */
function earlyPage(addressQuery: string, results: SearchResultsData): HTMLElement {
  const page = container(appHtml('/search'));
  showResults(page, results, addressQuery);
  return page;
}

const resultsFor = (query: string, kind?: SearchKind) => searchResults(fullText, query.trim(), kind);

/** More of one kind than are shown: the real data has no query that matches over a hundred of a kind. */
function manyScenes(): SearchResultsData {
  const results = resultsFor('nick', 'scene');
  return { ...results, total: 140, counts: { ...results.counts, scene: 140 } };
}

const HOSTILE = [
  '<img src=x onerror=alert(1)>',
  '"><script>alert(1)</script>',
  "nick </p><p onclick='x'>",
  '&amp; &lt;b&gt;',
];

test.each([
  ['results in groups, with a link to all of a kind', 'nick', undefined],
  ['a few words, not prerendered', 'rugby rain', undefined],
  ['a kind filter with one result', 'rugby rain', 'scene'],
  ['a kind filter that matches nothing while other kinds match', 'rugby', 'song'],
  ['a near miss, with “did you mean”', 'osman', undefined],
  ['a search that matches nothing', 'zzxqj', undefined],
  ['a query with spaces around it', '  rugby rain  ', undefined],
  ...HOSTILE.map((query) => ['a hostile query', query, undefined] as const),
] as const)('early results are drawn exactly as the app renders them: %s (%j, %j)', (_case, query, kind) => {
  const results = resultsFor(query, kind);
  expect(earlyPage(query, results).innerHTML).toBe(
    container(appHtml(addressOf(query, kind), results)).innerHTML,
  );
});

test('more results of one kind than are shown are drawn as the app renders them', () => {
  const results = manyScenes();
  expect(earlyPage('nick', results).innerHTML).toBe(
    container(appHtml(addressOf('nick', 'scene'), results)).innerHTML,
  );
});

test('a hostile query is drawn as text, never as markup', () => {
  for (const query of HOSTILE) {
    const page = earlyPage(query, resultsFor(query));
    expect(page.querySelector('img, script, [onclick], [onerror]')).toBeNull();
    expect(within(page).getByRole('status').textContent).toContain(`“${query.trim()}”`);
    expect(within(page).getByRole('searchbox', { name: 'Search terms' })).toHaveValue(query);
  }
});

test('without the search page’s shell nothing is drawn, and it says so', () => {
  const page = container('<main><p>Another page</p></main>');
  expect(() => showResults(page, resultsFor('rugby rain'), 'rugby rain')).toThrow(/shell/);
  expect(page.innerHTML).toBe('<main><p>Another page</p></main>');
});

test('the page state carries the results as react-query’s own dehydrate would', () => {
  const results = resultsFor('rugby rain', 'scene');
  const client = createQueryClient();
  client.setQueryData(searchResultsQuery('rugby rain', 'scene').queryKey, results);
  const [expected] = dehydrate(client).queries;
  client.clear();
  const shell: PageState = { path: '/search', state: { mutations: [], queries: [] } };
  const page = withResults(shell, '?q=rugby+rain&kind=scene', results, 1234);
  expect(page.path).toBe('/search');
  expect(page.search).toBe('?q=rugby+rain&kind=scene');
  expect(page.state.queries).toEqual([
    { ...expected, dehydratedAt: 1234, state: { ...expected?.state, dataUpdatedAt: 1234 } },
  ]);
});

test('the app hydrates early results as its own: no mismatch, no request, the very same elements', async () => {
  const query = 'rugby rain';
  const path = addressOf(query);
  const results = resultsFor(query);
  const page = earlyPage(query, results);
  document.body.append(page);
  const shell: PageState = { path: '/search', state: { mutations: [], queries: [] } };
  // As it travels: JSON in the page.
  const state: PageState = JSON.parse(
    JSON.stringify(withResults(shell, `?${searchParams(query)}`, results, Date.now())),
  );
  const [first] = results.hits;
  const title = first?.titleSegments.map((segment) => segment.text).join('') ?? '';
  const earlyLink = within(page).getByRole('link', { name: title });

  const requests: string[] = [];
  vi.stubGlobal('fetch', (input: RequestInfo | URL) => {
    requests.push(String(input));
    return servePageData(input);
  });
  const consoleErrors = vi.spyOn(console, 'error');
  const client = createQueryClient();
  hydrate(client, state.state);
  const errors: unknown[] = [];
  const root = await act(async () =>
    hydrateRoot(page, searchAt(client, path), { onRecoverableError: (error) => errors.push(error) }),
  );
  onTestFinished(() => {
    act(() => root.unmount());
    page.remove();
  });

  expect(errors).toEqual([]);
  expect(consoleErrors).not.toHaveBeenCalled();
  expect(within(page).getByRole('link', { name: title })).toBe(earlyLink);
  expect(within(page).getByRole('status').textContent).toBe(`${results.total} results for “rugby rain”`);
  // Give a refetch or an engine load every chance to start: none does.
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 50));
  });
  expect(requests).toEqual([]);
  expect(client.getQueryState(fullTextEngineQuery().queryKey)).toBeUndefined();
});
